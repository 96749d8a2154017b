/**
 * `npm run import`: a plain-text report becomes a source note. Its id is the report's file name,
 * its `published` day the report's first line, its body the rest of the text, verbatim. Checked
 * by the build's own checker before writing; an existing source is never overwritten.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import slugify from "@sindresorhus/slugify";
import { input, select } from "@inquirer/prompts";
import { checkNewNote, findNoteFile } from "../../notes/check-new-note.ts";
import { schemaPathFrom } from "../../notes/json-schema.ts";
import { displayPath } from "../../notes/load-content.ts";
import { decodeText } from "../../notes/read-note-file.ts";
import { ID_PATTERN, sourceSchema } from "../../notes/schema.ts";
import { problemsFromIssues } from "../../notes/schema-problems.ts";
import { renderNote } from "../../notes/write-note.ts";
import { CliError, UsageError } from "../errors.ts";
import * as text from "./messages.ts";
import { parseReport } from "./parse-report.ts";


interface SourceAnswers {
  title?: string;
  publisher?: string;
  url?: string;
  type?: string;
}

/** The id a report's file name gives: the name itself when usable, else its slug. */
export function sourceIdFromFile(file: string): string {
  const name = path.basename(file).replace(/\.[^.]*$/, "");
  return ID_PATTERN.test(name) ? name : slugify(name, { decamelize: false }) || "source";
}

const fieldCheck = (field: "title" | "publisher" | "url") => (value: string) => {
  const schema = sourceSchema.shape[field];
  const result = schema.safeParse(value.trim() === "" && field === "url" ? undefined : value.trim(), { reportInput: true });
  return result.success || problemsFromIssues(result.error.issues, schema, "").map((p) => p.message).join("; ");
};

async function ask(given: SourceAnswers): Promise<Required<Pick<SourceAnswers, "title" | "publisher" | "type">> & SourceAnswers> {
  const title = given.title ?? (await input({ message: text.prompts.title, validate: fieldCheck("title") })).trim();
  const publisher = given.publisher ?? (await input({ message: text.prompts.publisher, validate: fieldCheck("publisher") })).trim();
  const url = given.url ?? ((await input({ message: text.prompts.url, validate: fieldCheck("url") })).trim() || undefined);
  const type = given.type ?? (await select<string>({ message: text.prompts.type, choices: text.prompts.typeChoices.map((value) => ({ value })) }));
  return { title, publisher, url, type };
}

export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      title: { type: "string" },
      publisher: { type: "string" },
      url: { type: "string" },
      type: { type: "string" },
      content: { type: "string", default: "content" },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(text.needsOneReport(positionals.length));
  const reportPath = positionals[0];
  const shownReport = displayPath(path.resolve(reportPath));
  const contentDir = values.content;
  if (!existsSync(reportPath)) throw new CliError(text.noReport(shownReport));
  if (!existsSync(contentDir)) throw new CliError(text.noContentFolder(contentDir));

  const decoded = decodeText(await readFile(reportPath));
  if (decoded === undefined) throw new CliError(text.notUtf8(shownReport));
  const parsed = parseReport(decoded);
  if (!parsed.ok) throw new CliError(parsed.reason === "no-text" ? text.noText(shownReport) : text.noDateLine(shownReport, parsed.firstLine));

  const id = sourceIdFromFile(reportPath);
  const sourcesDir = path.join(contentDir, "sources");
  const existing = await findNoteFile(contentDir, "sources", id);
  if (existing) throw new CliError(text.alreadyExists(displayPath(existing), shownReport));

  let answers: SourceAnswers = { title: values.title, publisher: values.publisher, url: values.url, type: values.type };
  const missing = (["title", "publisher"] as const).filter((flag) => answers[flag] === undefined);
  if (missing.length > 0) {
    if (!process.stdin.isTTY) throw new UsageError(text.missingFlags(missing));
    answers = await ask(answers);
  }

  const note = renderNote({
    frontMatter: { title: answers.title, publisher: answers.publisher, published: parsed.report.published, url: answers.url, type: answers.type ?? "report" },
    body: parsed.report.text,
    schema: schemaPathFrom(sourcesDir, "source.schema.json"),
  });
  const problems = await checkNewNote(contentDir, "sources", id, note);
  if (problems.length > 0) throw new CliError(text.refused(problems));

  await mkdir(sourcesDir, { recursive: true });
  const target = path.join(sourcesDir, `${id}.md`);
  try {
    // NOTE: "wx" refuses a file that appeared since the check above: never overwrite.
    await writeFile(target, note, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new CliError(text.alreadyExists(displayPath(target), shownReport));
    throw error;
  }
  if (id !== path.basename(reportPath).replace(/\.[^.]*$/, "")) console.log(text.renamedId(path.basename(reportPath), id));
  console.log(text.wrote(displayPath(target), id));
}
