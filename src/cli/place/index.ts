/** `npm run place`: adds one place to places.yaml (new-place.ts), every problem named at once before anything is written. */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatProblems } from "../../notes/problems.ts";
import { CliError, UsageError } from "../errors.ts";
import * as text from "./messages.ts";
import { appendPlace, askPlace, FIELDS, placeProblems, readPlacesFile, type PlaceAnswers } from "./new-place.ts";

export { usage, summary } from "./messages.ts";

export async function placeCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { ...Object.fromEntries(FIELDS.map((field) => [field, { type: "string" as const }])), content: { type: "string", default: "content" } },
    strict: true,
    allowPositionals: false,
  });
  const contentDir = values.content as string;
  if (!existsSync(contentDir)) throw new CliError(text.noContentFolder(contentDir));
  const places = await readPlacesFile(contentDir);
  const flags = values as Record<string, string | undefined>;
  const given = Object.fromEntries(FIELDS.filter((field) => flags[field] !== undefined).map((field) => [field, String(flags[field]).trim()])) as Partial<PlaceAnswers>;
  const missing = FIELDS.filter((field) => given[field] === undefined);
  let answers: PlaceAnswers;
  if (missing.length === 0) answers = given as PlaceAnswers;
  else if (process.stdin.isTTY) answers = await askPlace(given, places.existing);
  else throw new UsageError(text.missingFlags(missing));

  const problems = placeProblems(answers, places.shown, places.existing);
  if (problems.length > 0) throw new CliError(`${formatProblems(problems)}\nNothing was written.`);
  await appendPlace(places, answers);
  console.log(text.wrote(answers.id, places.shown));
}
