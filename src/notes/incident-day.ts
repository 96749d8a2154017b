import type { NoteDate } from "./note-date.ts";
import type { Precision } from "./schema.ts";

/**
 * The day an incident is listed under. A timed incident falls on its date in the display zone
 * (02:40 in Damascus is Friday even if it was Thursday in Washington); a date alone is the author's
 * day as written, never shifted by a zone conversion.
 */
export function incidentDay(date: NoteDate, precision: Precision, displayZone: string): string {
  if (!date.hasTime || precision === "day") return date.localDay;
  return date.instant.setZone(displayZone).toISODate()!;
}
