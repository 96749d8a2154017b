/** Everything `npm run check` says to a person, apart from the logic. The problems' own wording lives in src/notes. */
import { formatProblem, type Problem } from "../../notes/problems.ts";

export const usage = "npm run check -- [--content content] [--json]";
export const summary = "Check every note without building: all problems at once, exit 1 if any.";

export const noContentFolder = (dir: string) =>
  `There is no content folder at ${dir}; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).`;

export interface Counts {
  incidents: number;
  sources: number;
  places: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const counted = ({ incidents, sources, places }: Counts) =>
  `${plural(incidents, "incident")}, ${plural(sources, "source")}, ${plural(places, "place")}`;

export const ok = (dir: string, counts: Counts) => `OK ${dir}: ${counted(counts)}, no problems.`;

/** One problem a line, `file:line:column  field  message`, so editors and terminals can jump to it; then a count. */
export const problems = (dir: string, found: readonly Problem[]) =>
  [...found.map(formatProblem), `${plural(found.length, "problem")} in ${dir}.`].join("\n");

/** What builds but is worth a look, after the verdict: each `file:line:column  field  message`, then a count. */
export const warnings = (found: readonly Problem[]) =>
  found.length === 0 ? "" : `\n${[...found.map(formatProblem), `${plural(found.length, "warning")}: the notes build as written; look at them all the same.`].join("\n")}`;

/** Warnings a build prints before it says how many more `npm run check` lists: a build of 2,000 unarchived sources printed 2,000 lines. */
export const BUILD_WARNINGS_SHOWN = 10;

/** The build's warnings: the first BUILD_WARNINGS_SHOWN, then how many more and where to see them all. */
export function buildWarnings(found: readonly Problem[]): string[] {
  const shown = found.slice(0, BUILD_WARNINGS_SHOWN).map((warning) => `warning: ${formatProblem(warning)}`);
  const more = found.length - shown.length;
  return more > 0 ? [...shown, `warning: … and ${plural(more, "more warning")}; \`npm run check\` lists them all.`] : shown;
}
