/**
 * One claim of a note, read into typed values with its agreement computed. Checks what the schema
 * cannot see alone: one type per claim, whole figures for people, times that exist in their zone.
 */
import { claimDisputed, comparisonKind, countsPeople, showTime, showValue, timeSpan, type ClaimValue } from "./claim-agreement.ts";
import type { Claim, ClaimEntry } from "./content.ts";
import { checkLocalTimeExists, parseNoteDate } from "./note-date.ts";
import type { ClaimFields } from "./schema.ts";

const KIND_WORDS = { figure: "a figure or range", text: "words", time: "a time (at)" } as const;

/** Reports a problem at `claims.<what>[index].<field>`. */
export type ClaimProblem = (index: number, field: string, message: string) => void;

function typedValue(entry: ClaimFields, noteZone: string): ClaimValue {
  if (entry.at !== undefined) {
    const zone = entry.timezone ?? noteZone;
    const parsed = parseNoteDate(entry.at, zone);
    const precision = entry.precision ?? (parsed.hasTime ? "exact" : "day");
    const { from, to } = timeSpan(parsed.instant, precision);
    return { type: "time", at: entry.at, zone, precision, from: from.toISO()!, to: to.toISO()! };
  }
  const value = entry.value!;
  if (typeof value === "number") return { type: "number", number: value };
  if (typeof value === "string") return { type: "text", text: value };
  return { type: "range", ...(value.min !== undefined ? { min: value.min } : {}), ...(value.max !== undefined ? { max: value.max } : {}) };
}

export function readClaim(what: string, fields: readonly ClaimFields[], noteZone: string, displayZone: string, report: ClaimProblem): Claim {
  const entries: ClaimEntry[] = [];
  let firstKind: { kind: ReturnType<typeof comparisonKind>; index: number } | undefined;
  let usable = true;
  fields.forEach((entry, index) => {
    if (entry.at !== undefined) {
      const zone = entry.timezone ?? noteZone;
      const missing = checkLocalTimeExists(entry.at, zone);
      if (missing) {
        report(index, "at", `found "${entry.at}"; ${missing}`);
        usable = false;
        return;
      }
      if (!parseNoteDate(entry.at, zone).hasTime && entry.precision !== undefined && entry.precision !== "day") {
        report(index, "precision", `found "${entry.precision}" for a day with no time; expected day, or give the time in at`);
        usable = false;
        return;
      }
    }
    const value = typedValue(entry, noteZone);
    const kind = comparisonKind(value);
    if (!firstKind) firstKind = { kind, index };
    else if (kind !== firstKind.kind) {
      report(index, entry.at !== undefined ? "at" : "value", `found ${KIND_WORDS[kind]}; expected ${KIND_WORDS[firstKind.kind]}, as claims.${what}[${firstKind.index}] gives: all entries of one claim are of one type`);
      usable = false;
    }
    if (countsPeople(what)) {
      const figures = value.type === "number" ? [value.number] : value.type === "range" ? [value.min, value.max] : [];
      const fractional = figures.find((figure) => figure !== undefined && !Number.isInteger(figure));
      if (fractional !== undefined) {
        report(index, "value", `found ${fractional}; expected a whole number: "${what}" counts people`);
        usable = false;
      }
    }
    entries.push({
      value,
      shown: showValue(value),
      ...(value.type === "time" && value.zone !== displayZone ? { shownInDisplayZone: showTime(value, displayZone) } : {}),
      source: entry.source,
      ...(entry.as !== undefined ? { as: entry.as } : {}),
      ...(entry.quote !== undefined ? { quote: entry.quote } : {}),
    });
  });
  return { what, entries, disputed: usable && entries.length === fields.length && claimDisputed(entries.map((entry) => entry.value)) };
}

