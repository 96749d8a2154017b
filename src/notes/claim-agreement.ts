/**
 * Whether sources agree, decided by what they say rather than how they word it: figures and ranges
 * agree when their intervals overlap, times when their spans overlap in UTC, words when they are
 * equal once case and spacing are set aside. Pure: no Eleventy, no files.
 */
import { DateTime } from "luxon";
import type { Precision } from "./schema.ts";

/** How far either side of an approximate time it may lie, in hours; the chart draws the same window. */
export const APPROXIMATE_HOURS = 1;

export type ClaimValue =
  | { type: "number"; number: number }
  | { type: "range"; min?: number; max?: number }
  | { type: "text"; text: string }
  /** `from`/`to`: the UTC span the time stands for (ISO instants; `to` exclusive). */
  | { type: "time"; at: string; zone: string; precision: Precision; from: string; to: string };

/** Claim names that count people: their figures are whole numbers. */
export const PEOPLE_COUNTS = ["killed", "wounded", "injured", "dead", "deaths", "missing", "casualties", "fatalities", "detained", "displaced", "hostages", "people"] as const;

/** A claim counts people when its name, or its last hyphenated word (`civilians-killed`), is one of PEOPLE_COUNTS. */
export function countsPeople(what: string): boolean {
  const last = what.split("-").at(-1) ?? what;
  return (PEOPLE_COUNTS as readonly string[]).includes(what) || (PEOPLE_COUNTS as readonly string[]).includes(last);
}

/** Words compared as facts: NFKC, trimmed, case-folded, runs of white space as one space. */
export function normaliseClaimText(text: string): string {
  return text.normalize("NFKC").trim().toLocaleLowerCase("und").replace(/\s+/g, " ");
}

/**
 * The UTC span a claimed time stands for: an exact time its minute, an approximate one
 * ±APPROXIMATE_HOURS, a day alone that whole day in its own zone (23 or 25 hours on a clock change).
 */
export function timeSpan(instant: DateTime, precision: Precision): { from: DateTime; to: DateTime } {
  if (precision === "day") {
    const start = instant.startOf("day");
    return { from: start.toUTC(), to: start.plus({ days: 1 }).toUTC() };
  }
  if (precision === "approximate") return { from: instant.minus({ hours: APPROXIMATE_HOURS }).toUTC(), to: instant.plus({ hours: APPROXIMATE_HOURS }).toUTC() };
  const minute = instant.startOf("minute");
  return { from: minute.toUTC(), to: minute.plus({ minutes: 1 }).toUTC() };
}

/** The interval a figure or range allows; an open bound reaches to infinity. */
function interval(value: Extract<ClaimValue, { type: "number" | "range" }>): [number, number] {
  return value.type === "number" ? [value.number, value.number] : [value.min ?? -Infinity, value.max ?? Infinity];
}

/** The kind of comparison a value takes part in: figures and ranges compare with each other. */
export function comparisonKind(value: ClaimValue): "figure" | "text" | "time" {
  return value.type === "number" || value.type === "range" ? "figure" : value.type;
}

/** Whether two values of one comparison kind say the same thing. */
export function valuesAgree(a: ClaimValue, b: ClaimValue): boolean {
  if (a.type === "text" && b.type === "text") return normaliseClaimText(a.text) === normaliseClaimText(b.text);
  if (a.type === "time" && b.type === "time") return Date.parse(a.from) < Date.parse(b.to) && Date.parse(b.from) < Date.parse(a.to);
  if (a.type !== "text" && a.type !== "time" && b.type !== "text" && b.type !== "time") {
    const [aLow, aHigh] = interval(a);
    const [bLow, bHigh] = interval(b);
    return aLow <= bHigh && bLow <= aHigh;
  }
  throw new Error(`valuesAgree: a ${a.type} cannot be compared with a ${b.type}`);
}

/** A claim is disputed when any two of its values disagree. */
export function claimDisputed(values: readonly ClaimValue[]): boolean {
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (!valuesAgree(values[i], values[j])) return true;
  return false;
}

/** A value as a reader sees it: "6", "at least 3", "3–5", the words, or the time in its zone. */
export function showValue(value: ClaimValue): string {
  switch (value.type) {
    case "number":
      return String(value.number);
    case "range":
      if (value.min !== undefined && value.max !== undefined) return value.min === value.max ? String(value.min) : `${value.min}\u2013${value.max}`;
      return value.min !== undefined ? `at least ${value.min}` : `at most ${value.max}`;
    case "text":
      return value.text;
    case "time":
      return showTime(value, value.zone);
  }
}

/** A claimed time in `zone`, true to its precision: "Thursday 23 March 2023", "about 08:05, Friday 24 March 2023 (Asia/Damascus)". */
export function showTime(value: Extract<ClaimValue, { type: "time" }>, zone: string): string {
  const from = DateTime.fromISO(value.from, { zone });
  const to = DateTime.fromISO(value.to, { zone });
  if (value.precision === "day") {
    const last = to.minus({ milliseconds: 1 });
    const day = (d: DateTime) => d.toFormat("cccc d MMMM yyyy");
    return from.hasSame(last, "day") ? `${day(from)} (${zone})` : `${from.toFormat("cccc d MMMM HH:mm")} to ${last.toFormat("cccc d MMMM yyyy HH:mm")} (${zone})`;
  }
  const at = value.precision === "approximate" ? from.plus({ hours: APPROXIMATE_HOURS }) : from;
  return `${value.precision === "approximate" ? "about " : ""}${at.toFormat("HH:mm, cccc d MMMM yyyy")} (${zone})`;
}
