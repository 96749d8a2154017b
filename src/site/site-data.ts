/**
 * What the templates receive: the validated content, ordered and cross-linked, with every time
 * already formatted. Pure: no Eleventy, no file system.
 */
import { DateTime } from "luxon";
import type { Citation, Claim, Content, Incident, Place, Source } from "../notes/content.ts";
import { KINDS, type Kind, type SiteSettings } from "../notes/schema.ts";
import { groupByDay, type DayGroup } from "../timeline/group-by-day.ts";
import { incidentTimes, longDate, type IncidentTimes } from "../timeline/format-time.ts";
import { orderWithKeys } from "../timeline/order.ts";
import { relationLinks } from "../timeline/relations.ts";
import { buildViews, type Views } from "../views/views.ts";

export interface IncidentRef {
  id: string;
  title: string;
  url: string;
}

export interface IncidentView extends Incident {
  url: string;
  /** 1-based position in the timeline. */
  number: number;
  times: IncidentTimes;
  /** Search sort key: the UTC instant where the timeline places it, then its position, so "chronological" matches the timeline. */
  searchTime: string;
  placeInfo: Place;
  citations: (Citation & { ref: SourceRef })[];
  claimsShown: (Omit<Claim, "entries"> & { entries: (Claim["entries"][number] & { ref: SourceRef })[] })[];
  links: (IncidentRef & { label: string })[];
  previous?: IncidentRef;
  next?: IncidentRef;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface SourceView extends Source {
  url: string;
  originalUrl?: string;
  publishedText: string;
  citedBy: IncidentRef[];
}

export interface SiteData {
  site: SiteSettings;
  incidents: IncidentView[];
  days: (DayGroup<IncidentView> & { label: string })[];
  sources: SourceView[];
  places: { place: Place; url: string; incidents: IncidentView[] }[];
  kinds: { kind: Kind; url: string; incidents: IncidentView[] }[];
  disputedCount: number;
  /** Maps, chart, sequence, disputes and briefing (src/views). */
  views: Views;
}

export const incidentUrl = (id: string) => `/incidents/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
export const placeUrl = (id: string) => `/places/${id}/`;
export const kindUrl = (kind: string) => `/kinds/${kind}/`;

export function buildSiteData(content: Content, options: { includeDrafts: boolean }): SiteData {
  const { site } = content;
  const published = content.incidents.filter((incident) => options.includeDrafts || !incident.draft);
  const visibleIds = new Set(published.map((incident) => incident.id));
  // NOTE: a link to a draft would be a broken link in production, so it is dropped with the draft.
  const withoutDraftLinks = published.map((incident) => ({ ...incident, related: incident.related.filter((link) => visibleIds.has(link.incident)) }));
  const orderedWithKeys = orderWithKeys(withoutDraftLinks, site.timezone);
  const ordered = orderedWithKeys.map(({ incident }) => incident);
  const refOf = (incident: Incident): IncidentRef => ({ id: incident.id, title: incident.title, url: incidentUrl(incident.id) });
  const byId = new Map(ordered.map((incident) => [incident.id, incident]));
  const links = relationLinks(ordered);
  const sourceRefs = new Map<string, SourceRef>(
    content.sources.map((source) => [source.id, { id: source.id, title: source.title, publisher: source.publisher, url: sourceUrl(source.id) }]),
  );

  const incidents: IncidentView[] = ordered.map((incident, index) => ({
    ...incident,
    url: incidentUrl(incident.id),
    number: index + 1,
    times: incidentTimes(incident, site.timezone),
    searchTime: `${DateTime.fromMillis(orderedWithKeys[index].sortMillis, { zone: "UTC" }).toISO({ suppressMilliseconds: true })} ${String(index + 1).padStart(6, "0")}`,
    placeInfo: content.places[incident.place],
    citations: incident.sources.map((citation) => ({ ...citation, ref: sourceRefs.get(citation.source)! })),
    claimsShown: incident.claims.map((claim) => ({ ...claim, entries: claim.entries.map((entry) => ({ ...entry, ref: sourceRefs.get(entry.source)! })) })),
    links: (links.get(incident.id) ?? []).map((link) => ({ ...refOf(byId.get(link.incident)!), label: link.label })),
    previous: index > 0 ? refOf(ordered[index - 1]) : undefined,
    next: index < ordered.length - 1 ? refOf(ordered[index + 1]) : undefined,
  }));

  const citing = (sourceId: string) =>
    incidents.filter((incident) => incident.sources.some((s) => s.source === sourceId) || incident.claims.some((c) => c.entries.some((e) => e.source === sourceId)));
  const sources: SourceView[] = [...content.sources]
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
    .map((source) => ({
      ...source,
      url: sourceUrl(source.id),
      originalUrl: source.url,
      publishedText: longDate(source.published),
      citedBy: citing(source.id).map(refOf),
    }));

  return {
    site,
    incidents,
    days: groupByDay(incidents).map((group) => ({ ...group, label: longDate(group.day) })),
    sources,
    places: Object.values(content.places)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((place) => ({ place, url: placeUrl(place.id), incidents: incidents.filter((incident) => incident.place === place.id) })),
    kinds: KINDS.map((kind) => ({ kind, url: kindUrl(kind), incidents: incidents.filter((incident) => incident.kind === kind) })),
    disputedCount: incidents.filter((incident) => incident.disputed).length,
    views: buildViews(incidents, Object.values(content.places), sources, site.timezone, { place: placeUrl }),
  };
}
