/** Instants as the exports write them: ISO 8601 without milliseconds. */
import { DateTime } from "luxon";

/** "2023-03-23T13:38:00+03:00": the note's own offset kept. */
export const noteIso = (instant: string) => DateTime.fromISO(instant, { setZone: true }).toISO({ suppressMilliseconds: true })!;

/** "2023-03-23T10:38:00Z" */
export const utcIso = (millis: number) => DateTime.fromMillis(millis, { zone: "UTC" }).toISO({ suppressMilliseconds: true })!;
