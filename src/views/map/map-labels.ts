/**
 * How names sit on a map: a place's name with its incidents' badges under it, a leader line's ends,
 * a reference city's name beside its dot. Where they go is label-placement.ts's concern. Pure.
 */
import { box, round1, textWidth, type Box } from "../layout/boxes.ts";
import { leaderLine, placeLabel } from "./label-placement.ts";
import type { Base } from "./map-base.ts";
import type { MapBadge, MapCity, MapIncident, MapLabel } from "./map-types.ts";
import { referenceCitiesIn } from "./reference-cities.ts";

/** Every text on a map, in SVG units (the main map is drawn at 0.895 on a 390 px phone: 11.2 px). */
export const TEXT_SIZE = 12.5;
const BADGE_HEIGHT = 18;
const BADGES_PER_ROW = 5;
const CITY_RADIUS = 2.5;
/** A name's line height, in ems: the text's box (ascent and descent) with room before the badges under it. */
export const LINE = 1.35;
const MAX_CITIES = 4;

export interface Block {
  name: string;
  /** Estimated: the real text may be a little narrower. */
  nameWidth: number;
  width: number;
  height: number;
  rows: { widths: number[]; width: number }[];
  here: MapIncident[];
}

/** A name with its incidents' badges in rows under it. */
export function labelBlock(name: string, nameSize: number, here: MapIncident[]): Block {
  // Estimated widths are rough: a margin keeps real text inside its box.
  const nameWidth = textWidth(name, nameSize, { bold: true }) * 1.06 + 2;
  const rows: { widths: number[]; width: number }[] = [];
  here.forEach((incident, index) => {
    if (index % BADGES_PER_ROW === 0) rows.push({ widths: [], width: 0 });
    rows.at(-1)!.widths.push(12 + 7.5 * String(incident.number).length);
  });
  for (const row of rows) row.width = row.widths.reduce((sum, w) => sum + w, 0) + 3 * (row.widths.length - 1);
  return { name, width: Math.max(nameWidth, ...rows.map((row) => row.width)), height: nameSize * LINE + rows.length * (BADGE_HEIGHT + 3), rows, nameWidth, here };
}

export function textAnchor(placed: Box, side: string): { x: number; anchor: "start" | "end" } {
  return side === "west" ? { x: round1(placed.x1), anchor: "end" } : { x: round1(placed.x0), anchor: "start" };
}

export function layOut(block: Block, placed: ReturnType<typeof placeLabel>, nameSize: number, mark: { x: number; y: number }): { label: MapLabel; badges: MapBadge[] } {
  const { x, anchor } = textAnchor(placed.box, placed.side);
  const badges: MapBadge[] = [];
  let index = 0;
  block.rows.forEach((row, r) => {
    let cursor = anchor === "end" ? placed.box.x1 - row.width : placed.box.x0;
    const top = placed.box.y0 + nameSize * LINE + r * (BADGE_HEIGHT + 3);
    for (const w of row.widths) {
      const incident = block.here[index++];
      badges.push({ number: incident.number, id: incident.id, url: incident.url, title: incident.title, disputed: incident.disputed, x: round1(cursor), y: round1(top), width: round1(w), height: BADGE_HEIGHT, textX: round1(cursor + w / 2), textY: round1(top + BADGE_HEIGHT * 0.72) });
      cursor += w + 3;
    }
  });
  const leader = placed.leader && leaderToBlock(mark, placed, block, nameSize);
  return { label: { x, y: round1(placed.box.y0 + nameSize), anchor, leader }, badges };
}

/**
 * A leader line ends where the label surely is: on the edge its text and badges start from, or on the
 * bottom badge row or the name's top, within what is drawn (estimated text widths run a little long).
 */
function leaderToBlock(mark: { x: number; y: number }, placed: ReturnType<typeof placeLabel>, block: Block, nameSize: number): MapLabel["leader"] {
  const { x0, y0, x1, y1 } = placed.box;
  const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));
  let target: { x: number; y: number };
  const fromStart = placed.side !== "west";
  const drawnWidth = (width: number) => Math.max(4, width);
  if (placed.side === "east" || placed.side === "west") {
    target = { x: fromStart ? x0 : x1, y: clamp(mark.y, y0 + 3, (block.rows.length ? y1 : y0 + nameSize) - 2) };
  } else {
    const lastRow = block.rows.at(-1);
    const width = placed.side === "north" && lastRow ? lastRow.width : block.nameWidth * 0.8;
    const y = placed.side === "north" ? (lastRow ? y1 - 3 : y0 + nameSize) : y0 + 3;
    target = { x: clamp(mark.x, x0 + 2, x0 + drawnWidth(width) - 2), y };
  }
  return leaderLine(mark.x, mark.y, box(target.x, target.y, 0, 0));
}

/** A leader line from a detail frame starts at the frame's edge, not inside it. */
export function clipToFrame(leader: NonNullable<MapLabel["leader"]>, frameBox: Box): MapLabel["leader"] {
  const { x1, y1, x2, y2 } = leader;
  let t = 0;
  for (let step = 0; step <= 50; step++) {
    const s = step / 50;
    const [x, y] = [x1 + (x2 - x1) * s, y1 + (y2 - y1) * s];
    if (x < frameBox.x0 || x > frameBox.x1 || y < frameBox.y0 || y > frameBox.y1) {
      t = s;
      break;
    }
  }
  return { x1: round1(x1 + (x2 - x1) * t), y1: round1(y1 + (y2 - y1) * t), x2, y2 };
}

/** A few reference cities, each with its name beside its dot, where they cover nothing. */
export function placeCities(base: Base, places: readonly { lat: number; lon: number }[], taken: Box[]): MapCity[] {
  const cities: MapCity[] = [];
  for (const city of referenceCitiesIn(base.bounds, places)) {
    if (cities.length >= MAX_CITIES) break;
    const [x, y] = base.projection([city.lon, city.lat])!;
    const dot = box(x - CITY_RADIUS - 1, y - CITY_RADIUS - 1, 2 * CITY_RADIUS + 2, 2 * CITY_RADIUS + 2);
    if (!(x > 4 && x < base.width - 4 && y > 4 && y < base.height - 4) || taken.some((other) => overlapsBox(dot, other))) continue;
    const width = textWidth(city.name, TEXT_SIZE) * 1.06 + 2;
    const placed = placeLabel({ x, y, reach: CITY_RADIUS + 3, width, height: TEXT_SIZE * LINE, firstLine: TEXT_SIZE * 0.6, maxStep: 8 }, taken, base.frame);
    if (!placed.clear || placed.leader) continue;
    taken.push(dot, placed.box);
    cities.push({ name: city.name, x: round1(x), y: round1(y), label: { ...textAnchor(placed.box, placed.side), y: round1(placed.box.y0 + TEXT_SIZE) } });
  }
  return cities;
}

const overlapsBox = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
