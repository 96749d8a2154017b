/**
 * `npm run check`: the build's validation without the build. The same `loadContent` runs inside
 * every build (src/site/plugin.ts), so a folder that checks clean builds, and one that does not
 * fails the build with the same problems.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadContent } from "../../notes/load-content.ts";
import { CliError } from "../errors.ts";
import * as text from "./messages.ts";

export interface CheckReport {
  /** What the command prints on stdout. */
  output: string;
  exitCode: 0 | 1;
}

/** Checks a content folder; paths in the report are relative to the working directory. */
export async function checkContent(dir: string, options: { json?: boolean } = {}): Promise<CheckReport> {
  if (!existsSync(dir)) {
    // A tool reading --json gets JSON whatever went wrong: the missing folder as the one problem.
    if (!options.json) throw new CliError(text.noContentFolder(dir));
    const problem = { file: dir, field: "", message: text.noContentFolder(dir) };
    return { output: JSON.stringify({ ok: false, content: dir, counts: { incidents: 0, sources: 0, places: 0 }, problems: [problem], warnings: [] }, null, 2), exitCode: 1 };
  }
  const { content, problems, warnings } = await loadContent(dir);
  // Counts are of the notes that could be read and passed the schema.
  const counts = { incidents: content.incidents.length, sources: content.sources.length, places: Object.keys(content.places).length };
  const output = options.json
    ? JSON.stringify({ ok: problems.length === 0, content: dir, counts, problems, warnings }, null, 2)
    : (problems.length === 0 ? text.ok(dir, counts) : text.problems(dir, problems)) + text.warnings(warnings);
  return { output, exitCode: problems.length === 0 ? 0 : 1 };
}

export async function checkCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { content: { type: "string", default: "content" }, json: { type: "boolean", default: false } },
    strict: true,
    allowPositionals: false,
  });
  const report = await checkContent(values.content, { json: values.json });
  console.log(report.output);
  return report.exitCode;
}
