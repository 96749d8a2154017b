/**
 * A real time axis: whole days in the display zone, hour marks in that zone and UTC marks beside
 * them. Positions come from instants (milliseconds), so a DST change makes a 23- or 25-hour day.
 * Days with nothing on them are cut out where a run of them is long: the axis is a row of segments
 * with a marked break between them, so its cost follows the incidents, never the span (a note
 * dated 1923 among notes of 2023 adds one break, not a century of days).
 */
import { DateTime } from "luxon";

export interface AxisSegment {
  startMillis: number;
  endMillis: number;
  /** x of startMillis. */
  left: number;
}

/** A stretch of empty days cut out of the axis, drawn as a narrow marked gap. */
export interface AxisBreak {
  x0: number;
  x1: number;
  /** Short, for the axis: "+100 y". */
  label: string;
  /** Whole, for a tooltip: "a gap of 36,524 days with nothing on them". */
  title: string;
}

export interface TimeAxis {
  /** First and last instant shown (start of the first day, end of the last, in the display zone). */
  startMillis: number;
  endMillis: number;
  pxPerHour: number;
  /** x of the first instant. */
  left: number;
  segments: AxisSegment[];
  breaks: AxisBreak[];
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
const DAY = 24 * HOUR;
/** Runs of empty days longer than this are cut out of the axis. */
export const MAX_EMPTY_DAYS = 3;
export const BREAK_WIDTH = 44;

/** The whole days (in `zone`) from the one holding `from` to the one holding `to`, as [start, end) instants. */
function wholeDays(from: number, to: number, zone: string): [number, number] {
  const start = DateTime.fromMillis(from, { zone }).startOf("day");
  let end = DateTime.fromMillis(to, { zone }).startOf("day");
  if (end.toMillis() < to || end.toMillis() === start.toMillis()) end = end.plus({ days: 1 });
  return [start.toMillis(), end.toMillis()];
}

function describeGap(millis: number): { label: string; title: string } {
  const days = Math.round(millis / DAY);
  const title = `a gap of ${days.toLocaleString("en-GB")} days with nothing on them`;
  if (days < 60) return { label: `+${days} d`, title };
  if (days < 730) return { label: `+${Math.round(days / 30.44)} mo`, title };
  return { label: `+${Math.round(days / 365.25)} y`, title };
}

/**
 * An axis over the given spans (instants in milliseconds): the days they cover, with each run of
 * more than MAX_EMPTY_DAYS empty days replaced by a break BREAK_WIDTH px wide.
 */
export function makeAxis(
  spans: readonly { from: number; to: number }[],
  zone: string,
  options: { left: number; width: number; minPxPerHour?: number; maxPxPerHour?: number },
): TimeAxis {
  const days = spans.map((span) => wholeDays(span.from, span.to, zone)).sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [start, end] of days) {
    const last = runs.at(-1);
    // The gap is measured in whole days of the zone: more than MAX_EMPTY_DAYS of them (and a DST hour) breaks the axis.
    if (last && start - last[1] <= MAX_EMPTY_DAYS * DAY + HOUR) last[1] = Math.max(last[1], end);
    else runs.push([start, end]);
  }
  const hours = runs.reduce((sum, [start, end]) => sum + (end - start) / HOUR, 0);
  const room = Math.max(options.width - (runs.length - 1) * BREAK_WIDTH, options.width / 2);
  const pxPerHour = Math.min(options.maxPxPerHour ?? 40, Math.max(options.minPxPerHour ?? 4, room / hours));
  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let left = options.left;
  runs.forEach(([start, end], index) => {
    if (index > 0) {
      breaks.push({ x0: left, x1: left + BREAK_WIDTH, ...describeGap(start - runs[index - 1][1]) });
      left += BREAK_WIDTH;
    }
    segments.push({ startMillis: start, endMillis: end, left });
    left += ((end - start) / HOUR) * pxPerHour;
  });
  const x = (millis: number) => {
    // The last segment starting at or before `millis` (binary search: charts hold thousands of marks).
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid].startMillis <= millis) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low];
    const within = Math.min(Math.max(millis, segment.startMillis), segment.endMillis);
    return segment.left + ((within - segment.startMillis) / HOUR) * pxPerHour;
  };
  return { startMillis: runs[0][0], endMillis: runs.at(-1)![1], pxPerHour, left: options.left, segments, breaks, x };
}

/** The display zone's days across the axis: "Thu 23 Mar". */
export function dayBands(axis: TimeAxis, zone: string, locale = "en-GB"): DayBand[] {
  // Across years (a break can span centuries) each day says its year.
  const format = DateTime.fromMillis(axis.startMillis, { zone }).year === DateTime.fromMillis(axis.endMillis - 1, { zone }).year ? "ccc d LLL" : "d LLL yyyy";
  const bands: DayBand[] = [];
  for (const segment of axis.segments) {
    for (let day = DateTime.fromMillis(segment.startMillis, { zone }); day.toMillis() < segment.endMillis; day = day.plus({ days: 1 })) {
      const next = day.plus({ days: 1 });
      bands.push({ day: day.toISODate()!, label: day.setLocale(locale).toFormat(format), x0: axis.x(day.toMillis()), x1: axis.x(next.toMillis()) });
    }
  }
  return bands;
}

/** The smallest step (hours) whose marks are at least `minGap` px apart. */
export function tickStep(pxPerHour: number, minGap: number): number {
  return [1, 2, 3, 6, 12, 24].find((step) => step * pxPerHour >= minGap) ?? 24;
}

/** The zone's UTC offset in minutes when it is the same all across the segment (no clock change on it), else undefined. */
function steadyOffset(segment: AxisSegment, zone: string): number | undefined {
  const first = DateTime.fromMillis(segment.startMillis, { zone }).offset;
  // NOTE: clocks change at most once in 40 days, so the same offset at both ends means no change between them.
  if (segment.endMillis - segment.startMillis > 40 * 24 * HOUR || DateTime.fromMillis(segment.endMillis, { zone }).offset !== first) return undefined;
  return first;
}

/** Hour marks in `zone` (the display zone or UTC), every `step` hours of that zone's clock, leaving out midnight when `skipMidnight`. */
export function hourTicks(axis: TimeAxis, zone: string, step: number, options: { suffix?: string; skipMidnight?: boolean } = {}): Tick[] {
  return axis.segments.flatMap((segment) => segmentTicks(axis, segment, zone, step, options));
}

function segmentTicks(axis: TimeAxis, segment: AxisSegment, zone: string, step: number, options: { suffix?: string; skipMidnight?: boolean }): Tick[] {
  const offset = steadyOffset(segment, zone);
  // Without a clock change, whole hours of the zone are whole hours of its wall clock: plain arithmetic, no date library per hour.
  if (offset !== undefined) {
    const ticks: Tick[] = [];
    const shift = offset * 60_000;
    for (let wall = Math.ceil((segment.startMillis + shift) / HOUR) * HOUR; wall - shift <= segment.endMillis; wall += HOUR) {
      const hour = new Date(wall).getUTCHours();
      if (hour % step !== 0) continue;
      if (options.skipMidnight && hour === 0) continue;
      ticks.push({ x: axis.x(wall - shift), label: `${String(hour).padStart(2, "0")}:00${options.suffix ?? ""}` });
    }
    return ticks;
  }
  const ticks: Tick[] = [];
  let hour = DateTime.fromMillis(segment.startMillis, { zone }).startOf("hour");
  if (hour.toMillis() < segment.startMillis) hour = hour.plus({ hours: 1 });
  for (; hour.toMillis() <= segment.endMillis; hour = hour.plus({ hours: 1 })) {
    if (hour.hour % step !== 0) continue;
    if (options.skipMidnight && hour.hour === 0) continue;
    ticks.push({ x: axis.x(hour.toMillis()), label: `${hour.toFormat("HH:mm")}${options.suffix ?? ""}` });
  }
  return ticks;
}
