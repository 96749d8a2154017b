/**
 * The JSON Schema (draft-07) of /data/incidents.json (incidents-json.ts): what each incident of the
 * export holds, field by field, for tools that read it.
 */

export const EXPORT_SCHEMA_FILE = "incidents.schema.json";
export const FRONT_MATTER_SCHEMA_FILE = "incident.schema.json";

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
