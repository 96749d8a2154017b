/**
 * axe-core in Chromium on the pages of tests/fixtures/sources-in-other-languages (Arabic text right to
 * left, its translation, quotes in both, confidence, corrections, aliases), light and dark, desktop
 * and phone: zero violations, and no page wider than the phone.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildToTemp, fixture } from "../helpers/build.ts";
import { axeFindings, overflowFindings, VIEWPORTS } from "../helpers/axe.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";

const PAGES = ["/sources/monitor-toll-ar/", "/incidents/2023-03-24-strikes-deir-ez-zor/", "/changes/", "/places/deir-ez-zor/", "/disputes/", "/briefing/", "/about/", "/"];

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

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`no axe violation with rtl sources, confidence and corrections, ${colorScheme} scheme, ${name}`, async () => {
      const context = await browser.newContext({ colorScheme, viewport });
      const violations: string[] = [];
      for (const url of PAGES) {
        const page = await context.newPage();
        await page.goto(new URL(url.slice(1), server.url).href);
        violations.push(...(await axeFindings(page, url)), ...(await overflowFindings(page, url, viewport.width)));
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
}
