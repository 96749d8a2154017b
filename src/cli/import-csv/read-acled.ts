/**
 * An ACLED export read row by row: each row checked against ACLED's documented columns and our
 * mapping (acled-mapping.ts), every problem of every row reported, each with its line in the file.
 */
import { parse } from "csv-parse/sync";
import { DateTime } from "luxon";
import type { Problem } from "../../notes/problems.ts";
import type { Kind } from "../../notes/schema.ts";
import { GEO_PRECISIONS, kindOf, TIME_PRECISIONS } from "./acled-mapping.ts";

export const REQUIRED_COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "country", "location", "latitude", "longitude", "geo_precision", "source"] as const;
export const OPTIONAL_COLUMNS = ["actor2", "admin1", "notes", "fatalities"] as const;

/** A bound on what one import may hold: an export of a country-year is well under it. */
export const MAX_ROWS = 20_000;

export interface AcledEvent {
  /** The row's line in the file (its last, for a row with line breaks in a field). */
  line: number;
  externalId: string;
  /** YYYY-MM-DD, as ACLED codes it. */
  day: string;
  timePrecision: keyof typeof TIME_PRECISIONS;
  kind: Kind;
  eventType: string;
  subEventType: string;
  actors: string[];
  country: string;
  admin1?: string;
  location: string;
  lat: number;
  lon: number;
  placePrecision: "exact" | "approximate" | "region";
  sources: string[];
  notes?: string;
  fatalities?: number;
}

type Row = Record<string, string>;

/** ACLED writes 2023-03-24 (its API) or 24 March 2023 (its older spreadsheets). */
function readDay(value: string): string | undefined {
  const iso = DateTime.fromISO(value, { zone: "UTC" });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && iso.isValid) return iso.toISODate()!;
  const written = DateTime.fromFormat(value, "d MMMM yyyy", { zone: "UTC", locale: "en" });
  return written.isValid ? written.toISODate()! : undefined;
}

export function readAcled(text: string, file: string): { events: AcledEvent[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let records: { record: Row; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (error) {
    const where = error as { lines?: number; message: string };
    return { events: [], problems: [{ file, line: where.lines, field: "", message: `the file is not valid CSV: ${where.message.replace(/^Invalid [^:]*: /, "")}` }] };
  }
  const columns = records.length > 0 ? Object.keys(records[0].record) : (text.split(/\r?\n/)[0] ?? "").split(",").map((name) => name.trim());
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return { events: [], problems: [{ file, line: 1, field: "", message: `the header lacks ${missing.join(", ")}; expected ACLED's columns (${REQUIRED_COLUMNS.join(", ")}; optional ${OPTIONAL_COLUMNS.join(", ")})` }] };
  }
  if (records.length > MAX_ROWS) return { events: [], problems: [{ file, field: "", message: `found ${records.length} rows; expected at most ${MAX_ROWS} in one import (split the export)` }] };

  const events: AcledEvent[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const at = (field: string, message: string) => problems.push({ file, line, field, message });
    const count = problems.length;
    const value = (column: string) => (record[column] ?? "").trim();
    for (const column of REQUIRED_COLUMNS) if (value(column) === "" && column !== "source") at(column, "is empty; expected a value");

    const externalId = value("event_id_cnty");
    if (externalId && seen.has(externalId)) at("event_id_cnty", `found "${externalId}", which line ${seen.get(externalId)} has too; expected each event once`);
    seen.set(externalId, line);
    const day = value("event_date") ? readDay(value("event_date")) : undefined;
    if (value("event_date") && !day) at("event_date", `found "${value("event_date")}"; expected a day such as 2023-03-24 or 24 March 2023`);
    const timePrecision = value("time_precision");
    if (timePrecision && !Object.hasOwn(TIME_PRECISIONS, timePrecision)) at("time_precision", `found "${timePrecision}"; expected 1, 2 or 3 (ACLED's time precision)`);
    const kind = value("event_type") ? kindOf(value("event_type"), value("sub_event_type")) : undefined;
    if (kind && "problem" in kind) at("event_type", kind.problem);
    const geo = value("geo_precision");
    if (geo && !Object.hasOwn(GEO_PRECISIONS, geo)) at("geo_precision", `found "${geo}"; expected 1, 2 or 3 (ACLED's geographic precision)`);
    const coordinate = (column: "latitude" | "longitude", limit: number) => {
      const number = Number(value(column));
      if (value(column) && (!/^-?\d+(\.\d+)?$/.test(value(column)) || Math.abs(number) > limit)) at(column, `found "${value(column)}"; expected decimal degrees between -${limit} and ${limit}`);
      return number;
    };
    const lat = coordinate("latitude", 90);
    const lon = coordinate("longitude", 180);
    const sources = value("source").split(";").map((name) => name.trim()).filter(Boolean);
    if (sources.length === 0) at("source", "is empty; expected the names of the row's sources, separated by semicolons");
    const fatalitiesText = value("fatalities");
    if (fatalitiesText && !/^\d+$/.test(fatalitiesText)) at("fatalities", `found "${fatalitiesText}"; expected a whole number of at least 0`);
    // A row's problems in the order of its columns, as a spreadsheet shows them.
    const mine = problems.splice(count).sort((a, b) => columns.indexOf(a.field) - columns.indexOf(b.field));
    problems.push(...mine);
    if (mine.length > 0 || !day || !kind || "problem" in kind) continue;
    events.push({
      line,
      externalId,
      day,
      timePrecision: timePrecision as AcledEvent["timePrecision"],
      kind: kind.kind,
      eventType: value("event_type"),
      subEventType: value("sub_event_type"),
      actors: [value("actor1"), value("actor2")].filter(Boolean),
      country: value("country"),
      admin1: value("admin1") || undefined,
      location: value("location"),
      lat,
      lon,
      placePrecision: GEO_PRECISIONS[geo],
      sources,
      notes: value("notes") || undefined,
      fatalities: fatalitiesText ? Number(fatalitiesText) : undefined,
    });
  }
  return { events, problems };
}
