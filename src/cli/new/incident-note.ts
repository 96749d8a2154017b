/** From a person's answers to the text of a new incident note: file name, front matter, body. Pure. */
import slugify from "@sindresorhus/slugify";
import { IANAZone } from "luxon";
import { checkNoteDate, parseNoteDate } from "../../notes/note-date.ts";
import { incidentSchema } from "../../notes/schema.ts";
import { problemsFromIssues } from "../../notes/schema-problems.ts";
import { renderNote } from "../../notes/write-note.ts";

export interface IncidentAnswers {
  title: string;
  date: string;
  kind: string;
  place: string;
  sources: { source: string; quote?: string }[];
  timezone?: string;
  precision?: string;
  summary?: string;
  draft?: boolean;
}

const MAX_SLUG = 60;

/** The title as a file-name slug: lowercase ASCII words joined by hyphens, cut at a word near 60 characters. */
export function titleSlug(title: string): string {
  let slug = slugify(title, { decamelize: false });
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG + 1).replace(/-[^-]*$/, "") || slug.slice(0, MAX_SLUG);
  return slug || "note";
}

/**
 * The note's id (its file name): the day it happened, in the note's zone, then the title's slug,
 * e.g. `2023-03-24-rockets-hit-conoco`. A date that does not parse keeps its written day for now:
 * the check that follows refuses it anyway.
 */
export function incidentId(answers: Pick<IncidentAnswers, "title" | "date" | "timezone">, siteZone: string): string {
  const zone = answers.timezone ?? siteZone;
  const day =
    checkNoteDate(answers.date) === undefined && IANAZone.isValidZone(zone)
      ? parseNoteDate(answers.date, zone).localDay
      : (/^\d{4}-\d{2}-\d{2}/.exec(answers.date)?.[0] ?? "undated");
  return `${day}-${titleSlug(answers.title)}`;
}

/** Front matter in the order of the example note in docs/content-contract.md; optional fields only when given. */
export function incidentFrontMatter(answers: IncidentAnswers): Record<string, unknown> {
  return {
    title: answers.title,
    date: answers.date,
    timezone: answers.timezone,
    precision: answers.precision,
    kind: answers.kind,
    place: answers.place,
    summary: answers.summary,
    sources: answers.sources.map(({ source, quote }) => ({ source, quote })),
    draft: answers.draft ? true : undefined,
  };
}

export function incidentNoteText(answers: IncidentAnswers, body: string, schemaPath: string): string {
  return renderNote({ frontMatter: incidentFrontMatter(answers), body, schema: schemaPath });
}

type CheckedField = "title" | "date" | "timezone" | "summary";

/** Why one answer would be refused, in the build's words (e.g. `found "2023-02-30"; expected …`), or undefined. */
export function answerProblem(field: CheckedField, value: string): string | undefined {
  const schema = incidentSchema.shape[field];
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return undefined;
  return problemsFromIssues(result.error.issues, schema, "").map((problem) => problem.message).join("; ");
}
