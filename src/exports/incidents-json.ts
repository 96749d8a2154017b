/**
 * /data/incidents.json: every incident with its time (and what is known of it), place (and how
 * sure), sources, claims, relations both ways, the note's front matter as validated and its text.
 * Its JSON Schema is /data/incidents.schema.json (incidents-schema.ts); `note` follows the front-matter
 * schema of the content contract, published beside it as /data/incident.schema.json.
 */
import type { ClaimValue } from "../notes/claim-agreement.ts";
import type { IncidentView, SiteData } from "../site/site-data.ts";
import { incidentSpan } from "../views/chart/chart-view.ts";
import { UNCERTAINTY_RADIUS_KM } from "../views/map/uncertainty.ts";
import { safeJson } from "./escape.ts";
import { EXPORT_SCHEMA_FILE } from "./incidents-schema.ts";
import type { SiteUrls } from "./site-urls.ts";
import { noteIso, utcIso } from "./times.ts";

/** The note's front matter as validated, defaults filled in (a zone and precision are always written out). */
export function frontMatterOf(incident: IncidentView): Record<string, unknown> {
  const note: Record<string, unknown> = {
    title: incident.title,
    date: incident.date,
    timezone: incident.zone,
    precision: incident.precision,
    kind: incident.kind,
    place: incident.place,
    sources: incident.sources.map((citation) => ({ source: citation.source, ...(citation.quote ? { quote: citation.quote } : {}) })),
  };
  if (incident.claims.length > 0) {
    note.claims = Object.fromEntries(
      incident.claims.map((claim) => [claim.what, claim.entries.map((entry) => ({ ...claimFrontMatter(entry.value), source: entry.source, ...(entry.as ? { as: entry.as } : {}), ...(entry.quote ? { quote: entry.quote } : {}) }))]),
    );
  }
  if (incident.related.length > 0) note.related = incident.related.map((link) => ({ incident: link.incident, relation: link.relation }));
  if (incident.actors.length > 0) note.actors = [...incident.actors];
  if (incident.tags.length > 0) note.tags = [...incident.tags];
  if (incident.summary) note.summary = incident.summary;
  if (incident.casualties) note.casualties = { ...incident.casualties };
  if (incident.confidence) note.confidence = incident.confidence;
  if (incident.updates?.length) note.updates = incident.updates.map((update) => ({ ...update }));
  if (incident.images.length > 0) note.media = incident.images.map(({ file, alt, credit, caption, source }) => ({ file, alt, credit, ...(caption ? { caption } : {}), ...(source ? { source } : {}) }));
  if (incident.externalId) note.external_id = incident.externalId;
  if (incident.draft) note.draft = true;
  return note;
}

export function incidentsDocument(data: SiteData, urls: SiteUrls) {
  const sourceById = new Map(data.sources.map((source) => [source.id, source]));
  const sourceRef = (id: string) => {
    const source = sourceById.get(id)!;
    return {
      id,
      title: source.title,
      publisher: source.publisher,
      url: urls.to(source.url),
      ...(source.originalUrl ? { original: source.originalUrl } : {}),
      ...(source.archived ? { archived: source.archived } : {}),
    };
  };
  const linksTo = new Map<string, { incident: string; relation: string }[]>();
  for (const other of data.incidents) {
    for (const link of other.related) {
      if (!linksTo.has(link.incident)) linksTo.set(link.incident, []);
      linksTo.get(link.incident)!.push({ incident: other.id, relation: link.relation });
    }
  }
  const relatedBy = (id: string) => linksTo.get(id) ?? [];

  return {
    $schema: EXPORT_SCHEMA_FILE,
    title: data.site.title,
    description: data.site.description,
    language: data.site.language,
    timezone: data.site.timezone,
    url: urls.to("/"),
    incidents: data.incidents.map((incident) => {
      const span = incidentSpan(incident);
      const timed = incident.precision !== "day";
      return {
        id: incident.id,
        number: incident.number,
        url: urls.to(incident.url),
        title: incident.title,
        ...(incident.summary ? { summary: incident.summary } : {}),
        kind: incident.kind,
        disputed: incident.disputed,
        time: {
          date: incident.date,
          zone: incident.zone,
          precision: incident.precision,
          instant: timed ? noteIso(incident.instant) : null,
          utc: timed ? utcIso(span.at) : null,
          day: incident.day,
          earliest: utcIso(span.from),
          latest: utcIso(span.to),
        },
        place: {
          id: incident.placeInfo.id,
          name: incident.placeInfo.name,
          country: incident.placeInfo.country,
          lat: incident.placeInfo.lat,
          lon: incident.placeInfo.lon,
          precision: incident.placeInfo.precision,
          uncertaintyKm: UNCERTAINTY_RADIUS_KM[incident.placeInfo.precision],
        },
        actors: incident.actors,
        tags: incident.tags,
        ...(incident.casualties ? { casualties: incident.casualties } : {}),
        ...(incident.confidence ? { confidence: incident.confidence } : {}),
        updates: incident.updates.map(({ date, note, type }) => ({ date, note, type })),
        sources: incident.sources.map((citation) => ({
          ...sourceRef(citation.source),
          ...(citation.quote ? { quote: citation.quote } : {}),
          ...(citation.checkedAgainst ? { checkedAgainst: citation.checkedAgainst } : {}),
        })),
        claims: incident.claims.map((claim) => ({
          what: claim.what,
          disputed: claim.disputed,
          values: claim.entries.map((entry) => ({
            value: entry.value,
            shown: entry.shown,
            source: entry.source,
            ...(entry.as ? { as: entry.as } : {}),
            ...(entry.quote ? { quote: entry.quote } : {}),
            ...(entry.checkedAgainst ? { checkedAgainst: entry.checkedAgainst } : {}),
          })),
        })),
        related: incident.related.map((link) => ({ incident: link.incident, relation: link.relation })),
        relatedBy: relatedBy(incident.id),
        note: frontMatterOf(incident),
        body: incident.body,
      };
    }),
    sources: data.sources.map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      published: source.published,
      type: source.type,
      language: source.language,
      url: urls.to(source.url),
      ...(source.originalUrl ? { original: source.originalUrl } : {}),
      ...(source.archived ? { archived: source.archived } : {}),
      ...(source.translation ? { translation: source.translation } : {}),
    })),
    places: data.places.map(({ place, url }) => ({
      id: place.id,
      name: place.name,
      country: place.country,
      lat: place.lat,
      lon: place.lon,
      precision: place.precision,
      uncertaintyKm: UNCERTAINTY_RADIUS_KM[place.precision],
      ...(place.aliases?.length ? { aliases: place.aliases } : {}),
      url: urls.to(url),
    })),
  };
}

export function incidentsJson(data: SiteData, urls: SiteUrls): string {
  return `${safeJson(incidentsDocument(data, urls))}\n`;
}

/** A typed claim value written back as the note's front matter gives it. */
function claimFrontMatter(value: ClaimValue): Record<string, unknown> {
  switch (value.type) {
    case "number":
      return { value: value.number };
    case "range":
      return { value: { ...(value.min !== undefined ? { min: value.min } : {}), ...(value.max !== undefined ? { max: value.max } : {}) } };
    case "text":
      return { value: value.text };
    case "time":
      return { at: value.at, timezone: value.zone, precision: value.precision };
  }
}
