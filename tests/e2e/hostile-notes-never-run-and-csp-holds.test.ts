/**
 * In a real browser: no hostile note runs anything, and the Content-Security-Policy of every page
 * is strict and never violated while browsing and searching.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildToTemp, fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { tickFilter } from "../helpers/search-ui.ts";
import { listPages, urlOf } from "../helpers/site-files.ts";

let browser: Browser;
const servers: StaticServer[] = [];

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serveBuild(content: string): Promise<{ url: string; pages: string[] }> {
  const output = await buildToTemp(content);
  const server = await serveStatic(output);
  servers.push(server);
  return { url: server.url, pages: (await listPages(output)).map(urlOf) };
}

/** Records CSP violations, dialogs and the hostile notes' marker on a page. */
async function watch(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const watched = { violations: [] as string[], dialogs: [] as string[] };
  await page.exposeFunction("__reportViolation", (text: string) => watched.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("dialog", async (dialog) => {
    watched.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return watched;
}

const CSP = /^default-src 'none'; script-src 'self'( 'wasm-unsafe-eval')?; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'$/;

test("every page carries a strict policy: no inline script or style, wasm only where search runs", async () => {
  const site = await serveBuild(SHIPPED_CONTENT);
  const page = await browser.newPage();
  for (const url of site.pages) {
    await page.goto(new URL(url.slice(1), site.url).href);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy ?? "", CSP, url);
    assert.equal(policy?.includes("wasm-unsafe-eval"), url === "/search/", `${url}: wasm-unsafe-eval only on the search page`);
    assert.ok(!policy?.includes("unsafe-inline"));
  }
  await page.close();
});

test("browsing every page and searching records zero CSP violations", async () => {
  const site = await serveBuild(SHIPPED_CONTENT);
  const page = await browser.newPage();
  const watched = await watch(page);
  for (const url of site.pages) await page.goto(new URL(url.slice(1), site.url).href);
  await page.goto(`${site.url}search/?q=drone`);
  await page.waitForSelector(".search-result-title a");
  await tickFilter(page, "kind", "attack");
  await page.selectOption("#search-sort", "earliest");
  await page.waitForSelector(".search-result-title a");
  await page.waitForTimeout(500);
  assert.deepEqual(watched.violations, []);
  await page.close();
});

test("no hostile note runs anything: every page loaded, the note searched, nothing executed", async () => {
  const site = await serveBuild(fixture("hostile-notes"));
  const page = await browser.newPage();
  const watched = await watch(page);
  for (const url of site.pages) {
    await page.goto(new URL(url.slice(1), site.url).href);
    // Fire what a broken-out attribute could have hooked (mouseover, focus, click on non-links) on every element.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll("body *")) {
        element.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        element.dispatchEvent(new FocusEvent("focus"));
        if (!element.closest("a, button, form")) element.dispatchEvent(new MouseEvent("click", { bubbles: true }));
      }
    });
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, url);
  }
  await page.goto(`${site.url}search/?q=hostile`);
  await page.waitForSelector(".search-result-title a");
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, "search results");
  const resultText = await page.locator(".search-results").innerText();
  assert.match(resultText, /<script>window.__pwned='title'<\/script>Hostile title/, "the hostile title shows as text in results");
  assert.match(resultText, /<img src=x onerror="window.__pwned='summary'">/, `the hostile excerpt shows as text in results: ${resultText}`);
  assert.equal(await page.locator(".search-results img, .search-results script, .search-results svg").count(), 0);
  assert.ok((await page.locator(".search-result-excerpt mark").count()) > 0, "highlights survive the escaping");
  // The filter panel is drawn from the build's filter-counts.json, as text.
  await page.locator("details.search-filters summary").click();
  const filterLabels = (await page.locator(".search-filter-values label").allTextContents()).map((label) => label.trim());
  assert.ok(filterLabels.some((label) => label.startsWith(`<svg onload="window.__pwned='place'">Somewhere`)), `filter panel shows text: ${filterLabels.join(" | ")}`);
  assert.equal(await page.locator(".search-filters svg, .search-filters b").count(), 0, "no element from a filter value");
  // A hostile value works as a filter too: it is searched with as the text it is.
  await page.locator(".search-filter-values label", { hasText: `<b onclick="window.__pwned='actor'">Actor</b>` }).locator("input").check();
  await page.waitForFunction(() => /^1 result/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  assert.deepEqual(watched.dialogs, []);
  assert.deepEqual(watched.violations, [], "nothing even tried to run against the policy");
  await page.close();
});
