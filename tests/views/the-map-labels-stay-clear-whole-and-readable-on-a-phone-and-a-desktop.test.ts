/**
 * The maps as a reader sees them in Chromium, measured from the page: at 390 and 1280 px no two
 * labels overlap and none covers a mark, none is cut by its map's frame, every text is at least
 * 11 px, each leader line runs from its place's mark to its label, the close places around
 * Deir ez-Zor are told apart in a detail inset, and the far inset stays small.
 */
import assert from "node:assert/strict";
import { appendFile, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";

const PAGES = ["", "incidents/2023-03-24-conoco-rocket-attack/", "places/hasakah/", "places/washington/", "places/"];
const WIDTHS = [390, 1280];

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Measured {
  map: string;
  frame: Rect;
  /** Every text and badge of the map, with what it is. */
  labels: { what: string; place?: string; rect: Rect; fontPx: number }[];
  marks: { place?: string; rect: Rect; x: number; y: number }[];
  leaders: { place: string; x1: number; y1: number; x2: number; y2: number }[];
  /** Each named place's label with its badges, as one block. */
  blocks: { place: string; rect: Rect }[];
}

/**
 * Reads every map on the page: boxes in CSS px, font sizes as rendered (computed size × the SVG's scale).
 * NOTE: plain JavaScript in a string, since tsx's compiled helpers do not exist in the page.
 */
const MEASURE_MAPS = `(() => {
  const rect = (element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  return [...document.querySelectorAll("svg.map")].map((svg) => {
    const matrix = svg.getScreenCTM();
    const toScreen = (x, y) => {
      const point = new DOMPoint(x, y).matrixTransform(matrix);
      return { x: point.x, y: point.y };
    };
    const fontPx = (element) => Number.parseFloat(getComputedStyle(element).fontSize) * matrix.a;
    const labels = [
      ...[...svg.querySelectorAll("text")].filter((text) => !text.closest(".map-badge")).map((text) => ({ element: text, what: 'text "' + text.textContent + '"' })),
      ...[...svg.querySelectorAll(".map-badge rect")].map((badge) => ({ element: badge, what: "badge " + badge.parentElement.textContent.match(/^\\d+/) })),
    ].map(({ element, what }) => ({
      what,
      place: element.closest("[data-place]")?.getAttribute("data-place") ?? undefined,
      rect: rect(element),
      fontPx: element.tagName === "text" ? fontPx(element) : Infinity,
    }));
    for (const text of svg.querySelectorAll(".map-badge text")) {
      labels.push({ what: "badge number " + text.textContent, rect: { left: 0, top: 0, right: 0, bottom: 0 }, fontPx: fontPx(text) });
    }
    const marks = [...svg.querySelectorAll(".map-point, .map-centre, .map-city")].map((circle) => ({
      place: circle.getAttribute("data-place") ?? undefined,
      rect: rect(circle),
      ...toScreen(circle.cx.baseVal.value, circle.cy.baseVal.value),
    }));
    const leaders = [...svg.querySelectorAll("line.map-leader[data-place]")].map((line) => {
      const start = toScreen(line.x1.baseVal.value, line.y1.baseVal.value);
      const end = toScreen(line.x2.baseVal.value, line.y2.baseVal.value);
      return { place: line.getAttribute("data-place"), x1: start.x, y1: start.y, x2: end.x, y2: end.y };
    });
    const blocks = [...svg.querySelectorAll("g.map-place")].map((group) => ({ place: group.getAttribute("data-place"), rect: rect(group) }));
    return { map: svg.getAttribute("aria-labelledby"), frame: rect(svg), labels, marks, leaders, blocks };
  });
})()`;

const measureMaps = (page: Page) => page.evaluate(MEASURE_MAPS) as Promise<Measured[]>;

const overlap = (a: Rect, b: Rect, tolerance = 0.5) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
const inside = (a: Rect, b: Rect, tolerance = 0.5) => a.left >= b.left - tolerance && a.right <= b.right + tolerance && a.top >= b.top - tolerance && a.bottom <= b.bottom + tolerance;
const distanceToRect = (x: number, y: number, r: Rect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

/** Builds `content`, opens each page at each width (JavaScript off) and measures its maps. */
async function measureSite(browser: Browser, content: string, paths: readonly string[]): Promise<{ measured: Map<string, Measured[]>; server: StaticServer }> {
  const output = await buildToTemp(content);
  const server = await serveStatic(output, "/");
  const measured = new Map<string, Measured[]>();
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false, isMobile: width < 500 });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(server.url + path);
      measured.set(`${width} /${path}`, await measureMaps(page));
    }
    await context.close();
  }
  return { measured, server };
}

function assertNoOverlap(measured: Map<string, Measured[]>) {
  for (const [key, maps] of measured) {
    for (const { map, labels, marks } of maps) {
      const boxes = labels.filter((label) => label.rect.right > label.rect.left);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) assert.ok(!overlap(a.rect, b.rect), `${key} ${map}: ${a.what} overlaps ${b.what}`);
        for (const mark of marks) assert.ok(!overlap(a.rect, mark.rect, 1), `${key} ${map}: ${a.what} covers the mark of ${mark.place ?? "a city"}`);
      }
    }
  }
}

function assertInside(measured: Map<string, Measured[]>) {
  for (const [key, maps] of measured) {
    for (const { map, labels, frame } of maps) {
      for (const label of labels.filter((item) => item.rect.right > item.rect.left)) assert.ok(inside(label.rect, frame), `${key} ${map}: ${label.what} is cut by the frame`);
    }
  }
}

function assertReadable(measured: Map<string, Measured[]>) {
  for (const [key, maps] of measured) {
    if (!key.startsWith("390 ")) continue;
    for (const { map, labels } of maps) {
      for (const label of labels) assert.ok(label.fontPx >= 11, `${key} ${map}: ${label.what} at ${label.fontPx.toFixed(2)} px`);
    }
  }
}

/** A name with no leader line is nearer its own mark than any other: it cannot be read as another place's. */
function assertNamesTheirOwnMark(measured: Map<string, Measured[]>) {
  for (const [key, maps] of measured) {
    for (const { map, marks, leaders, blocks } of maps) {
      for (const block of blocks) {
        if (leaders.some((line) => line.place === block.place)) continue;
        const own = marks.find((mark) => mark.place === block.place)!;
        for (const other of marks.filter((mark) => mark !== own)) {
          const [mine, theirs] = [distanceToRect(own.x, own.y, block.rect), distanceToRect(other.x, other.y, block.rect)];
          assert.ok(mine < theirs, `${key} ${map}: ${block.place}'s name is ${mine.toFixed(1)} px from its mark, ${theirs.toFixed(1)} px from ${other.place ?? "a city"}'s`);
        }
      }
    }
  }
}

/** Returns how many leader lines were checked. */
function assertLeadersJoin(measured: Map<string, Measured[]>): number {
  let checked = 0;
  for (const [key, maps] of measured) {
    for (const { map, marks, leaders, blocks } of maps) {
      for (const line of leaders) {
        checked++;
        const mark = marks.find((item) => item.place === line.place)!;
        const block = blocks.find((item) => item.place === line.place)!;
        assert.ok(Math.hypot(line.x1 - mark.x, line.y1 - mark.y) <= 6, `${key} ${map}: ${line.place}'s leader starts away from its mark`);
        assert.ok(distanceToRect(line.x2, line.y2, block.rect) <= 1.5, `${key} ${map}: ${line.place}'s leader ends away from its label`);
        // Set away from its mark, a label is not left floating: the line reaches it.
        assert.ok(distanceToRect(mark.x, mark.y, block.rect) > 10, `${key} ${map}: ${line.place} has a leader it does not need`);
      }
    }
  }
  return checked;
}

describe("the maps in Chromium, light and dark, at 390 and 1280 px", () => {
  let server: StaticServer;
  let browser: Browser;
  let measured: Map<string, Measured[]>;
  before(async () => {
    browser = await launchBrowser();
    ({ measured, server } = await measureSite(browser, SHIPPED_CONTENT, PAGES));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("every page with a map has one, and on the timeline a detail inset besides the main map and the far inset", () => {
    for (const [key, maps] of measured) assert.ok(maps.length >= 1, `${key}: no map`);
    assert.deepEqual(measured.get("390 /")!.map((map) => map.map), ["map-1-title", "map-1-detail-1-title", "map-2-title"]);
  });

  test("no two labels or badges overlap, and none covers a place's mark or a city's dot", () => assertNoOverlap(measured));

  test("every label and badge lies whole inside its map", () => assertInside(measured));

  test("every text on a map is at least 11 px as rendered on a 390 px phone", () => assertReadable(measured));

  test("each leader line starts at its place's mark and ends on that place's label", () => {
    assertLeadersJoin(measured);
  });

  test("each name without a leader line is nearer its own mark than any other place's or city's", () => assertNamesTheirOwnMark(measured));

  test("Deir ez-Zor, Conoco and al-Omar, closer than 60 km, are one frame on the main map and told apart in the detail", () => {
    for (const width of WIDTHS) {
      const [main, detail] = measured.get(`${width} /`)!;
      const mainMarks = ["deir-ez-zor", "conoco", "al-omar"].map((id) => main.marks.find((mark) => mark.place === id)!);
      assert.ok(Math.hypot(mainMarks[0].x - mainMarks[1].x, mainMarks[0].y - mainMarks[1].y) < 20, "on the main map they are too close to name");
      assert.deepEqual(main.blocks.map((block) => block.place).sort(), ["hasakah"]);
      assert.deepEqual(detail.blocks.map((block) => block.place).sort(), ["al-omar", "conoco", "deir-ez-zor"]);
      const marks = detail.marks.filter((mark) => mark.place);
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= 30, `${width}: ${a.place} and ${b.place} only ${Math.hypot(a.x - b.x, a.y - b.y).toFixed(0)} px apart`);
      }
      // Each name is next to its own mark (or joined to it by a leader), nearer to it than to any other.
      for (const block of detail.blocks) {
        const own = marks.find((mark) => mark.place === block.place)!;
        const joined = detail.leaders.some((line) => line.place === block.place);
        for (const other of marks.filter((mark) => mark !== own)) {
          assert.ok(joined || distanceToRect(own.x, own.y, block.rect) < distanceToRect(other.x, other.y, block.rect), `${width}: ${block.place}'s label is nearer ${other.place}`);
        }
      }
    }
  });

  test("the inset of the United States and Canada, four statements, is under half the main map's width", () => {
    for (const width of WIDTHS) {
      const maps = measured.get(`${width} /`)!;
      const main = maps[0].frame;
      const far = maps.find((map) => map.map === "map-2-title")!.frame;
      assert.ok(far.right - far.left <= (main.right - main.left) / 2 + 1, `${width}: ${far.right - far.left} px beside ${main.right - main.left} px`);
    }
  });
});

describe("a map crowded with places closer than a detail can hold", () => {
  let root: string;
  let server: StaticServer;
  let browser: Browser;
  let measured: Map<string, Measured[]>;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "briefing-crowded-"));
    const dir = path.join(root, "content");
    await cp(fixture("small-briefing"), dir, { recursive: true });
    // Eight places within 30 km of each other: too many for a detail, so labels move away on leader lines.
    const extra = Array.from({ length: 8 }, (_, i) => ({ id: `spot-${i + 1}`, lat: 35.3 + 0.1 * Math.sin(i), lon: 40.2 + 0.12 * Math.cos(i * 1.7) }));
    await appendFile(path.join(dir, "places.yaml"), extra.map((p) => `${p.id}:\n  name: "Spot ${p.id.slice(5)}"\n  lat: ${p.lat.toFixed(3)}\n  lon: ${p.lon.toFixed(3)}\n  precision: exact\n  country: "Syria"\n`).join(""));
    for (const p of extra) {
      await writeFile(path.join(dir, `incidents/2023-03-24-at-${p.id}.md`), `---\ntitle: "At ${p.id}"\ndate: "2023-03-24"\nkind: statement\nplace: ${p.id}\nsources:\n  - source: dod-statement\n---\nClose.\n`);
    }
    browser = await launchBrowser();
    ({ measured, server } = await measureSite(browser, dir, ["", "places/spot-1/"]));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  test("names every place, with leader lines from each mark to its moved label, none overlapping, all inside", () => {
    for (const [key, maps] of measured) assert.ok(maps[0].blocks.length >= 8, `${key}: ${maps[0].blocks.length} places named`);
    assertNoOverlap(measured);
    assertInside(measured);
    assertReadable(measured);
    assert.ok(assertLeadersJoin(measured) >= 4, "the crowded places need leader lines");
    assertNamesTheirOwnMark(measured);
  });
});
