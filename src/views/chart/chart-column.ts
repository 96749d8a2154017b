/**
 * The chart for a phone: time runs down, one narrow column per kind, and every label whole in a
 * column of its own on the right, joined to its mark by a leader. Labels are spread only as far as
 * they must be not to overlap, so each stays near its time; arrows stay among the marks, clear of
 * every label.
 */
import { DateTime } from "luxon";
import { KINDS, type Kind } from "../../notes/schema.ts";
import { round1 } from "../layout/boxes.ts";
import type { ChartArrow, ChartIncident, ChartLabel, MarkIncident } from "./chart-view.ts";
import { whenText } from "./chart-view.ts";
import type { Badge } from "../layout/boxes.ts";
import { placeLabel } from "./mark-label.ts";
import { dayBands, hourTicks, makeAxis, tickStep } from "./time-axis.ts";

export interface ColumnMark extends MarkIncident {
  /** Centre of the mark across, and the instant down (a day's start for a day alone). */
  cx: number;
  y: number;
  /** The drawn span or point. */
  shape: { x: number; y: number; width: number; height: number };
  leader: { x1: number; y1: number; x2: number; y2: number };
  badge: Badge;
  label: ChartLabel;
}

export interface ChartColumn {
  id: string;
  width: number;
  height: number;
  description: string;
  lanes: { kind: Kind; label: string; x0: number; x1: number; labelX: number; labelY: number }[];
  /** Right edge of the hour labels; right edge of the marks' columns; top of the time axis. */
  axisX: number;
  stripRight: number;
  top: number;
  bottom: number;
  days: { day: string; labelLines: string[]; y0: number; y1: number; height: number; shaded: boolean; labelY: number }[];
  breaks: { y0: number; y1: number; height: number; label: string; title: string; labelY: number }[];
  hourTicks: { y: number; label: string; labelY: number }[];
  marks: ColumnMark[];
  arrows: ChartArrow[];
}

/** Drawn at the column's width on a 390 px phone; it scales with narrower and wider ones. */
export const COLUMN_WIDTH = 358;
const AXIS = 44;
const HEADER = 96;
const SUB = 11;
const LANE_PAD = 2;
const LABEL_GAP = 6;
const RIGHT_PAD = 4;
const HOUR = 3_600_000;

type Span = { at: number; from: number; to: number };

export function buildChartColumn(
  incidents: readonly ChartIncident[],
  spans: ReadonlyMap<string, Span>,
  zone: string,
  options: { id: string; description: string; lanes: { kind: Kind; label: string }[] },
): ChartColumn {
  const top = HEADER + 8;
  // Each kind's column is split where its marks overlap in time (a dot taking an hour), so the columns' width is known before the axis's length.
  const lanes: ChartColumn["lanes"] = [];
  const packed: { incident: ChartIncident; cx: number }[] = [];
  let x = AXIS + 4;
  for (const { kind, label } of options.lanes) {
    const items = incidents
      .filter((incident) => incident.kind === kind)
      .map((incident) => {
        const span = spans.get(incident.id)!;
        return { incident, from: Math.min(span.from, span.at - HOUR / 2), to: Math.max(span.to, span.at + HOUR / 2) };
      })
      .sort((a, b) => a.from - b.from || a.incident.number - b.incident.number);
    const ends: number[] = [];
    const subs = items.map((item) => {
      let sub = ends.findIndex((end) => end <= item.from);
      if (sub === -1) sub = ends.push(-Infinity) - 1;
      ends[sub] = item.to;
      return sub;
    });
    const count = Math.max(1, ends.length);
    const x0 = x;
    const x1 = x0 + count * SUB + 2 * LANE_PAD;
    lanes.push({ kind, label, x0, x1, labelX: round1((x0 + x1) / 2 + 4), labelY: HEADER });
    items.forEach((item, i) => packed.push({ incident: item.incident, cx: x0 + LANE_PAD + subs[i] * SUB + SUB / 2 }));
    x = x1;
  }
  const stripRight = x;
  const labelsX = stripRight + 12;
  const labelRoom = COLUMN_WIDTH - RIGHT_PAD - labelsX;
  const heights = new Map(incidents.map((incident) => [incident.id, placeLabel(incident.number, incident.title, labelsX, 0, labelRoom, "right").label.box.y1]));

  // Room along the axis for every label and a quarter more, and on each day for the labels of what starts on it, so that labels stay near their marks.
  const needed = [...heights.values()].reduce((sum, height) => sum + height + LABEL_GAP, 0);
  const byDay = new Map<string, number>();
  for (const incident of incidents) {
    const day = DateTime.fromMillis(spans.get(incident.id)!.from, { zone }).toISODate()!;
    byDay.set(day, (byDay.get(day) ?? 0) + heights.get(incident.id)! + LABEL_GAP);
  }
  const busiestDay = Math.max(...byDay.values()) / 24;
  const axis = makeAxis([...spans.values()], zone, { left: top, width: Math.max(360, needed * 1.25), minPxPerHour: Math.max(1, busiestDay), maxPxPerHour: 40 });
  const bottom = axis.x(axis.endMillis);
  const placed = packed.map(({ incident, cx }) => {
    const span = spans.get(incident.id)!;
    const y = axis.x(span.at);
    return { incident, cx, y, y0: Math.min(axis.x(span.from), y), y1: Math.max(axis.x(span.to), y) };
  });

  // Timed labels first, each as near its mark as the others allow; then each day's label in the first free place from its day's start.
  const timed = placed.filter((item) => item.incident.precision !== "day").map((item) => ({ item, height: heights.get(item.incident.id)!, desired: Math.max(top, item.y - 8) }));
  timed.sort((a, b) => a.desired - b.desired || a.item.incident.number - b.item.incident.number);
  const timedTops = spreadApart(timed, LABEL_GAP, top);
  const wanted = timed.map((entry, i) => ({ ...entry, top: timedTops[i] }));
  const days = placed.filter((item) => item.incident.precision === "day").sort((a, b) => a.y0 - b.y0 || a.incident.number - b.incident.number);
  for (const item of days) {
    const height = heights.get(item.incident.id)!;
    wanted.push({ item, height, desired: item.y0, top: firstFreeTop(wanted, Math.max(top, item.y0), height, LABEL_GAP) });
  }
  wanted.sort((a, b) => a.top - b.top);
  const tops = wanted.map((entry) => entry.top);

  const marks: ColumnMark[] = wanted.map(({ item }, i) => {
    const { incident } = item;
    const { badge, label } = placeLabel(incident.number, incident.title, labelsX, tops[i], labelRoom, "right");
    const half = incident.precision === "day" ? 5 : 4;
    const shape =
      incident.precision === "exact"
        ? { x: round1(item.cx), y: round1(item.y), width: 0, height: 0 }
        : { x: round1(item.cx - half), y: round1(axis.x(spans.get(incident.id)!.from)), width: half * 2, height: round1(axis.x(spans.get(incident.id)!.to) - axis.x(spans.get(incident.id)!.from)) };
    const badgeMiddle = tops[i] + 8;
    const from = incident.precision === "day" ? { x: item.cx + half, y: clamp(badgeMiddle, shape.y + 2, shape.y + shape.height - 2) } : { x: item.cx + 6, y: item.y };
    return {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      url: incident.url,
      kind: incident.kind,
      precision: incident.precision,
      disputed: incident.disputed,
      when: whenText(incident.times),
      cx: round1(item.cx),
      y: round1(item.y),
      shape,
      leader: { x1: round1(from.x), y1: round1(from.y), x2: round1(labelsX - 3), y2: round1(badgeMiddle) },
      badge,
      label,
    };
  });
  marks.sort((a, b) => a.number - b.number);

  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  const arrows: ChartArrow[] = [];
  for (const incident of incidents) {
    for (const link of incident.related) {
      if (link.relation === "see-also") continue;
      const cause = byId.get(link.incident);
      const effect = byId.get(incident.id);
      if (cause && effect) arrows.push({ from: cause.id, to: effect.id, relation: link.relation, d: columnArrow(cause, effect) });
    }
  }
  arrows.sort((a, b) => byId.get(a.from)!.number - byId.get(b.from)!.number || byId.get(a.to)!.number - byId.get(b.to)!.number);

  const height = Math.ceil(Math.max(bottom, ...marks.map((mark) => mark.label.box.y1)) + 10);
  const step = tickStep(axis.pxPerHour, 44);
  const bands = dayBands(axis, zone);
  // An hour mark too near a day's name is left out.
  const dayStarts = bands.map((band) => band.x0);
  return {
    id: options.id,
    width: COLUMN_WIDTH,
    height,
    description: options.description,
    lanes,
    axisX: AXIS,
    stripRight,
    top,
    bottom: round1(bottom),
    days: bands.map((band, index) => {
      const [first, ...rest] = band.label.split(" ");
      return { day: band.day, labelLines: rest.length ? [first, rest.join(" ")] : [first], y0: round1(band.x0), y1: round1(band.x1), height: round1(band.x1 - band.x0), shaded: index % 2 === 1, labelY: round1(band.x0 + 14) };
    }),
    breaks: axis.breaks.map((gap) => ({ y0: round1(gap.x0), y1: round1(gap.x1), height: round1(gap.x1 - gap.x0), label: gap.label, title: gap.title, labelY: round1((gap.x0 + gap.x1) / 2 + 4) })),
    hourTicks: hourTicks(axis, zone, step, { skipMidnight: true })
      .filter((tick) => dayStarts.every((start) => tick.x - start > 32 || tick.x - start < -8))
      .map((tick) => ({ y: round1(tick.x), label: tick.label, labelY: round1(tick.x + 4) })),
    marks,
    arrows,
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Tops for boxes of the given heights, in the given order, `gap` apart and none above `min`: each
 * run of boxes that would overlap is moved as one, centred on where its boxes want to be.
 */
export function spreadApart(boxes: readonly { desired: number; height: number }[], gap: number, min: number): number[] {
  type Cluster = { first: number; last: number; top: number; size: number };
  const clusters: Cluster[] = [];
  const sizeOf = (first: number, last: number) => boxes.slice(first, last + 1).reduce((sum, b) => sum + b.height + gap, 0) - gap;
  const centredTop = (first: number, last: number) => {
    // Where the run wants its top: the mean of what each box wants, less what lies above it in the run.
    let offset = 0;
    let total = 0;
    for (let i = first; i <= last; i++) {
      total += boxes[i].desired - offset;
      offset += boxes[i].height + gap;
    }
    return Math.max(min, total / (last - first + 1));
  };
  boxes.forEach((b, i) => {
    clusters.push({ first: i, last: i, top: Math.max(min, b.desired), size: b.height });
    // Merge with the run above while they overlap.
    while (clusters.length > 1) {
      const current = clusters.at(-1)!;
      const above = clusters.at(-2)!;
      if (above.top + above.size + gap <= current.top) break;
      clusters.pop();
      above.last = current.last;
      above.size = sizeOf(above.first, above.last);
      above.top = centredTop(above.first, above.last);
    }
  });
  const tops: number[] = [];
  for (const cluster of clusters) {
    let y = cluster.top;
    for (let i = cluster.first; i <= cluster.last; i++) {
      tops.push(y);
      y += boxes[i].height + gap;
    }
  }
  return tops;
}

/** The first top at or below `from` where a box of `height` keeps `gap` from every box already `placed`. */
function firstFreeTop(placed: readonly { top: number; height: number }[], from: number, height: number, gap: number): number {
  let top = from;
  for (const box of [...placed].sort((a, b) => a.top - b.top)) {
    if (top + height + gap <= box.top) break;
    if (box.top + box.height + gap > top) top = box.top + box.height + gap;
  }
  return top;
}

/** A curve among the marks from cause to effect: leaving and meeting each mark on the side facing the other. */
function columnArrow(cause: ColumnMark, effect: ColumnMark): string {
  const end = (mark: ColumnMark, other: ColumnMark) => {
    if (mark.precision === "day") {
      const y = clamp(other.y, mark.shape.y + 4, mark.shape.y + mark.shape.height - 4);
      const left = other.cx <= mark.cx;
      return { x: left ? mark.shape.x - 1 : mark.shape.x + mark.shape.width + 1, y };
    }
    return { x: mark.cx, y: mark.y + (other.y >= mark.y ? 7 : -7) };
  };
  const s = end(cause, effect);
  const e = end(effect, cause);
  const middle = (s.y + e.y) / 2;
  // Marks in one column: the curve bows to the left of it rather than running over the marks between.
  const bow = Math.abs(s.x - e.x) < 2 ? -10 : 0;
  const c1 = bow ? { x: s.x + bow, y: s.y + (e.y - s.y) / 3 } : { x: s.x, y: middle };
  const c2 = bow ? { x: e.x + bow, y: e.y - (e.y - s.y) / 3 } : { x: e.x, y: middle };
  return `M${round1(s.x)} ${round1(s.y)}C${round1(c1.x)} ${round1(c1.y)} ${round1(c2.x)} ${round1(c2.y)} ${round1(e.x)} ${round1(e.y)}`;
}
