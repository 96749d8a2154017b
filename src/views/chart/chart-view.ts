/**
 * The sequence as a chart: one lane per kind on a real time axis, drawn at the column's width. A
 * mark's width is what is known of its time: a dot for an exact time, a bar of ±APPROXIMATE_HOURS for
 * an approximate one, an outlined band over the whole day (in the note's own zone) for a day alone.
 * Every mark carries its number and whole title, wrapped beside it or inside its band; rows are
 * packed so that no two labels meet, and arrows (to what responds to or follows an incident) are
 * routed around the labels. A phone gets the same incidents with time running down (chart-column.ts).
 * Plain numbers for a template to draw.
 */
import { DateTime } from "luxon";
import { KINDS, type Kind } from "../../notes/schema.ts";
import type { IncidentTimes } from "../../timeline/format-time.ts";
import { round1, type Box } from "../layout/boxes.ts";
import { buildChartColumn, type ChartColumn } from "./chart-column.ts";
import { BADGE_HEIGHT, badgeWidth, labelHeight, placeLabel } from "./mark-label.ts";
import { roundedPath, routeAround, type End } from "./route-arrow.ts";
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

/** A title written whole beside or inside its mark: its number in a badge, then the title wrapped into lines. */
export interface ChartLabel {
  /** x where every line starts (or ends, for `anchor` "end"); y of the first line's baseline. */
  x: number;
  y: number;
  anchor: "start" | "end";
  lines: string[];
  /** Line to line, px. */
  lineHeight: number;
  /** What the badge and the lines cover (estimated), kept clear of arrows and other labels. */
  box: Box;
}

/** Which incident a mark stands for, in either drawing (the wide chart, the phone's column). */
export interface MarkIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  kind: Kind;
  precision: ChartIncident["precision"];
  disputed: boolean;
  /** The time as text, for the mark's tooltip and the list. */
  when: string;
}

export interface ChartMark extends MarkIncident {
  /** x of the instant (for a day alone, the start of the day). */
  x: number;
  /** The span drawn: equal to x for an exact time. */
  x0: number;
  x1: number;
  /** Centre line of the mark (a dot or a short bar); a day's band runs from shape.y over shape.height. */
  y: number;
  /** The drawn span (a bar or a band) or point, ready for the template. */
  shape: { x: number; y: number; width: number; height: number; top: number; bottom: number };
  /** The numbered badge. */
  badge: { x: number; y: number; width: number; height: number; textX: number; textY: number };
  label: ChartLabel;
  /** What it responds to or follows, for the list: "responds to 1". */
  causes: { label: string; number: number }[];
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
  /** True when the chart is drawn at the column's width (it then scales with it, and a phone shows `column`); false when it is wider or larger, and scrolls. */
  fits: boolean;
  /** The gutter's and the plot's share of the width, in percent, for a chart that fits. */
  gutterShare: number;
  plotShare: number;
  title: string;
  description: string;
  zone: string;
  /** The zone as the axis names it, its last part ("Damascus" for Asia/Damascus): the whole name would not fit beside the hours. */
  zoneLabel: string;
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
  /** The same incidents with time running down, for a phone (chart-column.ts), up to COLUMN_LIMIT of them. */
  column?: ChartColumn;
}

const HOUR = 3_600_000;
/** The column's width at 1280 px (44rem less its padding and the chart's border): the chart is drawn at it, so it shows at its own size there. */
export const CHART_TARGET_WIDTH = 670;
/**
 * Up to this many incidents a phone gets its own drawing, time running down. It doubles the chart's
 * weight, so a fuller page (a timeline page holds 30) shows its list first on a phone and the wide
 * chart after it, scrolling sideways at its own size (docs/performance.md: pages stay under 100 kB).
 */
export const COLUMN_LIMIT = 15;
const GUTTER = 92;
const RIGHT_PAD = 8;
const TOP = 40;
const BOTTOM_AXIS = 30;
/** Space around a lane's rows, between rows (a channel for arrows) and between the marks of a row. */
const LANE_PAD = 4;
const ROW_GAP = 10;
const MARK_GAP = 14;
/** Inside a row: from its top to a label's top. */
const ROW_PAD = 4;
/** Widest a label's lines run beside a timed mark; narrower than this room and the label goes to the mark's left. */
const LABEL_WIDTH = 200;
const MIN_LABEL_WIDTH = 110;
/** Inside a day's band a label wraps to the band; below this width it goes beside the band instead. */
const MIN_BAND_LABEL = 70;

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
  // Labels may run into the right padding, never past the edge.
  const labelRight = width - 2;

  // Lanes, each packed into rows so that no two marks with their labels overlap.
  const lanes: ChartLane[] = [];
  const marks: ChartMark[] = [];
  let y = TOP;
  for (const kind of KINDS) {
    const sized = incidents
      .filter((incident) => incident.kind === kind)
      .map((incident) => {
        const span = spans.get(incident.id)!;
        const item = { incident, x: axis.x(span.at), x0: axis.x(span.from), x1: axis.x(span.to) };
        const placement = labelPlacement(item, labelRight);
        const { label } = placeLabel(incident.number, incident.title, placement.edge, 0, placement.room, placement.side);
        return { ...item, placement, height: label.box.y1 + 2 * ROW_PAD, left: Math.min(item.x0, label.box.x0), right: Math.max(item.x1, label.box.x1) };
      })
      .sort((a, b) => a.left - b.left || a.incident.number - b.incident.number);
    const rowEnds: number[] = [];
    const rowHeights: number[] = [];
    const rows = sized.map((item) => {
      let row = rowEnds.findIndex((end) => end + MARK_GAP <= item.left);
      if (row === -1) row = rowEnds.push(-Infinity) - 1;
      rowEnds[row] = item.right;
      rowHeights[row] = Math.max(rowHeights[row] ?? 0, item.height);
      return row;
    });
    if (rowHeights.length === 0) rowHeights.push(labelHeight(1) + 2 * ROW_PAD);
    const rowTops = rowHeights.map((_, row) => y + LANE_PAD + rowHeights.slice(0, row).reduce((sum, height) => sum + height + ROW_GAP, 0));
    const lane: ChartLane = {
      kind,
      label: LANE_LABELS[kind],
      y0: y,
      y1: rowTops.at(-1)! + rowHeights.at(-1)! + LANE_PAD,
      labelY: round1(rowTops[0] + ROW_PAD + 12),
    };
    lanes.push(lane);
    sized.forEach((item, i) => {
      const rowTop = rowTops[rows[i]];
      const { incident, placement } = item;
      const { badge, label } = placeLabel(incident.number, incident.title, placement.edge, rowTop + ROW_PAD, placement.room, placement.side);
      // A day's band holds its label when it is wide enough; a timed mark stands level with its badge.
      const markY = incident.precision === "day" ? rowTop + item.height / 2 : rowTop + ROW_PAD + BADGE_HEIGHT / 2;
      const shape =
        incident.precision === "day"
          ? { x: round1(item.x0), y: round1(rowTop), width: round1(item.x1 - item.x0), height: round1(item.height), top: round1(rowTop), bottom: round1(rowTop + item.height) }
          : { x: round1(item.x0), y: round1(markY - 4), width: round1(item.x1 - item.x0), height: 8, top: round1(markY - 7), bottom: round1(markY + 7) };
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
        y: round1(markY),
        shape,
        badge,
        label,
        causes: [],
      });
    });
    y = lane.y1;
  }
  marks.sort((a, b) => a.number - b.number);
  const plotBottom = y;
  const height = plotBottom + BOTTOM_AXIS;

  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  const labels = marks.map((mark) => mark.label.box);
  const outlines = marks.map((mark) => (mark.precision === "day" ? { x0: mark.shape.x, y0: mark.shape.top, x1: mark.shape.x + mark.shape.width, y1: mark.shape.bottom } : { x0: mark.x0 - 5, y0: mark.shape.top, x1: mark.x1 + 5, y1: mark.shape.bottom }));
  const bounds = { x0: GUTTER, y0: TOP, x1: width, y1: plotBottom };
  const arrows: ChartArrow[] = [];
  for (const incident of incidents) {
    for (const link of incident.related) {
      if (link.relation === "see-also") continue;
      const cause = byId.get(link.incident);
      const effect = byId.get(incident.id);
      if (!cause || !effect) continue;
      const route = routeAround(arrowEnds(cause), arrowEnds(effect), labels, bounds, outlines.filter((_, i) => marks[i] !== cause && marks[i] !== effect));
      arrows.push({ from: cause.id, to: effect.id, relation: link.relation, d: route ? roundedPath(route) : straightPath(cause, effect) });
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
  const marksText = `A dot is an exact time, a short bar an approximate time (±${APPROXIMATE_HOURS} hour), an outlined band a day whose time was not reported. `;
  const arrowsText = `Arrows lead from an incident to those that respond to it (solid) or follow it (dashed). Numbers are incidents in timeline order; each links to the incident.`;
  const id = options.id ?? "chart";
  const column =
    count <= COLUMN_LIMIT
      ? buildChartColumn(incidents, spans, displayZone, {
          id: `${id}-column`,
          description: `Time runs down in ${displayZone} time; one column per kind of incident, each mark joined to its label. ` + marksText + arrowsText,
          lanes: KINDS.map((kind) => ({ kind, label: LANE_LABELS[kind] })),
        })
      : undefined;
  const fits = width <= CHART_TARGET_WIDTH && column !== undefined;
  return {
    id,
    width,
    height,
    gutter: GUTTER,
    plotWidth: width - GUTTER,
    fits,
    gutterShare: round3((GUTTER / width) * 100),
    plotShare: round3(((width - GUTTER) / width) * 100),
    title: `Chart of the sequence: ${count} ${count === 1 ? "incident" : "incidents"}, ${first.setLocale("en-GB").toFormat(first.year === last.year ? "cccc d LLLL" : "cccc d LLLL yyyy")} to ${last.setLocale("en-GB").toFormat("cccc d LLLL yyyy")}`,
    description:
      `Time runs left to right in ${displayZone} time, with UTC marked along the bottom; one lane per kind of incident. ` +
      (axis.breaks.length > 0 ? `Long stretches with no incident are cut out of the axis and marked with the time they span. ` : "") +
      marksText +
      arrowsText,
    zone: displayZone,
    zoneLabel: displayZone.split("/").at(-1)!.replace(/_/g, " "),
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
    column,
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Where a mark's label goes: inside a day's band when the band is wide enough, else beside the
 * mark, on its right unless the chart's edge leaves too little room there.
 */
function labelPlacement(item: { incident: ChartIncident; x0: number; x1: number }, labelRight: number): { edge: number; room: number; side: "right" | "left" } {
  const { incident, x0, x1 } = item;
  if (incident.precision === "day" && x1 - x0 - 8 >= MIN_BAND_LABEL + badgeWidth(incident.number)) return { edge: x0 + 4, room: x1 - x0 - 8, side: "right" };
  const right = Math.min(LABEL_WIDTH, labelRight - (x1 + 6));
  const left = Math.min(LABEL_WIDTH, x0 - 6 - (GUTTER + 2));
  return right >= MIN_LABEL_WIDTH || right >= left ? { edge: x1 + 6, room: right, side: "right" } : { edge: x0 - 6, room: left, side: "left" };
}

/** Where an arrow may leave or meet a mark: above or below a dot or bar (or on its free side), square to the top or bottom edge of a band. */
function arrowEnds(mark: ChartMark): End[] {
  if (mark.precision === "day") {
    const ends: End[] = [];
    for (let x = mark.x0 + 6; x <= mark.x1 - 6; x += 6) {
      ends.push({ x, y: mark.shape.top - 7, edge: { x, y: mark.shape.top - 1 } }, { x, y: mark.shape.bottom + 7, edge: { x, y: mark.shape.bottom + 1 } });
    }
    return ends;
  }
  const side = mark.label.anchor === "start" ? { x: mark.x0 - 8, y: mark.y } : { x: mark.x1 + 8, y: mark.y };
  return [{ x: mark.x, y: mark.shape.top - 1 }, { x: mark.x, y: mark.shape.bottom + 1 }, side];
}

/** The fallback when labels leave no way round: a straight line between the marks. */
function straightPath(cause: ChartMark, effect: ChartMark): string {
  return `M${cause.x} ${cause.y}L${effect.x} ${effect.y}`;
}
