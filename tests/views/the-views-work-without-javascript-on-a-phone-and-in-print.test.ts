import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";

const PAGES = ["", "sequence/", "disputes/", "briefing/", "incidents/2023-03-24-rocket-attack-green-village/", "places/hasakah/"];

/** Pages in a PDF made by Chromium (its page objects are written uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe("the views in Chromium with JavaScript off", () => {
  let server: StaticServer;
  let browser: Browser;
  let phone: BrowserContext;
  const consoleProblems: string[] = [];
  before(async () => {
    const output = await buildToTemp(SHIPPED_CONTENT);
    [server, browser] = await Promise.all([serveStatic(output, "/"), launchBrowser()]);
    phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, isMobile: true, hasTouch: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("shows every view at phone width with no script, no page-wide sideways scroll and no policy violation", async () => {
    const page = await phone.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleProblems.push(message.text());
    });
    for (const path of PAGES) {
      await page.goto(server.url + path);
      assert.equal(await page.locator("script").count(), 0, `${path} has a script`);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, `${path} scrolls sideways`);
      // A chart is drawn twice, wide and with time running down; CSS shows one.
      for (const svg of await page.locator("svg.map, svg.chart:visible, svg.chart-column:visible").all()) {
        const box = (await svg.boundingBox())!;
        assert.ok(box.width > 100 && box.height > 100, `${path}: an SVG of ${box.width}×${box.height}`);
      }
    }
    assert.deepEqual(consoleProblems, []);
    await page.close();
  });

  test("draws the chart on a phone with time running down, in the column and not sideways", async () => {
    const page = await phone.newPage();
    await page.goto(server.url);
    assert.equal(await page.locator(".chart-scroll").first().isVisible(), false);
    const column = (await page.locator("svg.chart-column").first().boundingBox())!;
    assert.ok(column.height > column.width && column.x >= 0 && column.x + column.width <= 390, JSON.stringify(column));
    await page.close();
  });

  test("fits the chart without scrolling on a desktop", async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await desktop.newPage();
    await page.goto(server.url);
    const sizes = await page.locator(".chart-scroll").first().evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    assert.ok(sizes.scroll <= sizes.client, JSON.stringify(sizes));
    await desktop.close();
  });

  test("follows a number on the map and a mark on the chart to its incident, and opens the lists", async () => {
    const page = await phone.newPage();
    await page.goto(server.url);
    await page.locator('svg.map a[data-incident="2023-03-24-f15e-strikes-deir-ez-zor"]').click();
    await page.waitForURL(/\/incidents\/2023-03-24-f15e-strikes-deir-ez-zor\/$/);
    await page.goto(server.url);
    await page.locator('svg.chart-column a[data-incident="2023-03-24-rocket-attack-green-village"]').scrollIntoViewIfNeeded();
    await page.locator('svg.chart-column a[data-incident="2023-03-24-rocket-attack-green-village"] .chart-badge').click();
    await page.waitForURL(/\/incidents\/2023-03-24-rocket-attack-green-village\/$/);
    await page.goto(server.url);
    const list = page.locator("details.map-list").first();
    await list.locator("summary").click();
    assert.ok(await list.locator("li a").first().isVisible());
    await page.close();
  });

  test("labels every claim entry on a phone, with each heading on one line and no case changed by CSS", async () => {
    const page = await phone.newPage();
    for (const path of ["disputes/", "incidents/2023-03-24-rocket-attack-green-village/", "incidents/2023-03-24-f15e-strikes-deir-ez-zor/", "incidents/2023-03-23-drone-strike-hasakah-base/"]) {
      await page.goto(server.url + path);
      const entries = await page.locator("ol.claim-entries > li").evaluateAll((items) =>
        items.map((item) => ({
          labels: [...item.querySelectorAll("dt")].map((dt) => dt.textContent),
          values: [...item.querySelectorAll("dd")].map((dd) => ({ text: dd.textContent!.trim(), right: dd.getBoundingClientRect().right, height: dd.getBoundingClientRect().height })),
        })),
      );
      assert.ok(entries.length >= 3, `${path}: ${entries.length} claim entries`);
      for (const entry of entries) {
        assert.deepEqual(entry.labels.filter((label) => label !== "In its words"), ["Value", "Source", "Quote"], `${path}: ${entry.labels}`);
        for (const value of entry.values) {
          assert.ok(value.text.length > 0 && value.height > 0, `${path}: an empty or hidden value`);
          assert.ok(value.right <= 390, `${path}: "${value.text}" runs off the screen (right edge ${value.right})`);
        }
      }
      const headings = await page.locator(".claim h3, .claim-entries dt").evaluateAll((elements) =>
        elements.map((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          return { text: element.textContent, lines: lines.size };
        }),
      );
      for (const heading of headings) assert.equal(heading.lines, 1, `${path}: "${heading.text}" is broken over ${heading.lines} lines`);
      const transformed = await page.locator(".claim, .claim *").evaluateAll((elements) =>
        elements.filter((element) => getComputedStyle(element).textTransform !== "none").map((element) => `${element.tagName}.${element.className}`),
      );
      assert.deepEqual(transformed, [], `${path}: text-transform changes what the source wrote`);
    }
    await page.close();
  });

  test("prints the briefing on one page, in A4 and in Letter", async () => {
    const page = await phone.newPage();
    await page.goto(`${server.url}briefing/`);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      assert.equal(pdfPages(pdf), 1, `${format}: ${pdfPages(pdf)} pages`);
    }
    await page.close();
  });
});
