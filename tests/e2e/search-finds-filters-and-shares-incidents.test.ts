/**
 * Search in a real browser against the real built site, served at the root and under a sub-path
 * exactly as a static host would serve it.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { resultPaths, SEARCH_INPUT, SORT_SELECT, tickFilter } from "../helpers/search-ui.ts";

const DRONE_STRIKE = "/incidents/2023-03-23-drone-strike-hasakah-base/";

let browser: Browser;
const servers: StaticServer[] = [];

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** A page that keeps its console and failed requests, so a failure says what the browser saw. */
async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") console.error(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => console.error(`pageerror: ${error.message}`));
  return page;
}

async function openSearch(page: Page, url: string): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  return violations;
}

for (const prefix of ["/", "/briefing/"]) {
  describe(`search on a site served at ${prefix}`, () => {
    let base: string;
    const local = (path: string) => `${prefix.replace(/\/$/, "")}${path}`;

    before(async () => {
      const output = await buildToTemp(SHIPPED_CONTENT, { pathPrefix: prefix === "/" ? undefined : prefix });
      const server = await serveStatic(output, prefix);
      servers.push(server);
      base = server.url;
    });

    test('"drone" finds the Hasakah drone strike first, without CSP violations', async () => {
      const page = await newPage();
      const violations = await openSearch(page, `${base}search/?q=drone`);
      const urls = await resultPaths(page);
      assert.equal(urls[0], local(DRONE_STRIKE));
      assert.deepEqual(violations, []);
      await page.close();
    });

    test("filtering to strike narrows the results to the strikes and puts the filter in the URL", async () => {
      const page = await newPage();
      await page.goto(`${base}search/?q=Deir%20ez-Zor`);
      const before = await resultPaths(page);
      assert.ok(before.some((url) => !url.includes("strike")), `expected mixed results first, got ${before.join(", ")}`);
      await tickFilter(page, "kind", "strike");
      await page.waitForFunction(() => /kind=strike/.test(window.location.search));
      await page.waitForFunction(() => /^1 result/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
      const after = await resultPaths(page);
      assert.deepEqual(after, [local("/incidents/2023-03-24-f15e-strikes-deir-ez-zor/")]);
      await page.close();
    });

    test("a shared link with ?q= and a filter opens with both applied", async () => {
      const page = await newPage();
      await page.goto(`${base}search/?q=rockets&kind=attack`);
      const urls = await resultPaths(page);
      assert.equal(await page.inputValue(SEARCH_INPUT), "rockets");
      assert.ok(await page.locator('input[data-filter="kind"][value="attack"]').isChecked(), "the filter shows as ticked");
      assert.ok(urls.length >= 2);
      assert.ok(urls.every((url) => url.startsWith(local("/incidents/"))), urls.join(", "));
      const kinds = await page.$$eval(".search-result-facts div", (facts) => facts.filter((fact) => fact.querySelector("dt")?.textContent === "Kind").map((fact) => fact.querySelector("dd")?.textContent ?? ""));
      assert.ok(kinds.length === urls.length && kinds.every((text) => /^attack/.test(text)), kinds.join(" | "));
      await page.close();
    });

    test("the URL follows what the user types", async () => {
      const page = await newPage();
      await page.goto(`${base}search/`);
      await page.locator(SEARCH_INPUT).fill("Kurilla");
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get("q") === "Kurilla");
      const urls = await resultPaths(page);
      assert.ok(urls.includes(local("/incidents/2023-03-23-kurilla-house-testimony/")));
      await page.close();
    });

    test("chronological order really is chronological", async () => {
      const page = await newPage();
      await page.goto(`${base}search/?q=rockets`);
      await resultPaths(page);
      await page.selectOption(SORT_SELECT, "earliest");
      await page.waitForFunction(() => /sort=earliest/.test(window.location.search));
      const urls = await resultPaths(page);
      const keys: string[] = [];
      for (const url of urls) {
        const html = await (await fetch(new URL(url, base))).text();
        keys.push(/data-pagefind-sort="time">([^<]+)</.exec(html)?.[1] ?? "");
      }
      assert.ok(keys.every(Boolean), `every result has a sort key: ${keys.join(", ")}`);
      assert.deepEqual(keys, [...keys].sort(), `results in time order: ${urls.join(", ")}`);
      await page.close();
    });
  });
}

test("with JavaScript off the search page says so and links to the listings", async () => {
  const output = await buildToTemp(SHIPPED_CONTENT);
  const server = await serveStatic(output);
  servers.push(server);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}search/?q=drone`);
  const notice = await page.locator("main").innerText();
  assert.match(notice, /needs JavaScript, which is turned off/);
  for (const href of ["/", "/sources/", "/places/", "/kinds/"]) {
    assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, `link to ${href}`);
  }
  await context.close();
});
