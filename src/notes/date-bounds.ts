/**
 * Dates within a plausible span, and a word about a date that is probably a typo: a note dated
 * 1923 among notes of 2023 builds, but `check` asks whether 2023 was meant.
 */
import type { Incident } from "./content.ts";
import type { Problem } from "./problems.ts";

export interface YearSpan {
  from: number;
  to: number;
}

/** Years outside this span are refused unless site.yaml's `years` widens it. */
export const DEFAULT_YEARS: YearSpan = { from: 1900, to: 2100 };

/** A note this many years from every other one is worth a question. */
export const ISOLATED_AFTER_YEARS = 10;

const YEAR_MS = 365.25 * 24 * 3_600_000;

/** `day` (YYYY-MM-DD) with another year, when that day exists (29 February may not). */
export function withYear(day: string, year: number): string | undefined {
  const moved = `${String(year).padStart(4, "0")}${day.slice(4)}`;
  const date = new Date(`${moved}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === moved ? moved : undefined;
}

/** The message for a day outside the span, or undefined. `likelyYear` (that of the other notes) gives the hint. */
export function outOfSpan(day: string, years: YearSpan, likelyYear?: number, written = day): string | undefined {
  const year = Number(day.slice(0, 4));
  if (year >= years.from && year <= years.to) return undefined;
  // The hint is the date as written (time and offset kept), in the other notes' year.
  const guess = likelyYear !== undefined && withYear(written.slice(0, 10), likelyYear) ? `${likelyYear}${written.slice(4)}` : undefined;
  return `expected a date in the years ${years.from} to ${years.to} (site.yaml's years: from/to widens the span)${guess ? `; did you mean ${guess}?` : ""}`;
}

/** The most common year among `days`, or undefined for none. */
export function commonYear(days: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const day of days) counts.set(Number(day.slice(0, 4)), (counts.get(Number(day.slice(0, 4))) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, count] of counts) if (best === undefined || count > counts.get(best)!) best = year;
  return best;
}

export interface Dated {
  day: string;
  millis: number;
}

/**
 * The notes lying ISOLATED_AFTER_YEARS or more from every other note, each with the nearest other
 * note (for the hint). Only where at least two other notes lie close together, so that "the others"
 * exist; sorted once, so the cost follows the number of notes.
 */
export function isolatedNotes<T extends Dated>(notes: readonly T[]): { note: T; nearest: T }[] {
  if (notes.length < 3) return [];
  const sorted = [...notes].sort((a, b) => a.millis - b.millis);
  const gapAfter = (index: number) => (index + 1 < sorted.length ? sorted[index + 1].millis - sorted[index].millis : Infinity);
  const far = ISOLATED_AFTER_YEARS * YEAR_MS;
  const found: { note: T; nearest: T }[] = [];
  sorted.forEach((note, index) => {
    const before = index > 0 ? gapAfter(index - 1) : Infinity;
    const after = gapAfter(index);
    if (before < far || after < far) return;
    found.push({ note, nearest: before <= after ? sorted[index - 1] : sorted[index + 1] });
  });
  // Every note isolated means a sparse archive, not a typo.
  return found.length > notes.length / 2 ? [] : found;
}

/** Refuses days outside the span (with the likely year as a hint) and returns a warning for each note dated years from all others. */
export function checkDateSpan(
  years: YearSpan,
  incidents: readonly Incident[],
  dateFields: { get(id: string): Omit<Problem, "message"> | undefined },
  published: readonly { day: string; where: Omit<Problem, "message"> }[],
  problems: Problem[],
): Problem[] {
  const inSpan = incidents.filter((incident) => !outOfSpan(incident.day, years));
  const likely = commonYear(inSpan.map((incident) => incident.day));
  for (const incident of incidents) {
    const message = outOfSpan(incident.day, years, likely, incident.date);
    if (message) problems.push({ ...dateFields.get(incident.id)!, message: `found "${incident.date}"; ${message}` });
  }
  for (const { day, where } of published) {
    const message = outOfSpan(day, years, likely);
    if (message) problems.push({ ...where, message: `found "${day}"; ${message}` });
  }
  return isolatedNotes(inSpan.map((incident) => ({ incident, day: incident.day, millis: Date.parse(incident.instant) }))).map(({ note, nearest }) => {
    const guess = withYear(note.day, Number(nearest.day.slice(0, 4)));
    const apart = Math.round(Math.abs(note.millis - nearest.millis) / YEAR_MS);
    return {
      ...dateFields.get(note.incident.id)!,
      message: `found "${note.incident.date}", ${apart} years from every other note (the nearest is ${nearest.incident.file}, ${nearest.day})${guess ? `; did you mean ${guess}?` : ""} It builds as written.`,
    };
  });
}
