/**
 * axe-core in Chromium on a source cited by a hundred notes (the bench's generator with one source):
 * its own page, which lists the first 50, and the later pages of the incidents citing it, light and
 * dark, desktop and phone: zero violations, and no page wider than the phone.
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { generateNotes } from "../../scripts/bench/generate-notes.ts";
import { buildToTemp } from "../helpers/build.ts";
import { axeFindings, overflowFindings, VIEWPORTS } from "../helpers/axe.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";


let root: string;
let pages: string[];
let browser: Browser;
let server: StaticServer;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "briefing-one-source-"));
  const content = path.join(root, "content");
  await generateNotes(content, { notes: 120, seed: 3, sources: 1, places: 2 });
  const output = await buildToTemp(content, { output: path.join(root, "_site") });
  // One source, cited by every note: its page lists 50, then /cited-by/2/ and /cited-by/3/.
  const [source] = (await readdir(path.join(output, "sources"))).filter((name) => name.startsWith("source-"));
  pages = [`/sources/${source}/`, `/sources/${source}/cited-by/2/`, `/sources/${source}/cited-by/3/`];
  browser = await launchBrowser();
  server = await serveStatic(output);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`no axe violation on a source's pages of citing incidents, ${colorScheme} scheme, ${name}`, async () => {
      const context = await browser.newContext({ colorScheme, viewport });
      const violations: string[] = [];
      for (const url of pages) {
        const page = await context.newPage();
        const response = await page.goto(new URL(url.slice(1), server.url).href);
        assert.equal(response?.status(), 200, url);
        violations.push(...(await axeFindings(page, url)), ...(await overflowFindings(page, url, viewport.width)));
        await page.close();
      }
      await context.close();
      assert.deepEqual(violations, []);
    });
  }
}
