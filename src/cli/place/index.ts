/**
 * `npm run place`: adds one place to places.yaml. The place is appended as a block of its own, so
 * the file's comments, order and formatting stay exactly as they were; it is checked as the build
 * checks places, every problem at once, before anything is written.
 */
import { existsSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { input, select } from "@inquirer/prompts";
import { displayPath } from "../../notes/content-files.ts";
import { formatProblems, type Problem } from "../../notes/problems.ts";
import { parseYaml } from "../../notes/read-note-file.ts";
import { ID_PATTERN, PLACE_PRECISIONS, placeSchema, placesSchema } from "../../notes/schema.ts";
import { problemsFromIssues } from "../../notes/schema-problems.ts";
import { didYouMean } from "../../notes/suggest.ts";
import { CliError, UsageError } from "../errors.ts";
import * as text from "./messages.ts";

export { usage, summary } from "./messages.ts";

const FIELDS = ["id", "name", "lat", "lon", "precision", "country"] as const;
type Field = (typeof FIELDS)[number];
type Answers = Record<Field, string>;

/** Every problem of the new place, as the build would word it for places.yaml. */
export function placeProblems(answers: Answers, file: string, existing: Record<string, unknown>): Problem[] {
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
function toPlace(answers: Answers) {
  const number = (value: string) => (/^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value);
  return { name: answers.name, lat: number(answers.lat), lon: number(answers.lon), precision: answers.precision, country: answers.country };
}

/** The YAML block for the place: JSON strings are valid YAML double-quoted scalars. */
export function placeBlock(answers: Answers): string {
  const place = toPlace(answers);
  return `${answers.id}:\n  name: ${JSON.stringify(place.name)}\n  lat: ${place.lat}\n  lon: ${place.lon}\n  precision: ${place.precision}\n  country: ${JSON.stringify(place.country)}\n`;
}

async function ask(given: Partial<Answers>, existing: Record<string, unknown>): Promise<Answers> {
  const check = (field: Field) => (value: string) => {
    const trial = { id: "x", name: "x", lat: "0", lon: "0", precision: "exact", country: "x", [field]: value.trim() } as Answers;
    const problem = placeProblems(trial, "places.yaml", field === "id" ? existing : {}).find((item) => item.field === field);
    return problem ? problem.message : true;
  };
  const answers: Partial<Answers> = { ...given };
  for (const field of FIELDS) {
    if (answers[field] !== undefined) continue;
    answers[field] =
      field === "precision"
        ? await select({ message: text.prompts.precision, choices: PLACE_PRECISIONS.map((value) => ({ value, name: value })) })
        : (await input({ message: text.prompts[field], validate: check(field) })).trim();
  }
  return answers as Answers;
}

export async function placeCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { ...Object.fromEntries(FIELDS.map((field) => [field, { type: "string" as const }])), content: { type: "string", default: "content" } },
    strict: true,
    allowPositionals: false,
  });
  const contentDir = values.content as string;
  if (!existsSync(contentDir)) throw new CliError(text.noContentFolder(contentDir));
  const file = path.join(contentDir, "places.yaml");
  const shown = displayPath(file);
  const before = existsSync(file) ? await readFile(file, "utf8") : "";
  let existing: Record<string, unknown>;
  try {
    const parsed = placesSchema.safeParse(parseYaml(before) ?? {});
    if (!parsed.success) throw new Error("invalid");
    existing = parsed.data;
  } catch {
    throw new CliError(text.placesFileBroken(shown));
  }
  const flags = values as Record<string, string | undefined>;
  const given = Object.fromEntries(FIELDS.filter((field) => flags[field] !== undefined).map((field) => [field, String(flags[field]).trim()])) as Partial<Answers>;
  const missing = FIELDS.filter((field) => given[field] === undefined);
  let answers: Answers;
  if (missing.length === 0) answers = given as Answers;
  else if (process.stdin.isTTY) answers = await ask(given, existing);
  else throw new UsageError(text.missingFlags(missing));

  const problems = placeProblems(answers, shown, existing);
  if (problems.length > 0) throw new CliError(`${formatProblems(problems)}\nNothing was written.`);
  // Appended, never rewritten: whatever the file holds stays byte for byte.
  await appendFile(file, `${before === "" || before.endsWith("\n") ? "" : "\n"}${placeBlock(answers)}`);
  console.log(text.wrote(answers.id, shown));
}
