import assert from "node:assert/strict";
import { test } from "node:test";
import { SHIPPED_CONTENT } from "../../helpers/build.ts";
import { siteDataOf } from "../../views/support.ts";
import { textWidth } from "../../../src/views/layout/boxes.ts";
import { buildChart, COLUMN_LIMIT } from "../../../src/views/chart/chart-view.ts";
import { spreadApart } from "../../../src/views/chart/chart-column.ts";
import { routeAround } from "../../../src/views/chart/route-arrow.ts";
import { wrapText } from "../../../src/views/chart/wrap-text.ts";

test("a title is wrapped by words into lines that fit, and nothing of it is lost", () => {
  const title = "Pentagon press secretary Brig. Gen. Pat Ryder briefs on the strikes and the Green Village attack";
  const lines = wrapText(title, 150, 11);
  assert.ok(lines.length >= 3, lines.join(" | "));
  assert.equal(lines.join(" "), title);
  for (const line of lines) assert.ok(textWidth(line, 11) <= 150, `"${line}" is wider than 150 px`);
});

test("a word longer than a line is broken inside it, every piece fitting", () => {
  const word = "x".repeat(200);
  const lines = wrapText(`before ${word} after`, 100, 11);
  assert.equal(lines[0], "before");
  assert.equal(lines.at(-1)!.endsWith("after"), true);
  assert.equal(lines.join(" ").replace(/ /g, ""), `before${word}after`);
  for (const line of lines) assert.ok(textWidth(line, 11) <= 100, `"${line}" is wider than 100 px`);
});

test("labels that would overlap are spread apart in their order, centred on where they want to be; others stay put", () => {
  const boxes = [
    { desired: 0, height: 20 },
    { desired: 100, height: 20 },
    { desired: 105, height: 20 },
    { desired: 110, height: 20 },
    { desired: 300, height: 20 },
  ];
  const tops = spreadApart(boxes, 6, 0);
  assert.equal(tops[0], 0);
  assert.equal(tops[4], 300);
  for (let i = 1; i < tops.length; i++) assert.ok(tops[i] >= tops[i - 1] + boxes[i - 1].height + 6, `box ${i} overlaps the one above`);
  // The run of three is centred on 105, its middle box's wish.
  assert.ok(Math.abs(tops[2] - 105) < 0.01, `${tops[2]}`);
  assert.ok(spreadApart([{ desired: -50, height: 10 }], 6, 20)[0] === 20, "a label above the top is brought down to it");
});

test("an arrow goes around a label in its way, and there is none when the end is walled in", () => {
  const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
  const label = { x0: 100, y0: 40, x1: 200, y1: 160 };
  const route = routeAround([{ x: 20, y: 100 }], [{ x: 280, y: 100 }], [label], bounds)!;
  assert.ok(route, "no route");
  assert.deepEqual(route[0], { x: 20, y: 100 });
  assert.deepEqual(route.at(-1), { x: 280, y: 100 });
  for (let i = 1; i < route.length; i++) {
    const [a, b] = [route[i - 1], route[i]];
    for (let t = 0; t <= 1; t += 0.01) {
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      assert.ok(!(x > label.x0 && x < label.x1 && y > label.y0 && y < label.y1), `the route crosses the label at ${x},${y}`);
    }
  }
  const walls = [
    { x0: 240, y0: 60, x1: 300, y1: 80 },
    { x0: 240, y0: 120, x1: 300, y1: 140 },
    { x0: 240, y0: 60, x1: 256, y1: 140 },
  ];
  assert.equal(routeAround([{ x: 20, y: 100 }], [{ x: 280, y: 100 }], walls, bounds), undefined);
});

test(`up to ${COLUMN_LIMIT} incidents a phone gets the chart with time running down; beyond, the wide chart alone, scrolling`, async () => {
  const { incidents } = await siteDataOf(SHIPPED_CONTENT);
  const small = buildChart(incidents, "Asia/Damascus")!;
  assert.ok(small.column && small.fits);
  assert.equal(small.column.marks.length, incidents.length);
  const many = Array.from({ length: COLUMN_LIMIT + 1 }, (_, i) => ({ ...incidents[i % incidents.length], id: `copy-${i}`, number: i + 1, related: [] }));
  const large = buildChart(many, "Asia/Damascus")!;
  assert.equal(large.column, undefined);
  assert.equal(large.fits, false);
  assert.equal(buildChart(many.slice(0, COLUMN_LIMIT), "Asia/Damascus")!.column?.marks.length, COLUMN_LIMIT);
});
