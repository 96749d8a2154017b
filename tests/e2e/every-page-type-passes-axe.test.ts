/** axe-core in Chromium on every page type, light and dark, desktop and phone: zero violations. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { SHIPPED_PAGE_TYPES } from "../helpers/page-types.ts";

const PAGES = SHIPPED_PAGE_TYPES;
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

let browser: Browser;
let server: StaticServer;

before(async () => {
  browser = await launchBrowser();
  server = await serveStatic(await buildToTemp(SHIPPED_CONTENT));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`no axe violation on any page type, ${colorScheme} scheme, ${name}`, async () => {
      const context = await browser.newContext({ colorScheme, viewport });
      const violations: string[] = [];
      for (const url of PAGES) {
        const page = await context.newPage();
        await page.goto(new URL(url.slice(1), server.url).href);
        if (url.startsWith("/search/")) {
          // Search with results open, and its filter panel.
          await page.waitForSelector(".search-result-title a");
          await page.waitForTimeout(500);
        }
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        for (const violation of results.violations) {
          violations.push(`${url}: ${violation.id} (${violation.impact}) — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
        }
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
}
