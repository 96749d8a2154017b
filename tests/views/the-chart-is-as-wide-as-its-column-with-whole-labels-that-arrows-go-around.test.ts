/**
 * The chart of the shipped content in Chromium, measured from the page: as wide as its column at
 * 1280 and 390 px (time running down on the phone), every label the incident's whole title inside
 * the SVG, no two labels overlapping, no arrow crossing a label, day-only incidents outlined and
 * timed ones filled, and no text under 11 px as rendered.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { siteDataOf } from "./support.ts";

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Measured {
  column: number;
  /** The visible chart SVGs: their class, box and the scale they are drawn at. */
  svgs: { className: string; rect: Rect; scale: number }[];
  labels: { id: string; lines: string[]; text: Rect; badge: Rect; svg: Rect }[];
  /** Each arrow sampled every pixel of its length, in the viewport's coordinates (as the boxes). */
  arrows: { from: string; points: { x: number; y: number }[] }[];
  marks: { id: string; precision: string; fill: string; stroke: string }[];
  /** Rendered size of every text in the visible SVGs, its box and its SVG's. */
  textSizes: { text: string; px: number; box: Rect; svg: Rect }[];
  /** Where each day's name is drawn (for the order in which days run). */
  days: { text: string; x: number; y: number }[];
}

/** Reads the visible chart of `page` (the wide one or the phone's, whichever CSS shows). */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const rectOf = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const view = document.querySelector(".chart-view")!;
    const visible = [...view.querySelectorAll("svg")].filter((svg) => svg.getBoundingClientRect().width > 0);
    const scaleOf = (svg: SVGSVGElement) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const marks = visible.flatMap((svg) => [...svg.querySelectorAll<SVGAElement>("a.chart-mark")]);
    return {
      column: view.getBoundingClientRect().width,
      svgs: visible.map((svg) => ({ className: svg.getAttribute("class")!, rect: rectOf(svg), scale: scaleOf(svg) })),
      labels: marks.map((mark) => ({
        id: mark.dataset.incident!,
        lines: [...mark.querySelectorAll(".chart-label tspan")].map((line) => line.textContent!),
        text: rectOf(mark.querySelector(".chart-label")!),
        badge: rectOf(mark.querySelector(".chart-badge")!),
        svg: rectOf(mark.ownerSVGElement!),
      })),
      arrows: visible.flatMap((svg) =>
        [...svg.querySelectorAll<SVGPathElement>("path.chart-arrow")].map((path) => {
          const matrix = path.getScreenCTM()!;
          const points = [];
          for (let at = 0; at <= path.getTotalLength(); at += 1) {
            const point = path.getPointAtLength(at).matrixTransform(matrix);
            points.push({ x: point.x, y: point.y });
          }
          return { from: path.getAttribute("d")!, points };
        }),
      ),
      marks: marks.map((mark) => {
        const shape = mark.querySelector(".chart-point, .chart-span")!;
        const style = getComputedStyle(shape);
        return { id: mark.dataset.incident!, precision: [...mark.classList].find((name) => name.startsWith("precision-"))!, fill: style.fill, stroke: style.stroke };
      }),
      textSizes: visible.flatMap((svg) =>
        [...svg.querySelectorAll("text")].map((text) => ({ text: text.textContent!, px: parseFloat(getComputedStyle(text).fontSize) * scaleOf(svg), box: rectOf(text), svg: rectOf(svg) })),
      ),
      days: visible.flatMap((svg) => [...svg.querySelectorAll(".chart-day-label")].map((text) => ({ text: text.textContent!, x: rectOf(text).left, y: rectOf(text).top }))),
    };
  });
}

const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const union = (a: Rect, b: Rect): Rect => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) });

describe("the chart in Chromium, at 1280 and 390 px", () => {
  let server: StaticServer;
  let browser: Browser;
  let titles: Map<string, string>;
  let dayOnly: string[];
  const seen = new Map<string, Measured>();
  before(async () => {
    const [output, data] = await Promise.all([buildToTemp(SHIPPED_CONTENT), siteDataOf(SHIPPED_CONTENT)]);
    titles = new Map(data.incidents.map((incident) => [incident.id, incident.title]));
    dayOnly = data.incidents.filter((incident) => incident.precision === "day").map((incident) => incident.id);
    [server, browser] = await Promise.all([serveStatic(output, "/"), launchBrowser()]);
    for (const width of [1280, 390]) {
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.emulateMedia({ colorScheme });
        // tsx names the helpers inside measure() with an __name call the page does not have.
        await page.addInitScript("globalThis.__name = (target) => target;");
        await page.goto(server.url);
        await page.locator(".chart-view").first().scrollIntoViewIfNeeded();
        seen.set(`${width} ${colorScheme}`, await measure(page));
        await page.close();
      }
    }
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 390]) {
    test(`${width} px: the chart is as wide as its column`, () => {
      const { column, svgs } = seen.get(`${width} light`)!;
      const drawn = svgs.reduce((all, svg) => union(all, svg.rect), svgs[0].rect);
      // The wide chart's 1 px border lies outside its SVGs; the phone's column has its border on the SVG.
      const border = svgs.some((svg) => svg.className === "chart") ? 2 : 0;
      assert.ok(Math.abs(drawn.right - drawn.left + border - column) <= 2, `chart ${drawn.right - drawn.left + border} px in a column of ${column} px (${svgs.map((svg) => svg.className).join(", ")})`);
    });

    test(`${width} px: every incident's label is its whole title, inside the SVG`, () => {
      const { labels } = seen.get(`${width} light`)!;
      assert.deepEqual(labels.map((label) => label.id).sort(), [...titles.keys()].sort());
      for (const label of labels) {
        assert.equal(label.lines.join(" "), titles.get(label.id), `${label.id}: the label is not the whole title`);
        assert.ok(!label.lines.some((line) => line.includes("…")), `${label.id}: an ellipsis`);
        const { text, svg } = label;
        assert.ok(text.left >= svg.left - 0.5 && text.right <= svg.right + 0.5 && text.top >= svg.top - 0.5 && text.bottom <= svg.bottom + 0.5, `${label.id}: label ${JSON.stringify(text)} runs out of its SVG ${JSON.stringify(svg)}`);
      }
    });

    test(`${width} px: no two labels overlap`, () => {
      const { labels } = seen.get(`${width} light`)!;
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const area = overlap(union(a.text, a.badge), union(b.text, b.badge));
          assert.ok(area < 1, `${a.id} and ${b.id} overlap by ${area.toFixed(1)} px²`);
        }
      }
    });

    test(`${width} px: no arrow crosses a label`, () => {
      const { labels, arrows } = seen.get(`${width} light`)!;
      assert.ok(arrows.length >= 7, `${arrows.length} arrows`);
      for (const arrow of arrows) {
        for (const label of labels) {
          for (const part of [label.text, label.badge]) {
            const inside = arrow.points.find((point) => point.x > part.left + 0.5 && point.x < part.right - 0.5 && point.y > part.top + 0.5 && point.y < part.bottom - 0.5);
            assert.equal(inside, undefined, `the arrow ${arrow.from} crosses the label of ${label.id} at ${JSON.stringify(inside)}`);
          }
        }
      }
    });

    test(`${width} px: day-only incidents are outlined, timed ones filled, light and dark`, () => {
      for (const colorScheme of ["light", "dark"]) {
        const { marks } = seen.get(`${width} ${colorScheme}`)!;
        const days = marks.filter((mark) => mark.precision === "precision-day");
        assert.deepEqual(days.map((mark) => mark.id).sort(), [...dayOnly].sort(), `${colorScheme}: the day-only marks`);
        for (const mark of days) {
          assert.ok(mark.fill === "none" || mark.fill === "rgba(0, 0, 0, 0)", `${colorScheme}: ${mark.id} is filled with ${mark.fill}`);
          assert.notEqual(mark.stroke, "none", `${colorScheme}: ${mark.id} has no outline`);
        }
        for (const mark of marks.filter((candidate) => candidate.precision !== "precision-day")) {
          assert.ok(mark.fill !== "none" && mark.fill !== "rgba(0, 0, 0, 0)", `${colorScheme}: ${mark.id} (${mark.precision}) is not filled`);
        }
      }
    });

    test(`${width} px: no text in the chart is under 11 px as drawn, or cut by its SVG's edge`, () => {
      const { textSizes } = seen.get(`${width} light`)!;
      assert.ok(textSizes.length > 20);
      for (const { text, px, box, svg } of textSizes) {
        assert.ok(px >= 10.95, `"${text}" is drawn at ${px.toFixed(2)} px`);
        assert.ok(box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5 && box.top >= svg.top - 0.5 && box.bottom <= svg.bottom + 0.5, `"${text}" runs out of its SVG: ${JSON.stringify(box)} in ${JSON.stringify(svg)}`);
      }
    });
  }

  test("on a phone time runs down: the days follow one another down the chart, and the wide chart is not shown", () => {
    const { svgs, days } = seen.get("390 light")!;
    assert.deepEqual(svgs.map((svg) => svg.className), ["chart-column"]);
    assert.deepEqual(days.map((day) => day.text), ["Thu23 Mar", "Fri24 Mar", "Sat25 Mar"]);
    assert.ok(days[0].y < days[1].y && days[1].y < days[2].y && days.every((day) => Math.abs(day.x - days[0].x) < 1), JSON.stringify(days));
    const wide = seen.get("1280 light")!;
    assert.deepEqual(wide.svgs.map((svg) => svg.className), ["chart-gutter", "chart"]);
    assert.ok(wide.days[0].x < wide.days[1].x && Math.abs(wide.days[0].y - wide.days[1].y) < 1, "on a wide screen time runs across");
  });
});
