/** compactPath: shorter path data that still draws the projected points, to the rounding asked for. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { geoCircle, geoMercator, geoPath } from "d3-geo";
import type { Polygon } from "geojson";
import { compactPath } from "../../../src/views/map/compact-path.ts";

/** The absolute points of path data made of M, m, l (with implicit repeats) and z. */
function points(d: string): [number, number][][] {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const rings: [number, number][][] = [];
  let command = "";
  let [x, y] = [0, 0];
  let start: [number, number] = [0, 0];
  for (let i = 0; i < tokens.length; ) {
    if (/[MmLlZz]/.test(tokens[i])) {
      command = tokens[i++];
      if (command === "z" || command === "Z") [x, y] = start;
      continue;
    }
    const dx = Number(tokens[i++]);
    const dy = Number(tokens[i++]);
    if (command === "M") [x, y] = [dx, dy];
    else [x, y] = [x + dx, y + dy];
    if (command === "M" || command === "m") {
      start = [x, y];
      rings.push([]);
      command = command === "M" ? "L" : "l";
    }
    rings.at(-1)!.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return rings;
}

/** The same points, as d3 projects them, rounded and without repeats. */
function expected(projection: ReturnType<typeof geoMercator>, object: Polygon, digits: number): [number, number][][] {
  const rings: [number, number][][] = [];
  const scale = 10 ** digits;
  const round = (n: number) => Math.round(n * scale) / scale;
  const context = {
    moveTo: (x: number, y: number) => rings.push([[round(x), round(y)]]),
    lineTo: (x: number, y: number) => {
      const ring = rings.at(-1)!;
      const [px, py] = ring.at(-1)!;
      if (round(x) !== px || round(y) !== py) ring.push([round(x), round(y)]);
    },
    closePath: () => {},
    arc: () => {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return rings;
}

const projection = geoMercator().center([39, 35]).scale(2400).translate([240, 200]);
const syriaLike: Polygon = {
  type: "Polygon",
  coordinates: [[[35.7, 32.7], [42.4, 37.1], [42.0, 34.4], [41.0, 34.4], [38.8, 33.4], [36.8, 32.3], [35.7, 32.7]].reverse()],
};

test("whole-pixel path data draws the projected outline, point for point", () => {
  const d = compactPath(projection, syriaLike);
  assert.match(d, /^M\d+ \d+l/);
  assert.deepEqual(points(d), expected(projection, syriaLike, 0));
});

test("a circle kept to a tenth of a pixel draws the same points and is shorter than d3's own path", () => {
  const circle = geoCircle().center([40.7, 36.5]).radius(0.5).precision(10)() as Polygon;
  const d = compactPath(projection, circle, 1);
  assert.deepEqual(points(d), expected(projection, circle, 1));
  assert.ok(d.length < (geoPath(projection).digits(1)(circle) ?? "").length * 0.7, `${d.length} characters`);
  // Numbers below one are written without their leading zero, and no number runs into the next.
  assert.doesNotMatch(d, /(^|[^\d.])0\.\d/);
});
