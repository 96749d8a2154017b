/**
 * Reading a note's `date`. YAML and Eleventy would turn `2023-03-23T13:38` into a UTC Date (three
 * hours wrong for Syria) and `2023-03-23` into UTC midnight; here the author's string is read with
 * luxon in the note's own zone, so neither can shift.
 */
import { DateTime } from "luxon";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

export const DATE_FORMS = "YYYY-MM-DD, YYYY-MM-DDTHH:MM (local time) or YYYY-MM-DDTHH:MM+03:00 / …Z (an instant)";

export interface NoteDate {
  /** The moment, in the note's zone; for a day alone, the start of that day. */
  instant: DateTime;
  /** false for a date alone: the time is not known. */
  hasTime: boolean;
  /** The calendar day as the author wrote it or as it falls in the note's zone. */
  localDay: string;
}

/** Returns why `date` is not a usable note date ("expected …"), or undefined when it is. */
export function checkNoteDate(date: string): string | undefined {
  if (!DAY.test(date) && !LOCAL_TIME.test(date) && !INSTANT.test(date)) return `expected ${DATE_FORMS}`;
  // luxon accepts any two-digit offset (+25:00, -12:60); real ones run from -12:00 to +14:00.
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(date);
  if (offset && (Number(offset[3]) > 59 || Number(offset[2]) * 60 + Number(offset[3]) > (offset[1] === "+" ? 14 * 60 : 12 * 60))) {
    return "expected a real UTC offset, from -12:00 to +14:00";
  }
  const parsed = DateTime.fromISO(date, { zone: "UTC", setZone: true });
  if (!parsed.isValid) return `expected a real calendar date and time (${parsed.invalidExplanation ?? parsed.invalidReason})`;
  return undefined;
}

/**
 * Returns why a local time (no offset) cannot be read in `zone`, or undefined when it can. Clocks that
 * jump forward skip a stretch of local times (02:30 on 2023-03-12 in New York never happened), and
 * luxon would silently move such a time an hour on.
 */
export function checkLocalTimeExists(date: string, zone: string): string | undefined {
  if (!LOCAL_TIME.test(date)) return undefined;
  const read = DateTime.fromISO(date, { zone });
  if (!read.isValid) return undefined;
  const wall = date.length > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm";
  if (read.toFormat(wall) !== date) return `expected a local time that occurs in ${zone} (its clocks moved forward over this one), or an instant with an offset`;
  // Clocks that go back show a stretch of local times twice (01:30 on 2023-11-05 in New York): luxon
  // would take one without a word, so the author says which, with an offset.
  // NOTE: only near a change of the zone's offset; where it is the same three hours before and after
  // (nearly every note), the readings below, a tenth of a 10,000-note build, cannot find a second.
  if (read.minus({ hours: 3 }).offset === read.offset && read.plus({ hours: 3 }).offset === read.offset) return undefined;
  const readings = [-3, -2, -1, 1, 2, 3]
    .map((hours) => read.plus({ hours: hours / 2 }))
    .map((near) => DateTime.fromISO(date, { zone: `UTC${near.toFormat("ZZ")}` }).setZone(zone))
    .filter((other) => other.toFormat(wall) === date);
  const instants = [...new Map([read, ...readings].map((other) => [other.toMillis(), other])).values()].sort((a, b) => a.toMillis() - b.toMillis());
  if (instants.length < 2) return undefined;
  const [first, second] = instants.map((other) => `"${date}${other.toFormat("ZZ")}"`);
  return `expected a local time that occurs once in ${zone}: its clocks went back over this one, so it happened twice; give the offset: ${first} (the first) or ${second} (the second)`;
}

/** Reads a date that passed `checkNoteDate` in `zone`; an explicit offset wins over the zone for the instant. */
export function parseNoteDate(date: string, zone: string): NoteDate {
  const hasTime = !DAY.test(date);
  const instant = INSTANT.test(date)
    ? DateTime.fromISO(date, { setZone: true }).setZone(zone)
    : DateTime.fromISO(date, { zone });
  if (!instant.isValid) throw new Error(`parseNoteDate: "${date}" in ${zone} is not valid; call checkNoteDate first`);
  return { instant, hasTime, localDay: hasTime ? instant.toISODate()! : date };
}
