/**
 * /data/incidents.json: every incident with its time (and what is known of it), place (and how
 * sure), sources, claims, relations both ways, the note's front matter as validated and its text.
 * Its JSON Schema is /data/incidents.schema.json (below); `note` follows the front-matter schema of
 * the content contract, published beside it as /data/incident.schema.json.
 */
import type { ClaimValue } from "../notes/claim-agreement.ts";
import type { IncidentView, SiteData } from "../site/site-data.ts";
import { incidentSpan } from "../views/chart/chart-view.ts";
import { UNCERTAINTY_RADIUS_KM } from "../views/map/uncertainty.ts";
import { safeJson } from "./escape.ts";
import type { SiteUrls } from "./site-urls.ts";
import { noteIso, utcIso } from "./times.ts";

export const EXPORT_SCHEMA_FILE = "incidents.schema.json";
export const FRONT_MATTER_SCHEMA_FILE = "incident.schema.json";


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

const text = (description: string) => ({ type: "string", minLength: 1, description });
const day = (description: string) => ({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description });
const instant = (description: string) => ({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", description });
const object = (properties: Record<string, unknown>, required: string[], description?: string) => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});
const sourceLink = {
  id: text("The source's id (its file name in sources/)."),
  title: text("The source's headline."),
  publisher: text("Who published it."),
  url: text("Its page on this site."),
  original: text("Where the original can be read."),
  archived: text("An archived copy of the original."),
};
const checkedAgainst = { enum: ["text", "translation"], description: "What the quote was found in when the site was built: the source's own text or its translation." };

/**
 * The JSON Schema (draft-07) of /data/incidents.json. With `frontMatter`, each incident's `note`
 * is checked against the content contract's own schema, referenced by file name.
 */
export function incidentsSchema(options: { frontMatter: boolean }): Record<string, unknown> {
  const place = {
    id: text("The place's id in places.yaml."),
    name: text("The place's name."),
    country: text("Its country."),
    lat: { type: "number", minimum: -90, maximum: 90, description: "Latitude, decimal degrees." },
    lon: { type: "number", minimum: -180, maximum: 180, description: "Longitude, decimal degrees." },
    precision: { enum: ["exact", "approximate", "region"], description: "How well the coordinates are known." },
    uncertaintyKm: { type: "number", minimum: 0, description: "Radius of the circle drawn on the map: 0 exact, 25 approximate, 100 region." },
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: EXPORT_SCHEMA_FILE,
    title: "Incidents export (/data/incidents.json)",
    description: "Every published incident in timeline order, with its sources, claims, relations, place and time.",
    type: "object",
    additionalProperties: false,
    required: ["$schema", "title", "description", "language", "timezone", "url", "incidents", "sources", "places"],
    properties: {
      $schema: { type: "string", description: "This schema's file name." },
      title: text("The site's title."),
      description: text("What the site covers."),
      language: text("Language of the texts (BCP 47)."),
      timezone: text("The display zone (IANA): days are days in this zone."),
      url: text("The site's address."),
      incidents: {
        type: "array",
        description: "Incidents in timeline order.",
        items: object(
          {
            id: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", description: "The note's id (its file name without .md)." },
            number: { type: "integer", minimum: 1, description: "Position in the timeline, from 1; the number on the map and chart." },
            url: text("The incident's page."),
            title: text("What happened, in a headline."),
            summary: text("One line."),
            kind: { enum: ["attack", "strike", "statement", "assessment"], description: "The kind of incident." },
            disputed: { type: "boolean", description: "Whether its sources give some figure or fact differently." },
            time: object(
              {
                date: text("The date as the note gives it."),
                zone: text("The IANA zone the date is read in."),
                precision: { enum: ["exact", "approximate", "day"], description: "exact; approximate (±1 hour); day (time not reported)." },
                instant: { oneOf: [instant("The moment, with the note zone's offset."), { type: "null" }], description: "null when only the day is known." },
                utc: { oneOf: [instant("The moment in UTC."), { type: "null" }], description: "null when only the day is known." },
                day: day("The day it is listed under: in the display zone, or the note's own day when only the day is known."),
                earliest: instant("Start of the time span it may have happened in (UTC)."),
                latest: instant("End of that span (UTC): equal to earliest for an exact time, ±1 hour for an approximate one, the whole day in the note's zone for a day."),
              },
              ["date", "zone", "precision", "instant", "utc", "day", "earliest", "latest"],
            ),
            place: object(place, Object.keys(place)),
            actors: { type: "array", items: text("Who acted or spoke.") },
            tags: { type: "array", items: text("A keyword.") },
            casualties: object(
              { killed: { type: "integer", minimum: 0 }, wounded: { type: "integer", minimum: 0 } },
              [],
              "Figures the sources agree on (disputed figures are claims).",
            ),
            confidence: { enum: ["high", "moderate", "low"], description: "The record's analytic confidence (ICD 203 / PHIA yardsticks), when the note states it." },
            updates: {
              type: "array",
              description: "The record's corrections and updates, newest first.",
              items: object({ date: day("The day the record changed."), note: text("What changed."), type: { enum: ["correction", "update"] } }, ["date", "note", "type"]),
            },
            sources: { type: "array", minItems: 1, items: object({ ...sourceLink, quote: text("The passage the note quotes."), checkedAgainst }, ["id", "title", "publisher", "url"]) },
            claims: {
              type: "array",
              items: object(
                {
                  what: text("What the claim is about, e.g. rockets, killed."),
                  disputed: { type: "boolean", description: "Whether some two of its values disagree in substance (overlapping figures, ranges and times agree; words agree when equal ignoring case and spacing)." },
                  values: {
                    type: "array",
                    minItems: 1,
                    items: object(
                      {
                        value: {
                          description: "The typed value: a figure, a range, words, or a time with the UTC span it stands for.",
                          oneOf: [
                            object({ type: { const: "number" }, number: { type: "number", minimum: 0 } }, ["type", "number"]),
                            object({ type: { const: "range" }, min: { type: "number", minimum: 0 }, max: { type: "number", minimum: 0 } }, ["type"]),
                            object({ type: { const: "text" }, text: text("The fact in words.") }, ["type", "text"]),
                            object(
                              { type: { const: "time" }, at: text("The time as written."), zone: text("IANA zone it is read in."), precision: { enum: ["exact", "approximate", "day"] }, from: text("Start of its span, ISO 8601."), to: text("End of its span (exclusive), ISO 8601.") },
                              ["type", "at", "zone", "precision", "from", "to"],
                            ),
                          ],
                        },
                        shown: text("The value as the site shows it."),
                        source: text("The source's id."),
                        as: text("The source's own wording."),
                        quote: text("The source's words, checked against its text."),
                        checkedAgainst,
                      },
                      ["value", "shown", "source"],
                    ),
                  },
                },
                ["what", "disputed", "values"],
              ),
            },
            related: { type: "array", description: "Links the note makes.", items: object({ incident: text("Another incident's id."), relation: { enum: ["responds-to", "follows", "see-also"] } }, ["incident", "relation"]) },
            relatedBy: { type: "array", description: "Links other notes make to this one.", items: object({ incident: text("The linking incident's id."), relation: { enum: ["responds-to", "follows", "see-also"] } }, ["incident", "relation"]) },
            note: options.frontMatter
              ? { $ref: FRONT_MATTER_SCHEMA_FILE, description: "The note's front matter as validated (defaults written out)." }
              : { type: "object", description: "The note's front matter as validated (defaults written out)." },
            body: { type: "string", description: "The note's text (Markdown)." },
          },
          ["id", "number", "url", "title", "kind", "disputed", "time", "place", "actors", "tags", "updates", "sources", "claims", "related", "relatedBy", "note", "body"],
        ),
      },
      sources: {
        type: "array",
        items: object(
          {
            ...sourceLink,
            published: day("Publication day."),
            type: { enum: ["report", "official", "monitor"] },
            language: text("The language of its text (BCP 47)."),
            translation: text("A rendering of its text in the site's language."),
          },
          ["id", "title", "publisher", "url", "published", "type", "language"],
        ),
      },
      places: {
        type: "array",
        items: object(
          {
            ...place,
            aliases: {
              type: "array",
              description: "Other spellings and names, as places.yaml gives them.",
              items: { oneOf: [text("Another name."), object({ name: text("Another name."), language: text("Its language (BCP 47).") }, ["name", "language"])] },
            },
            url: text("The place's page."),
          },
          [...Object.keys(place), "url"],
        ),
      },
    },
  };
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
