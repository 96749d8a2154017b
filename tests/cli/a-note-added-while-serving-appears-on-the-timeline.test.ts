/**
 * `npm start` in a real browser: a note added while serving appears on the open timeline without a
 * restart (live reload) and in search, and a note that turns invalid prints its problem while the server keeps
 * serving the last good site. The server runs in its own process group, killed as a whole at the end.
 */
import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { startDevServer, workspace, type DevServer, type Workspace } from "./support.ts";

let space: Workspace;
let server: DevServer;
let browser: Browser;
let page: Page;
let url: string;

const note = (title: string, kind = "statement") =>
  `---\ntitle: "${title}"\ndate: "2023-03-25T09:00"\nkind: ${kind}\nplace: hasakah\nsources:\n  - source: dod-statement\n---\nAdded while serving.\n`;

before(async () => {
  space = await workspace();
  server = await startDevServer(space);
  url = server.url;
  browser = await launchBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await space.remove();
});

test("the timeline is served with the notes of the content folder", async () => {
  const response = await page.goto(url);
  assert.equal(response?.status(), 200);
  const text = await page.textContent("body");
  assert.match(text!, /Drone strikes coalition base near Hasakah/);
  assert.match(text!, /Rockets fired at Green Village/);
});

test("a note added while serving appears on the open page without a restart", async () => {
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Added while serving"));
  // No reload by the test: the dev server's live reload brings the new timeline in.
  await page.waitForFunction(() => document.body.textContent?.includes("Added while serving"), undefined, { timeout: 20_000 });
});

// NOTE: saved at once, while the added note's second pass may still be building: its reload waits for this edit's (src/preview).
test("an edit to a note shows too", async () => {
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Edited while serving"));
  await page.waitForFunction(() => document.body.textContent?.includes("Edited while serving"), undefined, { timeout: 20_000 });
});

test("search in the dev server finds the edited note, without a restart", async () => {
  const search = await browser.newPage();
  const found = async () => {
    await search.goto(`${url}search/?q=edited`);
    return search
      .waitForSelector('.search-result-title a[href$="/incidents/2023-03-25-added-while-serving/"]', { timeout: 3_000 })
      .then(() => true, () => false);
  };
  // The shards holding the edited page are indexed again in the background after the edit's build (here one shard: the whole site).
  await server.until("the edited note in the search results", found, 60_000);
  // Every incident and source page, the added one included, and nothing else.
  const pages = (await readdir(path.join(space.content, "incidents"))).length + (await readdir(path.join(space.content, "sources"))).length;
  assert.match(server.log, new RegExp(`\\[search\\] Indexed ${pages} pages again in`));
  await search.close();
});

test("a note that turns invalid prints its problem; the last good site is still served", async () => {
  const logged = server.log.length;
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Broken while serving", "statment"));
  await server.until("the problem in the server's log", () => server.log.slice(logged).includes("content problem"));
  assert.match(server.log.slice(logged), /content\/incidents\/2023-03-25-added-while-serving\.md:4:1 {2}kind {2}found "statment"; expected one of attack, strike, statement, assessment/);
  assert.doesNotMatch(server.log.slice(logged), /^\s+at /m, "a stack trace in the server log");

  const response = await page.goto(url);
  assert.equal(response?.status(), 200);
  const text = await page.textContent("body");
  assert.match(text!, /Edited while serving/, "the last good timeline");
  assert.doesNotMatch(text!, /Broken while serving/);
  assert.equal(server.exitCode, null, "the server stopped");
});

test("once fixed, the note is back without a restart", async () => {
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Fixed while serving"));
  await server.until("the fixed note on the timeline", async () => (await (await fetch(url)).text()).includes("Fixed while serving"));
});
