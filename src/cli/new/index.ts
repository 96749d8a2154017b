/**
 * `npm run new`: writes a new incident note. Flags first; at a terminal, questions for the rest;
 * in a pipe, never a question: the missing flags are named instead. The note is checked by the
 * build's own checker before it is written, and an existing file is never overwritten.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkNewNote, findNoteFile } from "../../notes/check-new-note.ts";
import { schemaPathFrom } from "../../notes/json-schema.ts";
import { displayPath, loadContent } from "../../notes/load-content.ts";
import { CliError, UsageError } from "../errors.ts";
import { incidentId, incidentNoteText, type IncidentAnswers } from "./incident-note.ts";
import * as text from "./messages.ts";
import { askIncident, type Choices } from "./prompts.ts";
import { appendPlace, readPlacesFile, withPlace, type PlaceAnswers, type PlacesFile } from "../place/new-place.ts";


const REQUIRED = ["title", "date", "kind", "place", "source"] as const;

function readFlags(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      title: { type: "string" },
      date: { type: "string" },
      kind: { type: "string" },
      place: { type: "string" },
      source: { type: "string", multiple: true },
      quote: { type: "string", multiple: true },
      timezone: { type: "string" },
      precision: { type: "string" },
      summary: { type: "string" },
      // A note is a draft until its author publishes it (Hugo's convention); --draft stays accepted, and is the default.
      draft: { type: "boolean" },
      text: { type: "string" },
      publish: { type: "boolean" },
      content: { type: "string", default: "content" },
    },
    strict: true,
    allowPositionals: false,
  });
  const sources = values.source ?? [];
  const quotes = values.quote ?? [];
  if (quotes.length > sources.length) throw new UsageError(text.tooManyQuotes(quotes.length, sources.length));
  const given: Partial<IncidentAnswers> = {
    title: values.title,
    date: values.date,
    kind: values.kind,
    place: values.place,
    sources: sources.length ? sources.map((source, i) => ({ source, quote: quotes[i] || undefined })) : undefined,
    timezone: values.timezone,
    precision: values.precision,
    summary: values.summary,
    draft: !values.publish,
  };
  if (values.publish && values.draft) throw new UsageError("--publish and --draft say opposite things; give one.");
  if (values.publish && !values.text?.trim()) throw new UsageError(text.publishNeedsText);
  const body = values.text?.trim() ? `${values.text.trim()}\n` : undefined;
  return { given, contentDir: values.content, body };
}

const missingOf = (given: Partial<IncidentAnswers>) => REQUIRED.filter((flag) => (flag === "source" ? !given.sources?.length : given[flag] === undefined));

export async function newCommand(args: string[]): Promise<void> {
  const { given, contentDir, body } = readFlags(args);
  if (!existsSync(contentDir)) throw new CliError(text.noContentFolder(contentDir));
  const { content } = await loadContent(contentDir);
  const siteZone = content.site.timezone;

  let answers: IncidentAnswers;
  // A place asked for at the terminal, and the places.yaml it goes into once the note is written.
  let newPlace: { answers: PlaceAnswers; file: PlacesFile } | undefined;
  const missing = missingOf(given);
  if (missing.length === 0) {
    answers = given as IncidentAnswers;
  } else if (process.stdin.isTTY) {
    // A places.yaml with problems of its own takes no new place: its places are not offered either.
    const placesFile = await readPlacesFile(contentDir).catch(() => undefined);
    if (!given.place && !placesFile) throw new CliError(text.nothingToChoose("places", contentDir));
    if (!given.sources?.length && content.sources.length === 0) throw new CliError(text.nothingToChoose("sources", contentDir));
    const choices: Choices = {
      places: Object.values(content.places).sort((a, b) => a.name.localeCompare(b.name)),
      sources: [...content.sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id)),
      siteZone,
      placeIds: placesFile?.existing,
      quoteProblem: (source, quote) => quoteProblem(contentDir, source, quote),
    };
    const asked = await askIncident(given, choices);
    answers = asked.answers;
    if (asked.newPlace && placesFile) newPlace = { answers: asked.newPlace, file: placesFile };
  } else {
    throw new UsageError(text.missingFlags(missing));
  }

  const id = incidentId(answers, siteZone);
  const incidentsDir = path.join(contentDir, "incidents");
  const target = path.join(incidentsDir, `${id}.md`);
  const existing = await findNoteFile(contentDir, "incidents", id);
  if (existing) throw new CliError(text.alreadyExists(displayPath(existing)));

  const note = incidentNoteText(answers, body ?? text.bodySkeleton, schemaPathFrom(incidentsDir, "incident.schema.json"));
  // Checked as it will be: with the new place in places.yaml.
  const places = newPlace && withPlace(newPlace.file.before, newPlace.answers);
  const problems = await checkNewNote(contentDir, "incidents", id, note, { places });
  if (problems.length > 0) throw new CliError(text.refused(problems));

  await mkdir(incidentsDir, { recursive: true });
  try {
    // NOTE: "wx" fails if the file appeared since the check above: never overwrite, even in a race.
    await writeFile(target, note, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new CliError(text.alreadyExists(displayPath(target)));
    throw error;
  }
  // After the note, so that a note refused at the last moment leaves places.yaml as it was.
  if (newPlace) {
    await appendPlace(newPlace.file, newPlace.answers);
    console.log(text.addedPlace(newPlace.answers.id, newPlace.file.shown));
  }
  console.log(text.wrote(displayPath(target), contentDir, { draft: answers.draft === true, hasText: body !== undefined }));
}

/** Checks one quote as the build would, through a minimal note citing only that source. */
async function quoteProblem(contentDir: string, source: string, quote: string): Promise<string | undefined> {
  const probe: IncidentAnswers = { title: "probe", date: "2000-01-01", kind: "attack", place: "probe", sources: [{ source, quote }] };
  const problems = await checkNewNote(contentDir, "incidents", "probe", incidentNoteText(probe, "", ""));
  return problems.find((problem) => problem.field === "sources[0].quote")?.message;
}
