/** Everything `npm run import` says to a person, apart from the logic. Validation wording is the build's own (src/notes). */
import { formatProblems, type Problem } from "../../notes/problems.ts";
import { SOURCE_TYPES } from "../../notes/schema.ts";

export const usage =
  'npm run import -- path/to/report.txt [--title "…"] [--publisher "…"] [--url https://…] [--type report|official|monitor] [--content content]';
export const summary = "Turn a plain-text report (first line: date YYYY-MM-DD) into a source note, text verbatim.";

export const needsOneReport = (count: number) =>
  count === 0 ? "Name the report to import, e.g. npm run import -- reports/2023-03-24-attack.txt" : `Import one report at a time; got ${count}.`;

export const missingFlags = (names: readonly string[]) =>
  `Missing ${names.map((name) => `--${name}`).join(", ")}. Standard input is not a terminal, so nothing was asked: give ${names.length === 1 ? "it as a flag" : "them as flags"}.`;

export const noReport = (file: string) => `There is no file at ${file}; expected a plain-text report.`;
export const notUtf8 = (file: string) => `${file}  the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8). Nothing was written.`;
export const noDateLine = (file: string, firstLine: string) =>
  `${file}:1:1  the first line is ${JSON.stringify(firstLine.length > 60 ? `${firstLine.slice(0, 57)}…` : firstLine)}; expected "date YYYY-MM-DD" followed by the report's text. Nothing was written.`;
export const noText = (file: string) => `${file}  there is no text after the date line; expected the report's text. Nothing was written.`;
export const noContentFolder = (dir: string) =>
  `There is no content folder at ${dir}; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).`;

export const alreadyExists = (file: string, report: string) =>
  `${file} already exists; nothing was written. The id comes from the report's file name: rename ${report} to import it as another source.`;

export const refused = (problems: readonly Problem[]) => `${formatProblems(problems)}\nNothing was written.`;

export const renamedId = (name: string, id: string) => `The file name "${name}" is not a usable id; the source's id is "${id}".`;

export const wrote = (file: string, id: string) =>
  [`Wrote ${file}`, `Cite it in an incident note as  - source: ${id}   (or npm run new -- … --source ${id})`].join("\n");

export const prompts = {
  title: "Title of the report (its headline)",
  publisher: "Publisher (the outlet or office)",
  url: "Where the original can be read (http(s) address, optional)",
  type: "Type of source",
  typeChoices: SOURCE_TYPES,
} as const;
