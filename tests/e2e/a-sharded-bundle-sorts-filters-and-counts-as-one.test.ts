/**
 * The shipped content indexed in three shards (BRIEFING_SEARCH_SHARD_PAGES=7, src/search/shards.ts)
 * against the same content in one bundle, on the real search page in Chromium: every search sorted
 * by time, and a filter alone, lists the same pages in the same order; the filter list counts the
 * same; the bundle is the same every build. (An order by relevance differs: each shard ranks its
 * own pages, see docs/performance.md.)
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { resultPaths, searchStatus } from "../helpers/search-ui.ts";
import { hashTree } from "../helpers/site-files.ts";

let browser: Browser;
let single: StaticServer;
let sharded: StaticServer;
let shardedOutputs: string[];

async function buildWithShards(pages: string | undefined): Promise<string> {
  const before = process.env.BRIEFING_SEARCH_SHARD_PAGES;
  if (pages === undefined) delete process.env.BRIEFING_SEARCH_SHARD_PAGES;
  else process.env.BRIEFING_SEARCH_SHARD_PAGES = pages;
  try {
    return await buildToTemp(SHIPPED_CONTENT);
  } finally {
    if (before === undefined) delete process.env.BRIEFING_SEARCH_SHARD_PAGES;
    else process.env.BRIEFING_SEARCH_SHARD_PAGES = before;
  }
}

before(async () => {
  browser = await launchBrowser();
  const one = await buildWithShards(undefined);
  shardedOutputs = [await buildWithShards("7"), await buildWithShards("7")];
  single = await serveStatic(one);
  sharded = await serveStatic(shardedOutputs[0]);
});
after(async () => {
  await browser?.close();
  await single?.close();
  await sharded?.close();
});

async function listed(server: StaticServer, search: string): Promise<{ status: string; paths: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`${server.url}search/${search}`);
  const status = await searchStatus(page);
  const paths = status.startsWith("Nothing found") ? [] : await resultPaths(page);
  // Every result, not only the first page of them: "Show more" until the list is whole.
  while (await page.locator("[data-search-more]:not([hidden]) button").count()) {
    const count = paths.length;
    await page.locator("[data-search-more] button").click();
    await page.waitForFunction((shown) => document.querySelectorAll(".search-result").length > shown, count);
    paths.splice(0, paths.length, ...(await page.$$eval(".search-result-title a", (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))));
  }
  await page.close();
  assert.deepEqual(errors, [], `console errors on ${search}`);
  return { status, paths };
}

test("the bundle is written in three shards, named by shards.json, the same bytes every build", async () => {
  const manifest = JSON.parse(await readFile(path.join(shardedOutputs[0], "pagefind/shards.json"), "utf8"));
  assert.deepEqual(manifest, { shards: ["", "shard-2/", "shard-3/"] });
  const [first, second] = await Promise.all(shardedOutputs.map((output) => hashTree(path.join(output, "pagefind"))));
  assert.deepEqual([...first].filter(([file, hash]) => second.get(file) !== hash), []);
});

test("the filter list counts the same pages over three shards as over one", async () => {
  const counts = async (server: StaticServer) => (await fetch(new URL("pagefind/filter-counts.json", server.url))).json();
  assert.deepEqual(await counts(sharded), await counts(single));
});

for (const search of ["?q=strike&sort=earliest", "?q=strike&sort=latest", "?q=rockets&sort=earliest", "?q=US&sort=latest", "?kind=statement", "?kind=attack&sort=latest", "?q=Syria&kind=strike&sort=latest"]) {
  test(`${search} lists the same pages in the same order over three shards as over one`, async () => {
    const [one, three] = [await listed(single, search), await listed(sharded, search)];
    assert.ok(one.paths.length > 0, `${search} finds something`);
    assert.deepEqual(three, one);
  });
}
