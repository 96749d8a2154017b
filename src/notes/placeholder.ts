/**
 * The text `npm run new` writes below a new note's front matter: guidance its author replaces with
 * the account. A published note still holding it would show readers the instructions, so the
 * check refuses it outside drafts.
 */
export const PLACEHOLDER_TEXT = [
  "Replace this paragraph with what happened, as the sources report it: who, what, where and when,",
  "in plain sentences. Put a source's own words in `quote:` under `sources:` (the build checks them",
  "against the source text), and figures the sources give differently under `claims:`.",
  "",
].join("\n");

const FIRST_WORDS = "Replace this paragraph with what happened";

/** The 0-based line of `body` where the placeholder starts, or -1 when the author has replaced it. */
export function placeholderLine(body: string): number {
  return body.split("\n").findIndex((line) => line.includes(FIRST_WORDS));
}
