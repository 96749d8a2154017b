/**
 * The Atom feed's data (RFC 4287): the latest incidents, newest first; templates/partials/feed-atom.njk
 * writes it with @11ty/eleventy-plugin-rss's date filter. An entry is `published` at the incident's time
 * and `updated` on the latest of the days its sources appeared and its record was corrected or
 * updated (never before it was published).
 */
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import type { IncidentView, SiteData } from "../site/site-data.ts";
import { escapeHtml } from "./escape.ts";
import type { SiteUrls } from "./site-urls.ts";

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary?: string;
  kind: string;
  /** A line of facts (time, place, disputed), as HTML; the template escapes it again for `type="html"`. */
  factsHtml: string;
  /** The note's Markdown. */
  body: string;
}

export interface FeedData {
  id: string;
  title: string;
  subtitle: string;
  language: string;
  siteUrl: string;
  selfUrl: string;
  updated: Date;
  entries: FeedEntry[];
}

/** A name-based UUID URN (RFC 4122 version 5 layout over SHA-1): the same name always gives the same id. */
export function uuidUrn(name: string): string {
  const hash = createHash("sha1").update(`incident-briefing:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Entries in the feed: the latest incidents only. NOTE: readers fetch a feed again and again, so it
 * must not grow with the archive (a whole 10,000-note archive made a 25 MB feed); the complete
 * record is /data/incidents.json.
 */
export const FEED_ENTRIES = 50;

function factsHtml(incident: IncidentView): string {
  const times = incident.times;
  const when =
    times.precision === "day"
      ? `${times.local.date}, time not reported`
      : `${times.local.clock} ${times.local.zone}${times.utc ? ` (${times.utc.clock} UTC)` : ""}, ${times.local.date}`;
  const parts = [`${incident.kind}`, when, `${incident.placeInfo.name}, ${incident.placeInfo.country}`];
  // Images as words: what each shows, its caption and credit (a feed reader would fetch an image from wherever the entry is read).
  const figures = incident.figures.map((figure) => `<p>Image: ${escapeHtml(figure.alt)}${figure.caption ? ` ${escapeHtml(figure.caption)}` : ""} (credit: ${escapeHtml(figure.credit)})</p>`);
  return `<p>${parts.map(escapeHtml).join(" · ")}${incident.disputed ? " · <strong>Sources disagree</strong>" : ""}</p>${figures.join("")}`;
}

export function feedData(data: SiteData, urls: SiteUrls): FeedData {
  const publishedOf = new Map(data.sources.map((source) => [source.id, source.published]));
  const entries = data.incidents
    .slice(-FEED_ENTRIES)
    .map((incident): FeedEntry => {
      const published = DateTime.fromISO(incident.instant).toUTC();
      const latestSource = incident.sources
        .map((citation) => publishedOf.get(citation.source))
        .filter((day): day is string => day !== undefined)
        .map((day) => DateTime.fromISO(day, { zone: data.site.timezone }))
        .reduce((latest, day) => (day > latest ? day : latest), published);
      // A correction is a change readers of the feed should see: it moves `updated` on.
      const latest = incident.updates
        .map((update) => DateTime.fromISO(update.date, { zone: data.site.timezone }))
        .reduce((latest, day) => (day > latest ? day : latest), latestSource);
      return {
        id: urls.absolute ? urls.to(incident.url) : uuidUrn(`${data.site.title}/incidents/${incident.id}`),
        title: incident.title,
        url: urls.to(incident.url),
        published: published.toJSDate(),
        updated: latest.toUTC().toJSDate(),
        summary: incident.summary,
        kind: incident.kind,
        factsHtml: factsHtml(incident),
        body: incident.body,
      };
    })
    .reverse();
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  return {
    id: urls.absolute ? urls.to("/") : uuidUrn(data.site.title),
    title: data.site.title,
    subtitle: data.site.description,
    language: data.site.language,
    siteUrl: urls.to("/"),
    selfUrl: urls.to("/feed.xml"),
    updated,
    entries,
  };
}
