/**
 * Search in a real browser against the real built site, served at the root and under a sub-path
 * exactly as a static host would serve it.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { tickFilter } from "../helpers/search-ui.ts";

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

const consoleLines = new WeakMap<Page, string[]>();

/** A page that keeps its console and failed requests, so a failure says what the browser saw. */
async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  const lines: string[] = [];
  consoleLines.set(page, lines);
  page.on("console", (message) => lines.push(`console.${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => lines.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => lines.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) lines.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return page;
}

async function resultUrls(page: Page): Promise<string[]> {
  try {
    await page.waitForSelector(".pagefind-ui__result-link");
  } catch (error) {
    const ui = await page.locator("#search").innerHTML().catch(() => "(no #search)");
    throw new Error(`no results at ${page.url()}\n${(consoleLines.get(page) ?? []).join("\n")}\n#search: ${ui.slice(0, 800)}`, { cause: error });
  }
  // Results stream in as their fragments load; wait until the count is settled.
  await page.waitForFunction(() => {
    const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
    const count = Number(/(\d+) result/.exec(message)?.[1] ?? NaN);
    return document.querySelectorAll(".pagefind-ui__result-link").length === Math.min(count, 5);
  });
  const read = () => page.$$eval(".pagefind-ui__result-link", (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  // A re-mounted UI (after a change of order) may still be swapping results: read until two reads agree.
  let previous = await read();
  for (;;) {
    await page.waitForTimeout(250);
    const current = await read();
    if (current.length > 0 && current.join() === previous.join()) return current;
    previous = current;
  }
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
      const urls = await resultUrls(page);
      assert.equal(urls[0], local(DRONE_STRIKE));
      assert.deepEqual(violations, []);
      await page.close();
    });

    test("filtering to strike narrows the results to the strikes and puts the filter in the URL", async () => {
      const page = await newPage();
      await page.goto(`${base}search/?q=Deir%20ez-Zor`);
      const before = await resultUrls(page);
      assert.ok(before.some((url) => !url.includes("strike")), `expected mixed results first, got ${before.join(", ")}`);
      await tickFilter(page, "kind", "strike");
      await page.waitForFunction(() => /kind=strike/.test(window.location.search));
      await page.waitForFunction(() => /^1 result/.test(document.querySelector(".pagefind-ui__message")?.textContent ?? ""));
      const after = await resultUrls(page);
      assert.deepEqual(after, [local("/incidents/2023-03-24-f15e-strikes-deir-ez-zor/")]);
      await page.close();
    });

    test("a shared link with ?q= and a filter opens with both applied", async () => {
      const page = await newPage();
      await page.goto(`${base}search/?q=rockets&kind=attack`);
      const urls = await resultUrls(page);
      assert.equal(await page.inputValue("input.pagefind-ui__search-input"), "rockets");
      assert.ok(urls.length >= 2);
      assert.ok(urls.every((url) => url.startsWith(local("/incidents/"))), urls.join(", "));
      const kinds = await page.$$eval(".pagefind-ui__result-tag", (tags) => tags.map((tag) => tag.textContent ?? "").filter((text) => text.startsWith("Kind:")));
      assert.ok(kinds.length > 0 && kinds.every((text) => /^Kind: attack/.test(text.trim())), kinds.join(" | "));
      await page.close();
    });

    test("the URL follows what the user types", async () => {
      const page = await newPage();
      await page.goto(`${base}search/`);
      await page.locator("input.pagefind-ui__search-input").fill("Kurilla");
      await page.waitForFunction(() => new URLSearchParams(window.location.search).get("q") === "Kurilla");
      const urls = await resultUrls(page);
      assert.ok(urls.includes(local("/incidents/2023-03-23-kurilla-house-testimony/")));
      await page.close();
    });

    test("chronological order really is chronological", async () => {
      const page = await newPage();
      await page.goto(`${base}search/?q=rockets`);
      await resultUrls(page);
      await page.selectOption("#search-sort", "time");
      await page.waitForFunction(() => /sort=time/.test(window.location.search));
      const urls = await resultUrls(page);
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
