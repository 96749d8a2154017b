/**
 * How ACLED's codes become ours (docs/importing-from-acled.md has the same table for people).
 * ACLED codes a day, never a time; its precisions are 1 (best) to 3. Pure.
 */
import type { Kind } from "../../notes/schema.ts";

type PlacePrecision = "exact" | "approximate" | "region";

/** event_type (and, for remote violence, sub_event_type) → our kind; undefined where we have none. */
export const EVENT_KINDS: Record<string, Kind | ((subEventType: string) => Kind)> = {
  Battles: "attack",
  "Violence against civilians": "attack",
  // An air or drone strike is a strike; shelling, missiles, IEDs and grenades are attacks.
  "Explosions/Remote violence": (subEventType) => (subEventType.trim().toLowerCase() === "air/drone strike" ? "strike" : "attack"),
  "Strategic developments": "statement",
};

/** ACLED event types that are not incidents of this site's kinds: refused with this reason. */
export const UNMAPPED_EVENT_TYPES: Record<string, string> = {
  Protests: "a protest is not one of the kinds here (attack, strike, statement, assessment)",
  Riots: "a riot is not one of the kinds here (attack, strike, statement, assessment)",
};

/**
 * time_precision → a tag saying how well ACLED knows the day. Our notes know a day at best (ACLED
 * gives no time), so every event is a day alone; a week or a month is said by a tag and in the text.
 */
export const TIME_PRECISIONS: Record<string, { tag?: string; words: string }> = {
  "1": { words: "the day is known" },
  "2": { tag: "acled-date-within-a-week", words: "ACLED dates this event only to within a week of this day" },
  "3": { tag: "acled-date-within-a-month", words: "ACLED dates this event only to within a month of this day" },
};

/** geo_precision → our place precision: 1 a town (its coordinates, not the site's), 2 near a town or part of a region, 3 a larger region. */
export const GEO_PRECISIONS: Record<string, PlacePrecision> = { "1": "approximate", "2": "approximate", "3": "region" };

/** Our kind for an ACLED row, or why there is none. */
export function kindOf(eventType: string, subEventType: string): { kind: Kind } | { problem: string } {
  const type = eventType.trim();
  const mapped = Object.hasOwn(EVENT_KINDS, type) ? EVENT_KINDS[type] : undefined;
  if (mapped) return { kind: typeof mapped === "function" ? mapped(subEventType) : mapped };
  if (Object.hasOwn(UNMAPPED_EVENT_TYPES, type)) return { problem: `found "${type}"; ${UNMAPPED_EVENT_TYPES[type]}` };
  return { problem: `found "${type}"; expected one of ${[...Object.keys(EVENT_KINDS), ...Object.keys(UNMAPPED_EVENT_TYPES)].join(", ")} (ACLED's event types)` };
}
