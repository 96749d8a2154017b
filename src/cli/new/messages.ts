/** Everything `npm run new` says to a person, apart from the logic. Validation wording is the build's own (src/notes). */
import { formatProblems, type Problem } from "../../notes/problems.ts";

export const usage =
  'npm run new -- --title "…" --date 2023-03-24T22:39 --kind attack --place conoco --source <id> [--quote "…"] [--source <id> …] ' +
  "[--timezone Asia/Damascus] [--precision exact|approximate|day] [--summary \"…\"] [--text \"…\" [--publish]] [--content content]";

export const summary = "Write a new incident note with complete front matter (asks for what is missing in a terminal, a new place included).";

const flagList = (names: readonly string[]) => names.map((name) => `--${name}`).join(", ");

export const missingFlags = (names: readonly string[]) =>
  `Missing ${flagList(names)}. Standard input is not a terminal, so nothing was asked: give ${names.length === 1 ? "it as a flag" : "them as flags"}.`;

export const tooManyQuotes = (quotes: number, sources: number) =>
  `Each --quote goes with the --source in the same position, but there are ${quotes} --quote and ${sources} --source.`;

export const noContentFolder = (dir: string) =>
  `There is no content folder at ${dir}; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).`;

export const nothingToChoose = (what: "places" | "sources", dir: string) =>
  what === "places"
    ? `${dir}/places.yaml has problems of its own, so it offers no place to choose and takes no new one; run npm run check to see them, fix them, then add the note.`
    : `${dir}/sources/ holds no valid source to choose from; add one first (npm run import -- report.txt), then cite it.`;

export const addedPlace = (id: string, file: string) => `Added the place "${id}" to ${file}.`;

export const alreadyExists = (file: string) =>
  `${file} already exists; nothing was written. Edit that note, or give this one a different --title (the file name is the day and the title).`;

export const publishNeedsText =
  "--publish needs --text: a note is published with its account, never with the placeholder. Give --text \"…\", or leave --publish out to write a draft.";

export const refused = (problems: readonly Problem[]) => `${formatProblems(problems)}\nNothing was written.`;

export const wrote = (file: string, contentDir: string, { draft, hasText }: { draft: boolean; hasText: boolean }) => {
  const option = contentDir === "content" ? "" : ` -- --content ${contentDir}`;
  const [check, start] = [`npm run check${option}`, `npm start${option}`];
  const width = Math.max(check.length, start.length) + 3;
  return [
    `Wrote ${file}${draft ? " as a draft (draft: true): the preview shows it, the build leaves it out until you remove that line" : ""}`,
    hasText ? "Next:" : "Next: write what happened below the front matter, then",
    `  ${check.padEnd(width)}checks every note`,
    `  ${start.padEnd(width)}shows it on the timeline at http://localhost:8080/ as you save`,
  ].join("\n");
};

/** The body a new note starts with, unless --text gives the account. */
export { PLACEHOLDER_TEXT as bodySkeleton } from "../../notes/placeholder.ts";

export const prompts = {
  title: "Title (what happened, as a headline)",
  date: "Date (2023-03-24T22:39 local time; 2023-03-24 a day alone; …Z or …+03:00 an instant)",
  timezone: "Time zone the date is in (IANA name)",
  precision: "How exact is the time?",
  precisionDefault: "as written (exact with a time, day without)",
  kind: "Kind",
  place: "Place",
  newPlace: "A new place … (added to places.yaml)",
  sources: "Sources (space to pick, enter to confirm)",
  sourcesRequired: "Pick at least one source.",
  quote: (source: string) => `Quote from ${source} (optional, Enter to skip; must occur in its text)`,
  summary: "Summary (one line for listings, optional)",
} as const;
