/**
 * src/search/reindex-output.ts on a real sharded build (the shipped notes: 21 searchable pages in 3
 * shards of 8): after a save the dev server indexes again only the shards holding a page it wrote,
 * and what it writes is what the build writes for the same pages; a new build cancels a reindex
 * under way cleanly, and the next run still does what was left.
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { ShardLayout } from "../../../src/search/index-site.ts";
import { OutputReindexer } from "../../../src/search/reindex-output.ts";
import { isSearchableUrl, shardStarts, timeSortValue } from "../../../src/search/shards.ts";
import { toSend } from "../../../src/search/stream-index.ts";
import { buildToTemp, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { hashTree, listPages, urlOf } from "../../helpers/site-files.ts";

const PER_SHARD = 8;
let built: string;
let scratch: string;
let urls: string[];
let layout: ShardLayout;

before(async () => {
  process.env.BRIEFING_SEARCH_SHARD_PAGES = String(PER_SHARD);
  try {
    built = await buildToTemp(SHIPPED_CONTENT);
  } finally {
    delete process.env.BRIEFING_SEARCH_SHARD_PAGES;
  }
  scratch = await mkdtemp(path.join(tmpdir(), "briefing-reindex-"));
  urls = (await listPages(built)).map(urlOf).filter(isSearchableUrl).sort();
  // What the build's index reported of its shards (stream-index.ts), worked out again from its output.
  const times = await Promise.all(urls.map(async (url) => timeSortValue(toSend({ url, outputPath: "index.html", content: await readFile(path.join(built, url, "index.html"), "utf8") })!.content)));
  layout = { firsts: [0, ...shardStarts(urls.length, PER_SHARD)].map((start) => urls[start]), pages: urls.map((url, i) => ({ url, time: times[i]! })) };
});
after(() => Promise.all([rm(path.dirname(built), { recursive: true, force: true }), rm(scratch, { recursive: true, force: true })]));

const until = async (what: string, check: () => boolean, timeoutMs = 60_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** A copy of the build, and a reindexer that knows its shards; `runs` waits for its next line. */
async function copyWithReindexer(name: string) {
  const output = path.join(scratch, name);
  await cp(built, output, { recursive: true });
  const lines: string[] = [];
  const reindexer = new OutputReindexer("en", (line) => lines.push(line), 10);
  reindexer.startFrom(layout);
  const next = async (schedule: () => void) => {
    const seen = lines.length;
    schedule();
    await until("a reindex", () => lines.length > seen);
    return lines[seen];
  };
  return { output, reindexer, lines, next };
}

const bundle = async (output: string) => hashTree(path.join(output, "pagefind"));
const within = (tree: Map<string, string>, folder: string) => new Map([...tree].filter(([file]) => (folder === "" ? !file.startsWith("shard-") : file.startsWith(folder))));

test("indexing every shard again writes the build's own bundle, byte for byte", async () => {
  assert.equal(layout.firsts.length, 3);
  const { output, reindexer, next } = await copyWithReindexer("all");
  assert.match(await next(() => reindexer.schedule(output, urls)), /^\[search\] Indexed 21 pages again \(3 of 3 shards\) in \d+\.\d s$/);
  assert.deepEqual(await bundle(output), await bundle(built));
});

test("after a page changes, only its shard is indexed again, and the bundle is what indexing everything gives", async () => {
  const changed = urls[10];
  const edit = async (output: string) => {
    const file = path.join(output, changed, "index.html");
    const html = await readFile(file, "utf8");
    await writeFile(file, html.replace(/(<h1[^>]*>)/, "$1Zebraword "));
    assert.notEqual(await readFile(file, "utf8"), html);
  };
  const one = await copyWithReindexer("one");
  await edit(one.output);
  assert.match(await one.next(() => one.reindexer.schedule(one.output, [changed, "/timeline/", "/about/"])), /^\[search\] Indexed 7 pages again \(1 of 3 shards\) in/);
  const [before, after] = [await bundle(built), await bundle(one.output)];
  assert.deepEqual(within(after, ""), within(before, ""), "the first shard is untouched");
  assert.deepEqual(within(after, "shard-3/"), within(before, "shard-3/"), "the third shard is untouched");
  assert.notDeepEqual(within(after, "shard-2/"), within(before, "shard-2/"));
  // Pagefind names its files by their content: the old ones of the shard are gone, not left beside the new.
  assert.equal(within(after, "shard-2/").size, within(before, "shard-2/").size);

  const all = await copyWithReindexer("everything");
  await edit(all.output);
  await all.next(() => all.reindexer.schedule(all.output, urls));
  assert.deepEqual(await bundle(one.output), await bundle(all.output));
});

test("a cancel mid-way is silent, and the next run indexes what was left", async () => {
  const { output, reindexer, lines, next } = await copyWithReindexer("cancelled");
  reindexer.schedule(output, [urls[0], urls[20]]);
  await new Promise((resolve) => setTimeout(resolve, 15));
  reindexer.cancel();
  // The build's end schedules again, with nothing new written: the shards the cancelled run had to do are still done.
  assert.match(await next(() => reindexer.schedule(output, [])), /^\[search\] Indexed 14 pages again \(2 of 3 shards\) in/);
  assert.equal(lines.length, 1);
  assert.deepEqual(await bundle(output), await bundle(built));
});
