/**
 * Search in Chromium over tests/fixtures/sources-in-other-languages: an Arabic word finds the Arabic
 * source and the incident quoting it in the one list English words search (typed with or without
 * its marks, its hamza or a tatweel), a word the text does not hold finds nothing, and every
 * spelling of a place (its name, its transliterations, its name in Arabic) finds its incidents.
 * The interface stays in the site's language. The confidence filter lists its levels high to low,
 * narrows the results and lives in the URL.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, fixture } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { resultPaths, searchStatus, tickFilter } from "../helpers/search-ui.ts";

const ARABIC_SOURCE = "/sources/monitor-toll-ar/";
const STRIKES = "/incidents/2023-03-24-strikes-deir-ez-zor/";
const LATER_REPORT = "/incidents/2023-03-24-later-report/";

let browser: Browser;
let server: StaticServer;

before(async () => {
  browser = await launchBrowser();
  server = await serveStatic(await buildToTemp(fixture("sources-in-other-languages")));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function search(query: string): Promise<{ page: Page; paths: string[]; status: string }> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  const status = await searchStatus(page);
  const paths = status.startsWith("Nothing found") ? [] : await resultPaths(page);
  return { page, paths, status };
}

const sorted = (paths: string[]) => [...paths].sort();

test("an Arabic word finds the Arabic source and the incident quoting it, however its marks are typed", async () => {
  // The text writes الغَارَاتِ and الأَمْرِيكِيَّةَ with their harakat and hamza; the quote without them.
  for (const query of ["الغارات", "الغَارَاتِ", "الامريكية", "الأمريكية"]) {
    const { page, paths } = await search(query);
    assert.deepEqual(sorted(paths), sorted([ARABIC_SOURCE, STRIKES]), `results for ${query}`);
    await page.close();
  }
});

test("a word the source stretches with a tatweel is found as it is usually typed, and as it is written", async () => {
  // القَتْـلَى: only the source's text holds it.
  for (const query of ["القتلى", "القتـلى"]) {
    const { page, paths } = await search(query);
    assert.deepEqual(paths, [ARABIC_SOURCE], `results for ${query}`);
    await page.close();
  }
});

test("an Arabic word the texts do not hold finds nothing, in the site's language", async () => {
  const { page, status } = await search("الطائرات");
  assert.equal(status, "Nothing found for “الطائرات”.");
  await page.close();
});

test("Arabic and English results share one list, their titles and excerpts set in their own direction", async () => {
  // "nineteen" is in the translation and in the incident; the Arabic title stays Arabic.
  const { page, paths, status } = await search("nineteen");
  assert.deepEqual(sorted(paths), sorted([ARABIC_SOURCE, STRIKES]));
  assert.match(status, /^2 results for “nineteen”\.$/);
  const source = page.locator(".search-result", { has: page.locator(`a[href$="${ARABIC_SOURCE}"]`) });
  assert.equal(await source.locator(".search-result-title a").textContent(), "حصيلة الغارات قرب دير الزور");
  assert.equal(await source.locator(".search-result-title").getAttribute("dir"), "auto");
  assert.equal(await source.locator(".search-result-excerpt").getAttribute("dir"), "auto");
  // The title's letters make it right to left; the list around it stays left to right.
  assert.equal(await source.locator(".search-result-title").evaluate((title) => getComputedStyle(title).direction), "rtl");
  assert.equal(await page.locator("[data-search-results]").evaluate((list) => getComputedStyle(list).direction), "ltr");
  await page.close();
});

test("every other spelling of a place finds its incidents and not the others", async () => {
  // (Its name itself also finds the Hasakah drone, which cites a source titled "Strikes near Deir ez-Zor".)
  for (const query of ["Dayr az-Zawr", "Deir al-Zour", "دير الزور"]) {
    const { page, paths } = await search(query);
    const incidents = paths.filter((path) => path.startsWith("/incidents/"));
    assert.deepEqual(sorted(incidents), sorted([STRIKES, LATER_REPORT]), `incidents for ${query}`);
    await page.close();
  }
});

test("the confidence filter lists its levels from high to low, narrows the results and is kept in the URL", async () => {
  const { page, paths } = await search("Deir");
  assert.ok(paths.includes(STRIKES) && paths.includes(LATER_REPORT), `both Deir ez-Zor incidents first: ${paths.join(", ")}`);
  await page.locator("details.search-filters summary").click();
  const group = page.locator("fieldset", { has: page.locator("legend", { hasText: /^Confidence$/ }) });
  assert.deepEqual(await group.locator("input").evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)), ["high", "moderate", "low"]);
  await tickFilter(page, "confidence", "low");
  await page.waitForFunction(() => /confidence=low/.test(location.search));
  assert.deepEqual(await resultPaths(page), [LATER_REPORT]);
  await page.close();

  // A shared link opens with the filter ticked and applied.
  const shared = await browser.newPage();
  await shared.goto(`${server.url}search/?q=Deir&confidence=moderate`);
  assert.deepEqual(await resultPaths(shared), [STRIKES]);
  assert.equal(await shared.locator('input[data-filter="confidence"][value="moderate"]').isChecked(), true);
  await shared.close();
});
