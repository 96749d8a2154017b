/**
 * The sequence as a chart: one lane per kind on a real time axis. A mark's width is what is known of
 * its time: a dot for an exact time, a bar of ±APPROXIMATE_HOURS for an approximate one, the whole
 * day (in the note's own zone) for a day alone. Arrows lead from an incident to those that respond
 * to it or follow it. Plain numbers for a template to draw.
 */
import { DateTime } from "luxon";
import { KINDS, type Kind } from "../../notes/schema.ts";
import type { IncidentTimes } from "../../timeline/format-time.ts";
import { round1, textWidth } from "../layout/boxes.ts";
import { dayBands, hourTicks, makeAxis, tickStep, type AxisBreak, type DayBand, type Tick } from "./time-axis.ts";

// One window for an approximate time, here and where claimed times are compared.
import { APPROXIMATE_HOURS } from "../../notes/claim-agreement.ts";
export { APPROXIMATE_HOURS };

export interface ChartIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  kind: Kind;
  instant: string;
  zone: string;
  day: string;
  precision: "exact" | "approximate" | "day";
  disputed: boolean;
  times: IncidentTimes;
  related: { incident: string; relation: "responds-to" | "follows" | "see-also" }[];
}

export interface ChartMark {
  id: string;
  number: number;
  title: string;
  url: string;
  kind: Kind;
  precision: ChartIncident["precision"];
  disputed: boolean;
  /** The time as text, for the mark's tooltip and the list. */
  when: string;
  /** x of the instant (for a day alone, the start of the day). */
  x: number;
  /** The span drawn: equal to x for an exact time. */
  x0: number;
  x1: number;
  /** Centre line of the mark's row. */
  y: number;
  /** The drawn span (a bar) or point, ready for the template. */
  shape: { x: number; y: number; width: number; height: number; top: number; bottom: number };
  /** The numbered badge. */
  badge: { x: number; y: number; width: number; height: number; textX: number; textY: number };
  /** What it responds to or follows, for the list: "responds to 1". */
  causes: { label: string; number: number }[];
  /** Where the title is written, when it fits on a day bar. */
  caption?: { x: number; y: number; text: string };
}

export interface ChartLane {
  kind: Kind;
  label: string;
  y0: number;
  y1: number;
  /** Where the lane's name is written. */
  labelY: number;
}

export interface ChartArrow {
  from: string;
  to: string;
  relation: "responds-to" | "follows";
  d: string;
}

export interface ChartView {
  id: string;
  width: number;
  height: number;
  /** Width of the lane names' column, drawn apart so that it stays in view while the plot scrolls. */
  gutter: number;
  plotWidth: number;
  title: string;
  description: string;
  zone: string;
  lanes: ChartLane[];
  days: (DayBand & { labelX: number; width: number; shaded: boolean })[];
  /** Stretches of empty days cut out of the axis (time-axis.ts). */
  breaks: AxisBreak[];
  /** Hour marks in the display zone, along the top. */
  hourTicks: Tick[];
  /** Hour marks in UTC, along the bottom. */
  utcTicks: Tick[];
  marks: ChartMark[];
  arrows: ChartArrow[];
  /** y of the top of the lanes and of the bottom axis line. */
  plotTop: number;
  plotBottom: number;
  plotHeight: number;
  /** Where the day lines and the top/bottom axis marks end. */
  dayLineBottom: number;
  hourTickTop: number;
  utcTickBottom: number;
  dayLabelY: number;
  hourLabelY: number;
  utcLabelY: number;
}

const HOUR = 3_600_000;
export const CHART_TARGET_WIDTH = 660;
const GUTTER = 92;
const RIGHT_PAD = 8;
const ROW = 26;
const LANE_PAD = 6;
const BADGE_HEIGHT = 16;
const TOP = 40;
const BOTTOM_AXIS = 30;

const LANE_LABELS: Record<Kind, string> = { attack: "Attacks", strike: "Strikes", statement: "Statements", assessment: "Assessments" };

/** The instants an incident's time covers, in milliseconds. */
export function incidentSpan(incident: Pick<ChartIncident, "instant" | "zone" | "day" | "precision">): { at: number; from: number; to: number } {
  if (incident.precision === "day") {
    const start = DateTime.fromISO(incident.day, { zone: incident.zone });
    return { at: start.toMillis(), from: start.toMillis(), to: start.plus({ days: 1 }).toMillis() };
  }
  const at = DateTime.fromISO(incident.instant).toMillis();
  const margin = incident.precision === "approximate" ? APPROXIMATE_HOURS * HOUR : 0;
  return { at, from: at - margin, to: at + margin };
}

export function whenText(times: IncidentTimes): string {
  if (times.precision === "day") return `${times.local.date}, time not reported (${times.local.zone.split(",")[0]})`;
  const shown = times.display ?? times.local;
  const approx = times.precision === "approximate" ? ` (±${APPROXIMATE_HOURS} h)` : "";
  return `${shown.clock}${approx}, ${shown.date} (${shown.zone.split(",")[0]}); ${times.utc!.clock} UTC`;
}

export function buildChart(incidents: readonly ChartIncident[], displayZone: string, options: { id?: string } = {}): ChartView | undefined {
  if (incidents.length === 0) return undefined;
  const spans = new Map(incidents.map((incident) => [incident.id, incidentSpan(incident)]));
  const axis = makeAxis([...spans.values()], displayZone, { left: GUTTER, width: CHART_TARGET_WIDTH - GUTTER - RIGHT_PAD, minPxPerHour: 1 });
  const plotWidth = axis.x(axis.endMillis) - GUTTER;
  const width = Math.ceil(GUTTER + plotWidth + RIGHT_PAD);

  // Lanes, each packed into rows so that no two marks (with their badges) overlap.
  const lanes: ChartLane[] = [];
  const marks: ChartMark[] = [];
  let y = TOP;
  for (const kind of KINDS) {
    const inLane = incidents.filter((incident) => incident.kind === kind);
    const sized = inLane
      .map((incident) => {
        const span = spans.get(incident.id)!;
        const x = axis.x(span.at);
        const x0 = axis.x(span.from);
        const x1 = axis.x(span.to);
        const badgeWidth = 10 + 6.5 * String(incident.number).length;
        const inside = incident.precision === "day" && x1 - x0 >= badgeWidth + 8;
        const badgeX = inside ? x0 + 3 : Math.max(x1, x) + 6;
        return { incident, x, x0, x1, badgeX, badgeWidth, inside, right: Math.max(x1, badgeX + badgeWidth) + 6 };
      })
      .sort((a, b) => a.x0 - b.x0 || a.incident.number - b.incident.number);
    const rowEnds: number[] = [];
    const rows = sized.map((item) => {
      let row = rowEnds.findIndex((end) => end <= item.x0 - 2);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = item.right;
      return row;
    });
    const rowCount = Math.max(1, rowEnds.length);
    const lane: ChartLane = {
      kind,
      label: LANE_LABELS[kind],
      y0: y,
      y1: y + LANE_PAD * 2 + rowCount * ROW,
      labelY: round1(y + LANE_PAD + ROW / 2 + 4),
    };
    lanes.push(lane);
    sized.forEach((item, i) => {
      const rowY = y + LANE_PAD + rows[i] * ROW + ROW / 2;
      const { incident } = item;
      const badge = { x: round1(item.badgeX), y: round1(rowY - BADGE_HEIGHT / 2), width: item.badgeWidth, height: BADGE_HEIGHT, textX: round1(item.badgeX + item.badgeWidth / 2), textY: round1(rowY + 4) };
      // A day bar is wide enough to carry the start of the title after its number.
      const room = item.x1 - (item.badgeX + item.badgeWidth) - 12;
      const caption = item.inside && room > 40 ? { x: round1(item.badgeX + item.badgeWidth + 4), y: round1(rowY + 4), text: fitText(incident.title, room, 10.5) } : undefined;
      marks.push({
        id: incident.id,
        number: incident.number,
        title: incident.title,
        url: incident.url,
        kind,
        precision: incident.precision,
        disputed: incident.disputed,
        when: whenText(incident.times),
        x: round1(item.x),
        x0: round1(item.x0),
        x1: round1(item.x1),
        y: round1(rowY),
        shape: (() => {
          const h = incident.precision === "day" ? 18 : 8;
          return { x: round1(item.x0), y: round1(rowY - h / 2), width: round1(item.x1 - item.x0), height: h, top: round1(rowY - 7), bottom: round1(rowY + 7) };
        })(),
        badge,
        caption,
        causes: [],
      });
    });
    y = lane.y1;
  }
  marks.sort((a, b) => a.number - b.number);
  const plotBottom = y;
  const height = plotBottom + BOTTOM_AXIS;

  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  const arrows: ChartArrow[] = [];
  for (const incident of incidents) {
    for (const link of incident.related) {
      if (link.relation === "see-also") continue;
      const cause = byId.get(link.incident);
      const effect = byId.get(incident.id);
      if (!cause || !effect) continue;
      arrows.push({ from: cause.id, to: effect.id, relation: link.relation, d: arrowPath(cause, effect) });
      effect.causes.push({ label: link.relation === "responds-to" ? "responds to" : "follows", number: cause.number });
    }
  }
  arrows.sort((a, b) => byId.get(a.from)!.number - byId.get(b.from)!.number || byId.get(a.to)!.number - byId.get(b.to)!.number);

  // Over a long span days get narrow: then only every n-th day is named.
  const everyNth = Math.max(1, Math.ceil(72 / (24 * axis.pxPerHour)));
  const days = dayBands(axis, displayZone).map((band, index) => ({
    ...band,
    label: index % everyNth === 0 ? band.label : "",
    x0: round1(band.x0),
    x1: round1(band.x1),
    width: round1(band.x1 - band.x0),
    labelX: round1(band.x0 + 4),
    shaded: index % 2 === 1,
  }));
  const step = tickStep(axis.pxPerHour, 44);
  const utcStep = tickStep(axis.pxPerHour, 56);
  const first = DateTime.fromMillis(axis.startMillis, { zone: displayZone });
  const last = DateTime.fromMillis(axis.endMillis - 1, { zone: displayZone });
  const count = incidents.length;
  return {
    id: options.id ?? "chart",
    width,
    height,
    gutter: GUTTER,
    plotWidth: width - GUTTER,
    title: `Chart of the sequence: ${count} ${count === 1 ? "incident" : "incidents"}, ${first.setLocale("en-GB").toFormat(first.year === last.year ? "cccc d LLLL" : "cccc d LLLL yyyy")} to ${last.setLocale("en-GB").toFormat("cccc d LLLL yyyy")}`,
    description:
      `Time runs left to right in ${displayZone} time, with UTC marked along the bottom; one lane per kind of incident. ` +
      (axis.breaks.length > 0 ? `Long stretches with no incident are cut out of the axis and marked with the time they span. ` : "") +
      `A dot is an exact time, a short bar an approximate time (±${APPROXIMATE_HOURS} hour), a long bar a day whose time was not reported. ` +
      `Arrows lead from an incident to those that respond to it (solid) or follow it (dashed). Numbers are incidents in timeline order; each links to the incident.`,
    zone: displayZone,
    lanes,
    days,
    breaks: axis.breaks.map((gap) => ({ ...gap, x0: round1(gap.x0), x1: round1(gap.x1) })),
    // A mark whose label would be cut by an edge is left out.
    hourTicks: hourTicks(axis, displayZone, step, { skipMidnight: true })
      .filter((tick) => tick.x - 16 >= GUTTER && tick.x + 16 <= width)
      .map((tick) => ({ ...tick, x: round1(tick.x) })),
    utcTicks: hourTicks(axis, "UTC", utcStep, { suffix: " UTC" })
      .filter((tick) => tick.x - 30 >= GUTTER && tick.x + 30 <= width)
      .map((tick) => ({ ...tick, x: round1(tick.x) })),
    marks,
    arrows,
    plotTop: TOP,
    plotBottom,
    plotHeight: plotBottom - TOP,
    dayLineBottom: plotBottom + 6,
    hourTickTop: 34,
    utcTickBottom: plotBottom + 5,
    dayLabelY: 14,
    hourLabelY: 31,
    utcLabelY: plotBottom + 18,
  };
}

/** A curve from the cause to the effect, meeting each mark at the nearest point of its span. */
function arrowPath(cause: ChartMark, effect: ChartMark): string {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  const sx = cause.precision === "day" ? clamp(effect.x0, cause.x0 + 4, cause.x1 - 4) : cause.x;
  const ex = effect.precision === "day" ? clamp(sx, effect.x0 + 4, effect.x1 - 4) : effect.x;
  const down = effect.y > cause.y;
  const same = Math.abs(effect.y - cause.y) < 1;
  const reach = (mark: ChartMark) => (mark.precision === "day" ? 8 : 5);
  const sy = same ? cause.y - reach(cause) : cause.y + (down ? reach(cause) : -reach(cause));
  const ey = same ? effect.y - reach(effect) - 1 : effect.y + (down ? -reach(effect) - 1 : reach(effect) + 1);
  const cx = (sx + ex) / 2;
  const cy = same ? Math.min(sy, ey) - 18 : (sy + ey) / 2 - Math.min(40, Math.abs(ex - sx) * 0.15);
  return `M${round1(sx)} ${round1(sy)}Q${round1(cx)} ${round1(cy)} ${round1(ex)} ${round1(ey)}`;
}

/** The text cut to fit `width` px, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
