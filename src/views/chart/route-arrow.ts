/**
 * Arrows that go around labels: a shortest path with few bends on a grid of CELL px, where every
 * cell touching a label (with a margin) is closed. The result is a line of right angles with
 * rounded corners, ready for an SVG path.
 */
import type { Box } from "../layout/boxes.ts";
import { round1 } from "../layout/boxes.ts";

export interface Point {
  x: number;
  y: number;
}

/** Where a path may begin or end; `edge`, when given, is the mark's edge a last straight leg reaches from it (a band's label sits too near its edge for the grid). */
export interface End extends Point {
  edge?: Point;
}

const CELL = 4;
/** Clearance kept from a label's box; more than half a cell, so snapping a corner to an end stays clear. */
const MARGIN = 3;
/** A bend costs as much as this many cells of length: paths run straight where they can. */
const BEND = 6;
const CORNER = 4;
/** What a cell along a band's outline or on another mark costs: an arrow may cross one but does not run along it. */
const ALONG = 5;
const DIRS: readonly [number, number][] = [[1, 0], [-1, 0], [0, 1], [0, -1]];

/** A min-heap of numbers keyed by priority (the grid search's open set). NOTE: swaps by hand: a destructuring swap made two arrays per step. */
class Heap {
  private keys: number[] = [];
  private values: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, value: number) {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }
  pop(): number {
    const { keys, values } = this;
    const top = values[0];
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    const size = keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && keys[right] < keys[left] ? right : left;
        if (keys[child] >= lastKey) break;
        keys[i] = keys[child];
        values[i] = values[child];
        i = child;
      }
      keys[i] = lastKey;
      values[i] = lastValue;
    }
    return top;
  }
}

/**
 * The search's arrays, kept from one arrow to the next: a chart routes dozens of arrows on grids of
 * 150,000 states, and arrays made and filled for each were a tenth of a 10,000-note build (most of
 * it collecting them). `visited[state] === search` marks what this search has set.
 */
let buffers = { cost: new Float64Array(0), previous: new Int32Array(0), visited: new Uint32Array(0), search: 0 };
function scratch(states: number) {
  if (buffers.cost.length < states || buffers.search === 0xffffffff) {
    buffers = { cost: new Float64Array(states), previous: new Int32Array(states), visited: new Uint32Array(states), search: 0 };
  }
  buffers.search++;
  return buffers;
}

/**
 * The corners of a path from one of `starts` to one of `ends` inside `bounds` that keeps MARGIN px
 * from every box in `obstacles` and shuns the outlines of `outlined` boxes; undefined when none exists.
 */
export function routeAround(starts: readonly End[], ends: readonly End[], obstacles: readonly Box[], bounds: Box, outlined: readonly Box[] = []): Point[] | undefined {
  const columns = Math.max(1, Math.ceil((bounds.x1 - bounds.x0) / CELL));
  const rows = Math.max(1, Math.ceil((bounds.y1 - bounds.y0) / CELL));
  const cellOf = (point: Point) => {
    const column = Math.min(columns - 1, Math.max(0, Math.floor((point.x - bounds.x0) / CELL)));
    const row = Math.min(rows - 1, Math.max(0, Math.floor((point.y - bounds.y0) / CELL)));
    return row * columns + column;
  };
  const blocked = new Uint8Array(columns * rows);
  for (const box of obstacles) {
    const c0 = Math.max(0, Math.floor((box.x0 - MARGIN - bounds.x0) / CELL));
    const c1 = Math.min(columns - 1, Math.floor((box.x1 + MARGIN - bounds.x0) / CELL));
    const r0 = Math.max(0, Math.floor((box.y0 - MARGIN - bounds.y0) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((box.y1 + MARGIN - bounds.y0) / CELL));
    for (let row = r0; row <= r1; row++) blocked.fill(1, row * columns + c0, row * columns + c1 + 1);
  }
  const penalty = new Uint8Array(columns * rows);
  const column = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor((x - bounds.x0) / CELL)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - bounds.y0) / CELL)));
  for (const { x0, y0, x1, y1 } of outlined) {
    for (let r = row(y0 - 2); r <= row(y1 + 2); r++) {
      for (let c = column(x0 - 2); c <= column(x1 + 2); c++) {
        const cx = bounds.x0 + c * CELL + CELL / 2;
        const cy = bounds.y0 + r * CELL + CELL / 2;
        const nearEdge = Math.min(Math.abs(cx - x0), Math.abs(cx - x1)) <= 3 || Math.min(Math.abs(cy - y0), Math.abs(cy - y1)) <= 3;
        if (nearEdge) penalty[r * columns + c] = ALONG;
      }
    }
  }
  const startCells = new Map<number, End>();
  for (const point of starts) {
    const cell = cellOf(point);
    if (!blocked[cell]) startCells.set(cell, point);
  }
  const endCells = new Map<number, End>();
  for (const point of ends) {
    const cell = cellOf(point);
    if (!blocked[cell]) endCells.set(cell, point);
  }
  if (startCells.size === 0 || endCells.size === 0) return undefined;
  const goals = [...endCells.keys()].map((cell) => [cell % columns, Math.floor(cell / columns)]);
  const estimate = (cell: number) => {
    const column = cell % columns;
    const row = Math.floor(cell / columns);
    let best = Infinity;
    for (const [gc, gr] of goals) best = Math.min(best, Math.abs(gc - column) + Math.abs(gr - row));
    return best;
  };
  // A state is a cell and the direction it was entered by (4 + 0..3), so that bends can be charged.
  const { cost, previous, visited, search } = scratch(columns * rows * 5);
  // A state's cost and previous state count only once visited in this search: no clearing of the arrays between searches.
  const costOf = (state: number) => (visited[state] === search ? cost[state] : Infinity);
  const open = new Heap();
  for (const cell of startCells.keys()) {
    visited[cell * 5 + 4] = search;
    cost[cell * 5 + 4] = 0;
    previous[cell * 5 + 4] = -1;
    open.push(estimate(cell), cell * 5 + 4);
  }
  let reached = -1;
  while (open.size > 0) {
    const state = open.pop();
    const cell = Math.floor(state / 5);
    const dir = state % 5;
    if (endCells.has(cell)) {
      reached = state;
      break;
    }
    const column = cell % columns;
    const row = Math.floor(cell / columns);
    for (let next = 0; next < 4; next++) {
      const [dx, dy] = DIRS[next];
      const c = column + dx;
      const r = row + dy;
      if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
      const target = r * columns + c;
      if (blocked[target]) continue;
      const step = cost[state] + 1 + penalty[target] + (dir !== 4 && dir !== next ? BEND : 0);
      const nextState = target * 5 + next;
      if (step >= costOf(nextState)) continue;
      visited[nextState] = search;
      cost[nextState] = step;
      previous[nextState] = state;
      open.push(step + estimate(target), nextState);
    }
  }
  if (reached === -1) return undefined;
  const cells: number[] = [];
  for (let state = reached; state !== -1; state = previous[state]) cells.push(Math.floor(state / 5));
  cells.reverse();
  const centre = (cell: number): Point => ({ x: bounds.x0 + (cell % columns) * CELL + CELL / 2, y: bounds.y0 + Math.floor(cell / columns) * CELL + CELL / 2 });
  // Keep only the corners, then put the ends on the exact points asked for, keeping the first and last legs straight.
  const points = cells.map(centre).filter((point, i, all) => {
    if (i === 0 || i === all.length - 1) return true;
    const a = all[i - 1];
    const b = all[i + 1];
    return !((a.x === point.x && point.x === b.x) || (a.y === point.y && point.y === b.y));
  });
  const start = startCells.get(cells[0])!;
  const end = endCells.get(cells.at(-1)!)!;
  // An end with an edge keeps its cell's centre and meets the edge square on, level with its last leg.
  if (start.edge) points.unshift({ x: points[0].x, y: start.edge.y });
  else snapEnd(points, 0, 1, start);
  if (end.edge) points.push({ x: points.at(-1)!.x, y: end.edge.y });
  else snapEnd(points, points.length - 1, points.length - 2, end);
  return points;
}

/** Moves the path's end `i` onto `exact`, and its neighbour `j` with it so that the leg between them stays straight. */
function snapEnd(points: Point[], i: number, j: number, exact: Point) {
  const neighbour = points[j];
  if (neighbour && j !== 0 && j !== points.length - 1) {
    if (neighbour.x === points[i].x) neighbour.x = exact.x;
    else if (neighbour.y === points[i].y) neighbour.y = exact.y;
  }
  points[i] = { ...exact };
}

/** An SVG path through the corners, each rounded by up to CORNER px. */
export function roundedPath(points: readonly Point[]): string {
  const parts = [`M${round1(points[0].x)} ${round1(points[0].y)}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const before = Math.min(CORNER, Math.hypot(b.x - a.x, b.y - a.y) / 2);
    const after = Math.min(CORNER, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (from: Point, to: Point, length: number) => {
      const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length };
    };
    const p = towards(b, a, before);
    const q = towards(b, c, after);
    parts.push(`L${round1(p.x)} ${round1(p.y)}Q${round1(b.x)} ${round1(b.y)} ${round1(q.x)} ${round1(q.y)}`);
  }
  const last = points.at(-1)!;
  parts.push(`L${round1(last.x)} ${round1(last.y)}`);
  return parts.join("");
}
