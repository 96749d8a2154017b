/** axe-core in Chromium on every page type, light and dark, desktop and phone: zero violations. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { axeFindings, VIEWPORTS } from "../helpers/axe.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { SHIPPED_PAGE_TYPES } from "../helpers/page-types.ts";

const PAGES = SHIPPED_PAGE_TYPES;

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
        violations.push(...(await axeFindings(page, url)));
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
}
