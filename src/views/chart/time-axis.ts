/**
 * A real time axis: whole days in the display zone, hour marks in that zone and UTC marks beside
 * them. Positions come from instants (milliseconds), so a DST change makes a 23- or 25-hour day.
 */
import { DateTime } from "luxon";

export interface TimeAxis {
  /** First and last instant shown (start of the first day, end of the last, in the display zone). */
  startMillis: number;
  endMillis: number;
  pxPerHour: number;
  /** x of the first instant. */
  left: number;
  x(millis: number): number;
}

export interface DayBand {
  day: string;
  label: string;
  x0: number;
  x1: number;
}

export interface Tick {
  x: number;
  label: string;
}

const HOUR = 3_600_000;

export function makeAxis(fromMillis: number, toMillis: number, zone: string, options: { left: number; width: number; minPxPerHour?: number; maxPxPerHour?: number }): TimeAxis {
  const start = DateTime.fromMillis(fromMillis, { zone }).startOf("day");
  let end = DateTime.fromMillis(toMillis, { zone }).startOf("day");
  if (end.toMillis() < toMillis || end.toMillis() === start.toMillis()) end = end.plus({ days: 1 });
  const hours = (end.toMillis() - start.toMillis()) / HOUR;
  const pxPerHour = Math.min(options.maxPxPerHour ?? 40, Math.max(options.minPxPerHour ?? 4, options.width / hours));
  const startMillis = start.toMillis();
  return {
    startMillis,
    endMillis: end.toMillis(),
    pxPerHour,
    left: options.left,
    x: (millis: number) => options.left + ((millis - startMillis) / HOUR) * pxPerHour,
  };
}

/** The display zone's days across the axis: "Thu 23 Mar". */
export function dayBands(axis: TimeAxis, zone: string, locale = "en-GB"): DayBand[] {
  const bands: DayBand[] = [];
  for (let day = DateTime.fromMillis(axis.startMillis, { zone }); day.toMillis() < axis.endMillis; day = day.plus({ days: 1 })) {
    const next = day.plus({ days: 1 });
    bands.push({ day: day.toISODate()!, label: day.setLocale(locale).toFormat("ccc d LLL"), x0: axis.x(day.toMillis()), x1: axis.x(next.toMillis()) });
  }
  return bands;
}

/** The smallest step (hours) whose marks are at least `minGap` px apart. */
export function tickStep(pxPerHour: number, minGap: number): number {
  return [1, 2, 3, 6, 12, 24].find((step) => step * pxPerHour >= minGap) ?? 24;
}

/** The zone's UTC offset in minutes when it is the same all across the axis (no clock change on it), else undefined. */
function steadyOffset(axis: TimeAxis, zone: string): number | undefined {
  const first = DateTime.fromMillis(axis.startMillis, { zone }).offset;
  // NOTE: clocks change at most once in 40 days, so the same offset at both ends means no change between them.
  if (axis.endMillis - axis.startMillis > 40 * 24 * HOUR || DateTime.fromMillis(axis.endMillis, { zone }).offset !== first) return undefined;
  return first;
}

/** Hour marks in `zone` (the display zone or UTC), every `step` hours of that zone's clock, leaving out midnight when `skipMidnight`. */
export function hourTicks(axis: TimeAxis, zone: string, step: number, options: { suffix?: string; skipMidnight?: boolean } = {}): Tick[] {
  const offset = steadyOffset(axis, zone);
  // Without a clock change, whole hours of the zone are whole hours of its wall clock: plain arithmetic, no date library per hour.
  if (offset !== undefined) {
    const ticks: Tick[] = [];
    const shift = offset * 60_000;
    for (let wall = Math.ceil((axis.startMillis + shift) / HOUR) * HOUR; wall - shift <= axis.endMillis; wall += HOUR) {
      const hour = new Date(wall).getUTCHours();
      if (hour % step !== 0) continue;
      if (options.skipMidnight && hour === 0) continue;
      ticks.push({ x: axis.x(wall - shift), label: `${String(hour).padStart(2, "0")}:00${options.suffix ?? ""}` });
    }
    return ticks;
  }
  const ticks: Tick[] = [];
  let hour = DateTime.fromMillis(axis.startMillis, { zone }).startOf("hour");
  if (hour.toMillis() < axis.startMillis) hour = hour.plus({ hours: 1 });
  for (; hour.toMillis() <= axis.endMillis; hour = hour.plus({ hours: 1 })) {
    if (hour.hour % step !== 0) continue;
    if (options.skipMidnight && hour.hour === 0) continue;
    ticks.push({ x: axis.x(hour.toMillis()), label: `${hour.toFormat("HH:mm")}${options.suffix ?? ""}` });
  }
  return ticks;
}
