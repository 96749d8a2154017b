/** How an incident's time reads: honest about precision, local and UTC side by side. */
import { DateTime } from "luxon";
import { remembering } from "../site/remember.ts";
import type { Incident } from "../notes/content.ts";

export interface ShownTime {
  /** e.g. "about 08:05", "02:40", or "time not reported" */
  clock: string;
  /** e.g. "Friday 24 March 2023" */
  date: string;
  /** e.g. "Asia/Damascus, UTC+3"; for a day alone, the zone whose calendar day it is */
  zone: string;
}

export interface IncidentTimes {
  /** ISO 8601 instant for `<time datetime>`; a bare date for a day alone. */
  datetime: string;
  /** In the note's own zone. */
  local: ShownTime;
  /** In the site's display zone, when it differs from the note's zone and the time is known. */
  display?: ShownTime;
  /** In UTC, when the time is known. */
  utc?: ShownTime;
  precision: Incident["precision"];
}

export function offsetLabel(dateTime: DateTime): string {
  const minutes = dateTime.offset;
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "\u2212";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/** "Friday 24 March 2023" for a YYYY-MM-DD day. */
export function longDate(day: string, locale = "en-GB"): string {
  return longDates(`${locale} ${day}`);
}
// NOTE: luxon takes tens of microseconds a date; the dev server shows the same few thousand days after every save.
const longDates = remembering((key) => {
  const [locale, day] = key.split(" ");
  return DateTime.fromISO(day, { zone: "UTC" }).setLocale(locale).toFormat("cccc d LLLL yyyy");
});

function shown(dateTime: DateTime, precision: Incident["precision"], label: string, locale: string): ShownTime {
  const clock = dateTime.toFormat("HH:mm");
  return {
    clock: precision === "approximate" ? `about ${clock}` : clock,
    date: dateTime.setLocale(locale).toFormat("cccc d LLLL yyyy"),
    zone: label,
  };
}

export function incidentTimes(incident: Incident, displayZone: string, locale = "en-GB"): IncidentTimes {
  const local = DateTime.fromISO(incident.instant, { setZone: true }).setZone(incident.zone);
  if (incident.precision === "day") {
    return {
      datetime: incident.day,
      local: { clock: "time not reported", date: longDate(incident.day, locale), zone: incident.zone },
      precision: incident.precision,
    };
  }
  const utc = local.toUTC();
  const display = local.setZone(displayZone);
  return {
    datetime: utc.toISO({ suppressMilliseconds: true })!,
    local: shown(local, incident.precision, `${incident.zone}, ${offsetLabel(local)}`, locale),
    display: incident.zone === displayZone ? undefined : shown(display, incident.precision, `${displayZone}, ${offsetLabel(display)}`, locale),
    utc: shown(utc, incident.precision, "UTC", locale),
    precision: incident.precision,
  };
}
