/** A content problem: what, where, what was expected — in one shape for the build and `npm run check`. */
import { escapeForTerminal } from "./text-safety.ts";

export interface Problem {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `sources[1].quote`; empty for a problem with the whole file. */
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  // A note's own text reaches the message (file names, keys, values): its control and bidi characters are shown as escapes, never sent to a terminal.
  return escapeForTerminal(problem.field ? `${where}  ${problem.field}  ${problem.message}` : `${where}  ${problem.message}`);
}

export function formatProblems(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? "problem" : "problems";
  return `${problems.length} content ${noun}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`;
}

/** Thrown when a content folder does not validate; carries every problem at once. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  /** Tells Eleventy's error log that the message says it all: no stack trace for a content mistake. */
  readonly skipOriginalStack = true;
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** How a found value reads in a message: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
