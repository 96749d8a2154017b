/**
 * Where a map's labels go: each label block (a name, perhaps badges under it) tries spots around its
 * mark, nearest first, and takes the best one that covers no other label, mark or badge and lies
 * whole inside the frame. A label set away from its mark gets a leader line back to it. Pure.
 */
import { box, outsideArea, overlapArea, round1, type Box } from "../layout/boxes.ts";

export type Side = "east" | "west" | "north" | "south";

export interface Placement {
  box: Box;
  side: Side;
  /** From next to the mark to the nearest point of the label, when the label is set away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** False when every spot covered something: the least bad one was taken. */
  clear: boolean;
}

export interface LabelRequest {
  /** The mark: its centre, and how far from it a label may start (its radius and a gap). */
  x: number;
  y: number;
  reach: number;
  width: number;
  height: number;
  /** Where the name line sits in the block, from its top: a block beside its mark centres this line on it. */
  firstLine: number;
  /** How far the label may move away (a reference city stays next to its dot). */
  maxStep?: number;
  /** Other marks: a label without a leader line must lie nearer its own mark than any of these, or it names the wrong one. */
  rivals?: readonly { x: number; y: number }[];
}

/** Labels keep this far apart from each other and from marks. */
const GAP = 2;
/** Further than this from its mark, a label is joined to it by a leader line. */
export const LEADER_GAP = 14;
const STEPS = [0, 8, 18, 30, 44, 60, 80, 104];

/**
 * The best spot for a label: clear of `taken` (hard) and inside `frame`, nearest first, with `soft`
 * boxes (other places' circles) avoided when that costs little. A leader line may pass beside other
 * marks but never through `leaderAvoids`: by default every box of `taken`.
 */
export function placeLabel(request: LabelRequest, taken: readonly Box[], frame: Box, soft: readonly Box[] = [], leaderAvoids: readonly Box[] = taken): Placement {
  const { x, y, reach, width: w, height: h, firstLine } = request;
  const maxStep = request.maxStep ?? Infinity;
  let best: { placement: Placement; cost: number } | undefined;
  let leastBad: { placement: Placement; cost: number } | undefined;
  for (const step of STEPS) {
    if (step > maxStep) break;
    const d = reach + step;
    const diagonal = d * 0.72;
    const candidates: [Side, number, number, number][] = [
      ["east", x + d, y - firstLine, 0],
      ["west", x - d - w, y - firstLine, 1],
      ["east", x + diagonal, y - diagonal - h, 2],
      ["east", x + diagonal, y + diagonal, 2],
      ["west", x - diagonal - w, y - diagonal - h, 3],
      ["west", x - diagonal - w, y + diagonal, 3],
      ["north", x - w / 2, y - d - h, 4],
      ["south", x - w / 2, y + d, 4],
      ["east", x + d, y - h / 2, 1],
      ["west", x - d - w, y - h / 2, 2],
    ];
    for (const [side, cx, cy, preference] of candidates) {
      const candidate = box(cx, cy, w, h);
      const own = gapTo(x, y, candidate);
      const leader = own > LEADER_GAP ? leaderLine(x, y, candidate) : undefined;
      const ambiguous = !leader && (request.rivals ?? []).some((rival) => gapTo(rival.x, rival.y, candidate) <= own + 2);
      const padded = inflate(candidate, GAP);
      const blocked =
        taken.reduce((sum, other) => sum + overlapArea(padded, other), 0) +
        outsideArea(candidate, frame) +
        (leader ? leaderAvoids.filter((other) => segmentCrosses(leader, other)).length * 200 : 0) +
        (ambiguous ? 100 : 0);
      const cost = step * 2 + preference + soft.reduce((sum, other) => sum + overlapArea(candidate, other), 0) * 0.02;
      const placement = { box: candidate, side, leader, clear: blocked === 0 };
      if (blocked === 0 && (!best || cost < best.cost)) best = { placement, cost };
      if (!leastBad || blocked * 100 + cost < leastBad.cost) leastBad = { placement, cost: blocked * 100 + cost };
    }
    // Further spots only cost more; once a clear one is found at this distance, it is the answer.
    if (best) return best.placement;
  }
  return best?.placement ?? leastBad!.placement;
}

/** How far the nearest point of `target` lies from (x, y). */
export function gapTo(x: number, y: number, target: Box): number {
  const dx = Math.max(target.x0 - x, 0, x - target.x1);
  const dy = Math.max(target.y0 - y, 0, y - target.y1);
  return Math.hypot(dx, dy);
}

/** A line from just beside the mark at (x, y) to the nearest point of the label. */
export function leaderLine(x: number, y: number, label: Box) {
  const tx = Math.min(Math.max(x, label.x0), label.x1);
  const ty = Math.min(Math.max(y, label.y0), label.y1);
  const length = Math.hypot(tx - x, ty - y) || 1;
  const start = 3;
  return { x1: round1(x + ((tx - x) / length) * start), y1: round1(y + ((ty - y) / length) * start), x2: round1(tx), y2: round1(ty) };
}

export const inflate = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentCrosses(segment: { x1: number; y1: number; x2: number; y2: number }, target: Box): boolean {
  const { x1, y1, x2, y2 } = segment;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let low = 0;
  let high = 1;
  for (const [p, q] of [
    [-dx, x1 - target.x0],
    [dx, target.x1 - x1],
    [-dy, y1 - target.y0],
    [dy, target.y1 - y1],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low > high) return false;
  }
  // Touching the box only at the segment's very end (the label it leads to) is not crossing.
  return high - low > 0.02;
}
