/**
 * /data/incidents.csv: one row per incident, with ACLED-like columns. Where ACLED codes a date, a
 * numeric precision and the lowest reported fatalities, this file keeps the notes' own vocabulary
 * (see docs/views-and-exports.md, "Data files"). RFC 4180: CRLF line ends, a header row, quoted fields.
 */
import type { IncidentView, SiteData } from "../site/site-data.ts";
import { csvField } from "./escape.ts";
import { noteIso } from "./times.ts";

export const CSV_COLUMNS = [
  "event_date",
  "time_precision",
  "event_type",
  "actors",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "fatalities",
] as const;

/** Killed as the note records it: the agreed figure, else the lowest of the sources' figures (ACLED's convention); undefined when there is none. */
export function fatalities(incident: Pick<IncidentView, "casualties" | "claims">): number | undefined {
  const numbers = incident.claims
    .find((claim) => claim.what === "killed")
    ?.entries.map((entry) => entry.value)
    .map((value) => (value.type === "number" ? value.number : value.type === "range" ? (value.min ?? 0) : undefined))
    .filter((value): value is number => value !== undefined);
  if (numbers && numbers.length > 0) return Math.min(...numbers);
  return incident.casualties?.killed;
}

function row(incident: IncidentView): (string | number | undefined)[] {
  const publishers = [...new Set(incident.citations.map((citation) => citation.ref.publisher))];
  const disputed = incident.claims.filter((claim) => claim.disputed).map((claim) => claim.what.replace(/-/g, " "));
  const notes = [incident.summary ?? incident.title, disputed.length ? `Sources disagree on: ${disputed.join(", ")}.` : ""].filter(Boolean).join(" ");
  return [
    incident.precision === "day" ? incident.day : noteIso(incident.instant),
    incident.precision,
    incident.kind,
    incident.actors.join("; "),
    `${incident.placeInfo.name}, ${incident.placeInfo.country}`,
    incident.placeInfo.lat,
    incident.placeInfo.lon,
    incident.placeInfo.precision,
    publishers.join("; "),
    notes,
    fatalities(incident),
  ];
}

export function incidentsCsv(data: SiteData): string {
  const lines = [CSV_COLUMNS.join(","), ...data.incidents.map((incident) => row(incident).map(csvField).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
