/**
 * A new place for places.yaml, as `npm run place` and `npm run new` ("A new place …") take it:
 * checked as the build checks places, every problem at once, and appended as a block of its own,
 * so that the file's comments, order and formatting stay exactly as they were.
 */
import { existsSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
import { input, select } from "@inquirer/prompts";
import { displayPath } from "../../notes/content-files.ts";
import type { Problem } from "../../notes/problems.ts";
import { parseYaml } from "../../notes/read-note-file.ts";
import { ID_PATTERN, PLACE_PRECISIONS, placeSchema, placesSchema } from "../../notes/schema.ts";
import { problemsFromIssues } from "../../notes/schema-problems.ts";
import { didYouMean } from "../../notes/suggest.ts";
import { CliError } from "../errors.ts";
import * as text from "./messages.ts";

export const FIELDS = ["id", "name", "lat", "lon", "precision", "country"] as const;
type Field = (typeof FIELDS)[number];
export type PlaceAnswers = Record<Field, string>;

/** Every problem of the new place, as the build would word it for places.yaml. */
export function placeProblems(answers: PlaceAnswers, file: string, existing: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string) => problems.push({ file, field, message });
  if (!ID_PATTERN.test(answers.id)) at("id", `found "${answers.id}"; expected a place id of lowercase letters, digits and single hyphens`);
  else if (Object.hasOwn(existing, answers.id)) at("id", `found "${answers.id}", which ${file} already has; expected a new id (edit the existing place instead)`);
  const candidate = toPlace(answers);
  const result = placeSchema.safeParse(candidate, { reportInput: true });
  if (!result.success) problems.push(...problemsFromIssues(result.error.issues, placeSchema, file).map((problem) => ({ ...problem, line: undefined, column: undefined })));
  if (!PLACE_PRECISIONS.includes(answers.precision as never) && !result.success) {
    // The schema's own message lists the choices; a near miss is worth naming too.
    const hint = didYouMean(answers.precision, [...PLACE_PRECISIONS]);
    const index = problems.findIndex((problem) => problem.field === "precision");
    if (index !== -1 && hint) problems[index] = { ...problems[index], message: problems[index].message + hint };
  }
  return problems;
}

/** Numbers as numbers when they read as one, so the schema reports "expected a number" for the rest. */
function toPlace(answers: PlaceAnswers) {
  const number = (value: string) => (/^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);
  return { name: answers.name, lat: number(answers.lat), lon: number(answers.lon), precision: answers.precision, country: answers.country };
}

/** The YAML block for the place: JSON strings are valid YAML double-quoted scalars. */
export function placeBlock(answers: PlaceAnswers): string {
  const place = toPlace(answers);
  return `${answers.id}:\n  name: ${JSON.stringify(place.name)}\n  lat: ${place.lat}\n  lon: ${place.lon}\n  precision: ${place.precision}\n  country: ${JSON.stringify(place.country)}\n`;
}

/** Asks at a terminal for every value `given` lacks, refusing a bad answer in the build's words before moving on. */
export async function askPlace(given: Partial<PlaceAnswers>, existing: Record<string, unknown>): Promise<PlaceAnswers> {
  const check = (field: Field) => (value: string) => {
    const trial = { id: "x", name: "x", lat: "0", lon: "0", precision: "exact", country: "x", [field]: value.trim() } as PlaceAnswers;
    const problem = placeProblems(trial, "places.yaml", field === "id" ? existing : {}).find((item) => item.field === field);
    return problem ? problem.message : true;
  };
  const answers: Partial<PlaceAnswers> = { ...given };
  for (const field of FIELDS) {
    if (answers[field] !== undefined) continue;
    answers[field] =
      field === "precision"
        ? await select({ message: text.prompts.precision, choices: PLACE_PRECISIONS.map((value) => ({ value, name: value })) })
        : (await input({ message: text.prompts[field], validate: check(field) })).trim();
  }
  return answers as PlaceAnswers;
}

export interface PlacesFile {
  file: string;
  /** The file's name as messages show it. */
  shown: string;
  /** Its text now ("" when there is none yet). */
  before: string;
  /** Its places, by id. */
  existing: Record<string, unknown>;
}

/** places.yaml of a content folder as it is now; refused when it has problems of its own (a place added to it would not mend them). */
export async function readPlacesFile(contentDir: string): Promise<PlacesFile> {
  const file = path.join(contentDir, "places.yaml");
  const shown = displayPath(file);
  const before = existsSync(file) ? await readFile(file, "utf8") : "";
  try {
    const parsed = placesSchema.safeParse(parseYaml(before) ?? {});
    if (!parsed.success) throw new Error("invalid");
    return { file, shown, before, existing: parsed.data };
  } catch {
    throw new CliError(text.placesFileBroken(shown));
  }
}

/** places.yaml's text with the places appended: what was there stays byte for byte. */
export const withPlaces = (before: string, places: readonly PlaceAnswers[]) =>
  places.length === 0 ? before : `${before}${before === "" || before.endsWith("\n") ? "" : "\n"}${places.map(placeBlock).join("")}`;
export const withPlace = (before: string, answers: PlaceAnswers) => withPlaces(before, [answers]);

/** Appends the places to places.yaml (never rewriting it): the file as `withPlaces` shows it. */
export async function appendPlaces(places: PlacesFile, added: readonly PlaceAnswers[]): Promise<void> {
  if (added.length > 0) await appendFile(places.file, withPlaces(places.before, added).slice(places.before.length));
}
export const appendPlace = (places: PlacesFile, answers: PlaceAnswers) => appendPlaces(places, [answers]);
