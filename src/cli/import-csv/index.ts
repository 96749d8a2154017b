/**
 * `npm run import-csv`: an ACLED export becomes draft incident notes, one per row, with the places
 * and source notes they need. Every row is read and checked first (read-acled.ts, the build's own
 * checker for the notes); nothing is written while any row is bad. A row whose event_id_cnty a note
 * already has is skipped, so importing the same file again writes nothing.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import slugify from "@sindresorhus/slugify";
import type { Content } from "../../notes/content.ts";
import { checkNewNotes, noteFilesById, type NoteFolder } from "../../notes/check-new-note.ts";
import { schemaPathFrom } from "../../notes/json-schema.ts";
import { displayPath, loadContent } from "../../notes/load-content.ts";
import type { Problem } from "../../notes/problems.ts";
import { decodeText } from "../../notes/read-note-file.ts";
import { ID_PATTERN } from "../../notes/schema.ts";
import { renderNote } from "../../notes/write-note.ts";
import { CliError, UsageError } from "../errors.ts";
import { appendPlaces, readPlacesFile, withPlaces, type PlaceAnswers } from "../place/new-place.ts";
import { TIME_PRECISIONS } from "./acled-mapping.ts";
import * as text from "./messages.ts";
import { readAcled, type AcledEvent } from "./read-acled.ts";

export { usage, summary } from "./messages.ts";

const slug = (value: string, fallback: string) => {
  const made = slugify(value, { decamelize: false });
  return ID_PATTERN.test(made) ? made : fallback;
};

// ACLED gives four decimals: a place within this of a known one, under the same name, is that place.
const SAME_PLACE_DEGREES = 0.0005;

/** The place a row is at: a known one with the same name and coordinates, else a new one (its id made unique). */
function placeFor(event: AcledEvent, content: Content, added: Map<string, PlaceAnswers>): { id: string; added?: PlaceAnswers } {
  const sameName = (name: string) => name.trim().toLowerCase() === event.location.toLowerCase();
  const near = (lat: number, lon: number) => Math.abs(lat - event.lat) <= SAME_PLACE_DEGREES && Math.abs(lon - event.lon) <= SAME_PLACE_DEGREES;
  for (const place of Object.values(content.places)) if (sameName(place.name) && near(place.lat, place.lon)) return { id: place.id };
  for (const place of added.values()) if (sameName(place.name) && near(Number(place.lat), Number(place.lon))) return { id: place.id };
  const base = slug(event.location, "place");
  let id = base;
  for (let n = 2; Object.hasOwn(content.places, id) || added.has(id); n++) id = `${base}-${n}`;
  const place: PlaceAnswers = { id, name: event.location, lat: String(event.lat), lon: String(event.lon), precision: event.placePrecision, country: event.country };
  added.set(id, place);
  return { id, added: place };
}

/** What the note says of itself: ACLED's own notes, verbatim, then where it came from and what is not known. */
function bodyOf(event: AcledEvent, file: string): string {
  const origin = [
    `Imported from ACLED (${path.basename(file)}, event ${event.externalId}): ${event.eventType}, ${event.subEventType}${event.admin1 ? `, ${event.admin1}` : ""}.`,
    `ACLED gives a day, not a time; ${TIME_PRECISIONS[event.timePrecision].words}.`,
    event.fatalities !== undefined ? `ACLED codes ${event.fatalities} ${event.fatalities === 1 ? "fatality" : "fatalities"}.` : "",
  ].filter(Boolean).join(" ");
  return `${event.notes ? `${event.notes}\n\n` : ""}${origin}\n`;
}

export async function importCsvCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { content: { type: "string", default: "content" } }, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(text.needsOneFile(positionals.length));
  const [file] = positionals;
  const contentDir = values.content;
  if (!existsSync(file)) throw new CliError(text.noFile(file));
  if (!existsSync(contentDir)) throw new CliError(text.noContentFolder(contentDir));
  const csv = decodeText(await readFile(file));
  if (csv === undefined) throw new CliError(text.notUtf8(file));

  const shown = displayPath(path.resolve(file));
  const { events, problems } = readAcled(csv, shown);
  const { content } = await loadContent(contentDir);
  const known = new Set(content.incidents.map((incident) => incident.externalId).filter(Boolean));
  const fresh = events.filter((event) => !known.has(event.externalId));
  if (problems.length === 0 && events.length > 0 && fresh.length === 0) {
    console.log(text.nothingNew(shown, events.length));
    return;
  }

  const placesFile = await readPlacesFile(contentDir);
  const addedPlaces = new Map<string, PlaceAnswers>();
  const sourceIds = new Set(content.sources.map((source) => source.id));
  const newSources = new Map<string, { id: string; name: string; published: string }>();
  const notes: { folder: NoteFolder; id: string; text: string; line: number }[] = [];
  const schemaPath = (folder: NoteFolder) => schemaPathFrom(path.join(contentDir, folder), folder === "incidents" ? "incident.schema.json" : "source.schema.json");

  const existingIncidents = await noteFilesById(contentDir, "incidents");
  for (const event of fresh) {
    const place = placeFor(event, content, addedPlaces);
    const sources = event.sources.map((name) => {
      const id = slug(name, "source");
      if (!sourceIds.has(id)) {
        const before = newSources.get(id);
        // A source cited on several days is dated by the first of them: ACLED names the outlet, not the report.
        if (!before || event.day < before.published) newSources.set(id, { id, name, published: event.day });
      }
      return id;
    });
    const id = `${event.day}-${slug(event.externalId, "event")}`;
    const tag = TIME_PRECISIONS[event.timePrecision].tag;
    const frontMatter = {
      title: `${event.subEventType} in ${event.location}`,
      date: event.day,
      precision: "day",
      kind: event.kind,
      place: place.id,
      sources: [...new Set(sources)].map((source) => ({ source })),
      actors: event.actors.length ? event.actors : undefined,
      tags: ["acled", ...(tag ? [tag] : [])],
      casualties: event.fatalities !== undefined ? { killed: event.fatalities } : undefined,
      external_id: event.externalId,
      draft: true,
    };
    if (existingIncidents.has(id)) {
      problems.push({ file: shown, line: event.line, field: "event_id_cnty", message: `found "${event.externalId}", whose note id ${id} another note already has; expected a new event (rename that note to import this row)` });
      continue;
    }
    notes.push({ folder: "incidents", id, line: event.line, text: renderNote({ frontMatter, body: bodyOf(event, file), schema: schemaPath("incidents") }) });
  }
  for (const source of newSources.values()) {
    const frontMatter = { title: source.name, publisher: source.name, published: source.published, type: "report" };
    // No text: ACLED names a source, it does not quote it, so nothing can be quoted from this note until its text is added.
    notes.push({ folder: "sources", id: source.id, line: 0, text: renderNote({ frontMatter, body: "", schema: schemaPath("sources") }) });
  }
  if (problems.length > 0) throw new CliError(text.refused(problems));

  const places = [...addedPlaces.values()];
  const checked: Problem[] = await checkNewNotes(contentDir, notes, { places: withPlaces(placesFile.before, places) });
  if (checked.length > 0) throw new CliError(text.refused(checked));

  for (const note of notes) {
    const dir = path.join(contentDir, note.folder);
    await mkdir(dir, { recursive: true });
    // NOTE: "wx": a file that appeared since the check is never overwritten.
    await writeFile(path.join(dir, `${note.id}.md`), note.text, { flag: "wx" });
  }
  await appendPlaces(placesFile, places);
  console.log(
    text.wrote({
      file: shown,
      incidents: notes.filter((note) => note.folder === "incidents").length,
      sources: newSources.size,
      places: places.length,
      skipped: events.length - fresh.length,
      placesFile: placesFile.shown,
    }),
  );
}
