/**
 * Layout measured from the page in Chromium: on a phone the timeline's first incident is within the
 * first screen (the chart and map follow the list), on a desktop the overview comes first; every
 * shipped incident page prints on at most two A4 pages.
 */
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";

let browser: Browser;
let server: StaticServer;
let output: string;

before(async () => {
  browser = await launchBrowser();
  output = await buildToTemp(SHIPPED_CONTENT);
  server = await serveStatic(output);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Where the first timeline entry and the overview (chart and map) start, in page pixels. */
async function layoutAt(width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(server.url);
  const tops = await page.evaluate(() => [".day .incident", ".glance"].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top + window.scrollY));
  const linkShown = await page.isVisible(".glance-link");
  await page.close();
  return { firstIncident: tops[0], overview: tops[1], linkShown };
}

test("on a 390 × 844 phone the first incident starts within the first screen, the chart and map after the list, a link saying so", async () => {
  const { firstIncident, overview, linkShown } = await layoutAt(390, 844);
  assert.ok(firstIncident < 844, `the first incident starts at ${firstIncident} px`);
  assert.ok(overview > firstIncident, "the overview comes before the list");
  assert.ok(linkShown, "no link to the chart and map at the top");
});

test("on a desktop the overview comes first, with no link about it", async () => {
  const { firstIncident, overview, linkShown } = await layoutAt(1280, 900);
  assert.ok(overview < firstIncident);
  assert.equal(linkShown, false);
});

test("every shipped incident page prints on at most two A4 pages", async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ media: "print" });
  const counts: string[] = [];
  for (const id of await readdir(path.join(output, "incidents"))) {
    await page.goto(new URL(`incidents/${id}/`, server.url).href);
    const pdf = await page.pdf({ format: "A4" });
    // Each page of the PDF is one /Type /Page object (the tree's root is /Pages).
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    if (pages > 2 || pages === 0) counts.push(`${id}: ${pages} pages`);
  }
  await page.close();
  assert.deepEqual(counts, []);
});
