/**
 * The search page of our own (templates/assets/search.js on pagefind.js), in Chromium against the
 * shipped site: one search box, a filter alone lists what it selects, the order changes without a
 * reload, each search is a history entry, the first result is a few Tabs away, each kind of result
 * is labelled as what it is, filter data loads only when a filter is used, and nothing fails.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { AXE_TAGS } from "../helpers/axe.ts";
import { HtmlValidate, type ConfigData } from "html-validate";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, readPage, ROOT, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { listPages, urlOf } from "../helpers/site-files.ts";
import { RESULT_LINK, resultPaths, SEARCH_INPUT, SORT_SELECT, tickFilter } from "../helpers/search-ui.ts";

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

interface Watched {
  page: Page;
  /** Failed requests, HTTP errors, page errors and console errors. */
  problems: string[];
  /** Paths of every request made, in order. */
  requests: string[];
  /** Page loads (a reload or a navigation adds one). */
  loads: () => number;
}

async function openSearch(query: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  // NOTE: axe runs in a page of the same context, so each search page gets a context of its own.
  const page = await (await browser.newContext({ viewport })).newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  let loads = 0;
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.on("load", () => loads++);
  await page.goto(`${server.url}search/${query}`);
  return { page, problems, requests, loads: () => loads };
}

/** The time sort key each result page hands Pagefind, read from the built page. */
async function sortKeys(paths: string[]): Promise<string[]> {
  return Promise.all(paths.map(async (url) => /data-pagefind-sort="time">([^<]+)</.exec(await readPage(output, url))?.[1] ?? `(no key on ${url})`));
}

/** The incidents the build wrote with a given kind: what a filter on that kind must list. */
async function incidentsOfKind(kind: string): Promise<string[]> {
  const urls = (await listPages(output)).map(urlOf).filter((url) => url.startsWith("/incidents/"));
  const marked: string[] = [];
  for (const url of urls) if ((await readPage(output, url)).includes(`data-pagefind-filter="kind">${kind}<`)) marked.push(url);
  return marked.sort();
}

describe("the search page in the site's own design", () => {
  test("has one search box: the header's form is not repeated on /search/, and other pages keep it", async () => {
    const { page } = await openSearch("?q=drone");
    await resultPaths(page);
    assert.equal(await page.locator('input[type="search"]').count(), 1);
    assert.equal(await page.locator(SEARCH_INPUT).inputValue(), "drone");
    // The order control comes after the query box, in the page and on screen.
    const query = (await page.locator(SEARCH_INPUT).boundingBox())!;
    const order = (await page.locator(SORT_SELECT).boundingBox())!;
    assert.ok(order.x >= query.x + query.width || order.y >= query.y + query.height, `order at ${JSON.stringify(order)}, query box at ${JSON.stringify(query)}`);
    assert.ok(await page.locator(SEARCH_INPUT).evaluate((input, select) => Boolean(input.compareDocumentPosition(document.querySelector(select)!) & Node.DOCUMENT_POSITION_FOLLOWING), SORT_SELECT));
    await page.goto(server.url);
    assert.equal(await page.locator('header input[type="search"]').count(), 1);
    await page.context().close();
  });

  test("a filter alone lists everything it selects: ?kind=attack lists every attack", async () => {
    const attacks = await incidentsOfKind("attack");
    assert.ok(attacks.length >= 3, `the shipped content has ${attacks.length} attacks`);
    const { page, problems } = await openSearch("?kind=attack");
    const listed = await resultPaths(page);
    assert.deepEqual([...listed].sort(), attacks);
    assert.equal(await page.locator(SEARCH_INPUT).inputValue(), "");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("relevance, earliest and latest change the order in place, without loading the page again", async () => {
    const { page, loads } = await openSearch("?q=rockets");
    const byRelevance = await resultPaths(page);
    const loadsBefore = loads();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    await page.selectOption(SORT_SELECT, "earliest");
    await page.waitForFunction(() => /sort=earliest/.test(location.search));
    const earliest = await resultPaths(page);
    const earliestKeys = await sortKeys(earliest);
    assert.deepEqual(earliestKeys, [...earliestKeys].sort(), `earliest first: ${earliest.join(", ")}`);

    await page.selectOption(SORT_SELECT, "latest");
    await page.waitForFunction(() => /sort=latest/.test(location.search));
    const latest = await resultPaths(page);
    const latestKeys = await sortKeys(latest);
    assert.deepEqual(latestKeys, [...latestKeys].sort().reverse(), `latest first: ${latest.join(", ")}`);
    assert.notDeepEqual(latest, earliest);

    await page.selectOption(SORT_SELECT, "relevance");
    await page.waitForFunction(() => !/sort=/.test(location.search));
    assert.deepEqual(await resultPaths(page), byRelevance);
    assert.notDeepEqual(byRelevance, earliest, "relevance is an order of its own");

    assert.equal(loads(), loadsBefore, "no page load");
    assert.equal(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere), true, "the same document throughout");
    await page.context().close();
  });

  test("each search is a history entry: Back restores the query, the filters and the order before", async () => {
    const { page, loads } = await openSearch("");
    await page.locator(SEARCH_INPUT).fill("drone");
    await page.waitForFunction(() => location.search === "?q=drone");
    const drone = await resultPaths(page);
    await tickFilter(page, "kind", "attack");
    await page.waitForFunction(() => location.search === "?q=drone&kind=attack");
    const droneAttacks = await resultPaths(page);
    assert.ok(droneAttacks.length < drone.length, "the filter narrows the results");
    await page.selectOption(SORT_SELECT, "latest");
    await page.waitForFunction(() => location.search === "?q=drone&kind=attack&sort=latest");
    await resultPaths(page);
    const loadsBefore = loads();

    await page.goBack();
    await page.waitForFunction(() => location.search === "?q=drone&kind=attack");
    assert.deepEqual(await resultPaths(page), droneAttacks);
    assert.equal(await page.locator(SORT_SELECT).inputValue(), "relevance");
    assert.ok(await page.locator('input[data-filter="kind"][value="attack"]').isChecked());

    await page.goBack();
    await page.waitForFunction(() => location.search === "?q=drone");
    assert.deepEqual(await resultPaths(page), drone);
    assert.equal(await page.locator('input[data-filter="kind"][value="attack"]').isChecked(), false);
    assert.equal(await page.locator(SEARCH_INPUT).inputValue(), "drone");

    await page.goForward();
    await page.waitForFunction(() => location.search === "?q=drone&kind=attack");
    assert.deepEqual(await resultPaths(page), droneAttacks);
    assert.equal(loads(), loadsBefore, "Back and Forward stay on the page");
    await page.context().close();
  });

  test("the first result is four Tabs from the query box, and seven key presses from the page's start", async () => {
    const { page } = await openSearch("?q=drone");
    const [first] = await resultPaths(page);
    const focusedHref = () => page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : document.activeElement?.id || document.activeElement?.tagName));

    await page.locator(SEARCH_INPUT).focus();
    let tabs = 0;
    while ((await focusedHref()) !== first && tabs < 30) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    assert.equal(tabs, 4, "query box → Search → order → filters → first result");

    // From the top: Tab to "Skip to content", Enter, then Tab through the box, the button, the order and the filters.
    await page.goto(`${server.url}search/?q=drone`);
    await resultPaths(page);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    let presses = 2;
    while ((await focusedHref()) !== first && presses < 40) {
      await page.keyboard.press("Tab");
      presses++;
    }
    assert.equal(presses, 7);
    await page.context().close();
  });

  test("each kind of result carries its own labels: a source its publisher and date, an incident its date, place and kind", async () => {
    const { page } = await openSearch("?q=Kurilla");
    await resultPaths(page);
    const labels = await page.$$eval(".search-result", (items) =>
      items.map((item) => ({
        url: new URL(item.querySelector("a")!.href).pathname,
        labels: [...item.querySelectorAll(".search-result-facts dt")].map((dt) => dt.textContent),
        facts: item.querySelector(".search-result-facts")!.textContent,
        excerpt: item.querySelector(".search-result-excerpt")!.textContent ?? "",
      })),
    );
    const source = labels.find((result) => result.url === "/sources/ap-kurilla-testimony-2023-03-23/");
    assert.ok(source, `the AP source is found: ${labels.map((result) => result.url).join(", ")}`);
    assert.deepEqual(source.labels, ["Publisher", "Published", "Type"]);
    assert.match(source.facts, /PublisherAssociated Press \(AP\)/);
    assert.match(source.facts, /PublishedThursday 23 March 2023/);
    const incident = labels.find((result) => result.url.startsWith("/incidents/"));
    assert.deepEqual(incident?.labels, ["When", "Place", "Kind"]);
    // Words from neighbouring elements stay apart in excerpts ("PublisherAssociated", "wordsLate").
    for (const result of labels) assert.doesNotMatch(result.excerpt, /Publisher[A-Z]|Published[A-Z]|words[a-z0-9]|Quote[A-Z]/, `${result.url}: ${result.excerpt}`);
    await page.context().close();
  });

  test("filters are folded on a phone, with counts, and the first result is on the first screen", async () => {
    const { page } = await openSearch("?q=rockets", { width: 390, height: 844 });
    await resultPaths(page);
    assert.equal(await page.locator("details.search-filters").evaluate((details) => (details as HTMLDetailsElement).open), false);
    const top = (await page.locator(".search-result").first().boundingBox())!.y;
    assert.ok(top < 844 - 100, `first result at ${top} px`);
    await page.locator("details.search-filters summary").click();
    const attack = page.locator('.search-filter-values label:has(input[value="attack"])');
    assert.match((await attack.textContent()) ?? "", /^\s*attack\s+\(\d+\)\s*$/);
    await page.context().close();
  });

  test("filter data loads only when a filter is used, and then only that filter's", async () => {
    const { page, requests, problems } = await openSearch("?q=drone");
    await resultPaths(page);
    assert.ok(requests.some((url) => url.endsWith("/pagefind/filter-counts.json")), "the filter list comes from the build's counts");
    assert.deepEqual(requests.filter((url) => url.includes("/pagefind/filter/")), [], "no Pagefind filter file for a search without a filter");
    await tickFilter(page, "kind", "attack");
    await page.waitForFunction(() => /kind=attack/.test(location.search));
    await resultPaths(page);
    assert.equal(requests.filter((url) => url.includes("/pagefind/filter/")).length, 1, "one filter file, kind's");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test("a whole session — query, filters, orders, more results, Back — has no failed request, no error, no axe violation and valid markup", async () => {
    const { page, problems } = await openSearch("?q=rockets");
    await resultPaths(page);
    await page.locator(".search-more button").click();
    await page.waitForFunction(() => document.querySelectorAll(".search-result").length > 10);
    await tickFilter(page, "place", "Al-Omar oil field (MSS Green Village)");
    await resultPaths(page);
    await page.selectOption(SORT_SELECT, "latest");
    await resultPaths(page);
    await page.goBack();
    await resultPaths(page);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), [], colorScheme);
    }
    // The markup the script drew, as html-validate reads the built pages (.htmlvalidate.json).
    const config = JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
    // NOTE: the browser serialises every boolean attribute as hidden="" and open="": a trait of outerHTML, not of the markup.
    const validator = new HtmlValidate({ ...config, rules: { ...config.rules, "attribute-boolean-style": "off", "attribute-empty-style": "off" } });
    const report = await validator.validateString(`<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`);
    assert.deepEqual(report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)), []);
    assert.ok((await page.locator(RESULT_LINK).count()) > 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
