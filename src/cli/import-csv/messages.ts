/** Everything `npm run import-csv` says to a person. */
import { formatProblems, type Problem } from "../../notes/problems.ts";
import { plural } from "../../site/plural.ts";

export const usage = "npm run import-csv -- events.csv [--content content]";
export const summary = "Turn the rows of an ACLED export (CSV) into draft incident notes, with their places and sources.";

export const needsOneFile = (count: number) =>
  count === 0 ? "Name the ACLED export to import, e.g. npm run import-csv -- exports/acled-syria-2023.csv" : `Import one file at a time; got ${count}.`;
export const noFile = (file: string) => `There is no file at ${file}; expected an ACLED export in CSV.`;
export const notUtf8 = (file: string) => `${file}  the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8). Nothing was written.`;
export const noContentFolder = (dir: string) =>
  `There is no content folder at ${dir}; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).`;

export const refused = (problems: readonly Problem[]) => `${formatProblems(problems)}\nNothing was written.`;

export const nothingNew = (file: string, rows: number) =>
  `Nothing new in ${file}: its ${plural(rows, "row")} ${rows === 1 ? "is" : "are"} already imported (a note has each event_id_cnty). Nothing was written.`;

export function wrote(counts: { file: string; incidents: number; sources: number; places: number; skipped: number; placesFile: string }): string {
  const lines = [
    `Wrote ${plural(counts.incidents, "incident note")} from ${counts.file}, as drafts (draft: true), ${plural(counts.sources, "new source note")} and ${plural(counts.places, "new place")} in ${counts.placesFile}.`,
  ];
  if (counts.skipped > 0) lines.push(`Skipped ${plural(counts.skipped, "row")} already imported (a note has its event_id_cnty).`);
  lines.push("Next: read each draft against its sources, correct the kind and title where ACLED's coding says less than they do, then publish it (delete draft: true).");
  return lines.join("\n");
}
