/**
 * axe-core in Chromium on the pages of tests/fixtures/sources-in-other-languages (Arabic text right to
 * left, its translation, quotes in both, confidence, corrections, aliases), light and dark, desktop
 * and phone: zero violations, and no page wider than the phone.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { buildToTemp, fixture } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";

const PAGES = ["/sources/monitor-toll-ar/", "/incidents/2023-03-24-strikes-deir-ez-zor/", "/changes/", "/places/deir-ez-zor/", "/disputes/", "/briefing/", "/about/", "/"];
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

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
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        for (const violation of results.violations) {
          violations.push(`${url}: ${violation.id} (${violation.impact}) — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) violations.push(`${url}: ${overflow} px wider than the ${viewport.width} px window`);
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
}
