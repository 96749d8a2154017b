/**
 * /data/timelinejs.json: the published incidents in Knight Lab's TimelineJS3 JSON format
 * (https://timeline.knightlab.com/docs/json-format.html), for newsrooms that publish timelines
 * with it. A timed incident's date is given to the minute in the site's display zone, a day alone
 * as that day (never moved to another); `display_date` says what is known, as the site does.
 * Headlines and texts are escaped HTML (TimelineJS renders them as HTML). Pure.
 */
import { DateTime } from "luxon";
import type { IncidentView, SiteData } from "../site/site-data.ts";
import { escapeHtml, safeJson } from "./escape.ts";
import type { SiteUrls } from "./site-urls.ts";

/** A TimelineJS date object: year is required, the rest as far as the time is known. */
export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineSlide {
  start_date?: TimelineDate;
  text?: { headline?: string; text?: string };
  media?: { url: string; caption?: string; credit?: string; alt?: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
  autolink?: boolean;
}

export interface TimelineDocument {
  title: TimelineSlide;
  events: TimelineSlide[];
  scale: "human";
}

const KIND_GROUPS: Record<string, string> = { attack: "Attacks", strike: "Strikes", statement: "Statements", assessment: "Assessments" };

/** The incident's date: the minute in the display zone when its time is known, the note's own day when it is not. */
export function startDate(incident: IncidentView, displayZone: string): TimelineDate {
  if (incident.precision === "day") {
    const [year, month, day] = incident.day.split("-").map(Number);
    return { year, month, day, display_date: `${DateTime.fromISO(incident.day).setLocale("en-GB").toFormat("cccc d LLLL yyyy")}, time not reported` };
  }
  const at = DateTime.fromISO(incident.instant, { setZone: true }).setZone(displayZone);
  const clock = `${incident.precision === "approximate" ? "about " : ""}${at.toFormat("HH:mm")}`;
  return {
    year: at.year,
    month: at.month,
    day: at.day,
    hour: at.hour,
    minute: at.minute,
    display_date: `${at.setLocale("en-GB").toFormat("cccc d LLLL yyyy")}, ${clock} (${displayZone})`,
  };
}

/** The slide's text: summary, where, what the sources say of it, and links back to the site. */
function slideText(incident: IncidentView, urls: SiteUrls): string {
  const parts: string[] = [];
  if (incident.summary) parts.push(`<p>${escapeHtml(incident.summary)}</p>`);
  parts.push(`<p>${escapeHtml(incident.placeInfo.name)}, ${escapeHtml(incident.placeInfo.country)}.${incident.disputed ? " <strong>The sources disagree</strong> on some of it." : ""}</p>`);
  const sources = incident.citations.map((citation) => `<a href="${escapeHtml(urls.to(citation.ref.url))}">${escapeHtml(citation.ref.title)}</a> (${escapeHtml(citation.ref.publisher)})`);
  parts.push(`<p>Sources: ${sources.join("; ")}.</p>`);
  parts.push(`<p><a href="${escapeHtml(urls.to(incident.url))}">The incident, its sources and what they say</a></p>`);
  return parts.join("");
}

/** A note's first image as the slide's media: its published address, caption and credit (escaped HTML), alt text. */
function mediaOf(figure: IncidentView["figures"][number], urls: SiteUrls): NonNullable<TimelineSlide["media"]> {
  return { url: urls.to(figure.url), ...(figure.caption ? { caption: escapeHtml(figure.caption) } : {}), credit: escapeHtml(figure.credit), alt: figure.alt };
}

export function timelineDocument(data: SiteData, urls: SiteUrls): TimelineDocument {
  const zone = data.site.timezone;
  return {
    title: {
      text: { headline: escapeHtml(data.site.title), text: `<p>${escapeHtml(data.site.description)}</p><p>Times in ${escapeHtml(zone)}.</p>` },
      autolink: false,
    },
    // Drafts never reach a published file (a production build has none; the preview's are left out here too).
    events: data.incidents
      .filter((incident) => !incident.draft)
      .map((incident) => {
        const start_date = startDate(incident, zone);
        return {
          start_date,
          display_date: start_date.display_date,
          text: { headline: escapeHtml(incident.title), text: slideText(incident, urls) },
          group: KIND_GROUPS[incident.kind] ?? incident.kind,
          ...(incident.figures[0] ? { media: mediaOf(incident.figures[0], urls) } : {}),
          unique_id: incident.id,
          // Every link is written by us; TimelineJS's own linking would turn note text into links.
          autolink: false,
        };
      }),
    scale: "human",
  };
}

export const timelineJson = (data: SiteData, urls: SiteUrls) => `${safeJson(timelineDocument(data, urls))}\n`;
