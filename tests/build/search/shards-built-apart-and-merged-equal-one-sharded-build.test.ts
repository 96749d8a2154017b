/**
 * Past one machine (docs/performance.md): each search shard built alone, as the jobs of a CI matrix
 * would (src/search/shard-job.ts), then joined by `merge-shards`, gives the site one sharded build
 * gives, byte for byte: pages, sitemap, every shard's bundle, shards.json, sort-ranks.json and the
 * filter counts. A merge missing a shard, or of builds that do not belong together, is refused.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { briefing, workspace, type Workspace } from "../../cli/support.ts";
import { SHIPPED_CONTENT } from "../../helpers/build.ts";
import { hashTree } from "../../helpers/site-files.ts";

// The shipped notes: 11 incidents and 10 sources, 21 searchable pages, in 3 shards of at most 8.
const PER_SHARD = "8";
let space: Workspace;
const run = async (...args: string[]) => {
  const result = await briefing(args, { cwd: space.dir, timeoutMs: 120_000 });
  return { ...result, output: result.stdout + result.stderr };
};
const build = async (output: string, ...args: string[]) => {
  const result = await run("build", "--output", output, "--search-shard-pages", PER_SHARD, ...args);
  assert.equal(result.code, 0, result.output);
};

before(async () => {
  space = await workspace(SHIPPED_CONTENT);
  await build("whole");
  for (const shard of ["1", "2", "3"]) await build(`shard-${shard}`, "--search-shard", shard);
});
after(() => space.remove());

test("three shards built apart and merged are the whole sharded build, byte for byte", async () => {
  const merged = await run("merge-shards", "--output", "merged", "shard-1", "shard-2", "shard-3");
  assert.equal(merged.code, 0, merged.output);
  const [whole, joined] = [await hashTree(path.join(space.dir, "whole")), await hashTree(path.join(space.dir, "merged"))];
  assert.deepEqual(JSON.parse(await readFile(path.join(space.dir, "merged/pagefind/shards.json"), "utf8")), { shards: ["", "shard-2/", "shard-3/"] });
  for (const file of ["sitemap.xml", "pagefind/sort-ranks.json", "pagefind/filter-counts.json", "pagefind/shard-3/pagefind-entry.json"]) assert.ok(whole.has(file), file);
  const differing = [...new Set([...whole.keys(), ...joined.keys()])].filter((file) => whole.get(file) !== joined.get(file));
  assert.deepEqual(differing, []);
});

test("a shard's build holds its own pages, and the first also every page that is not searched", async () => {
  const pages = async (folder: string, under: string) => (await readdir(path.join(space.dir, folder, under)).catch(() => [] as string[])).filter((name) => name !== "index.html");
  const incidents = await Promise.all(["shard-1", "shard-2", "shard-3"].map((folder) => pages(folder, "incidents")));
  const sources = await Promise.all(["shard-1", "shard-2", "shard-3"].map((folder) => pages(folder, "sources")));
  const counts = incidents.map((list, index) => list.length + sources[index].length);
  assert.deepEqual(counts, [7, 7, 7]);
  assert.deepEqual(incidents.flat().sort(), await pages("whole", "incidents"));
  for (const [folder, expected] of [["shard-1", true], ["shard-2", false]] as const) {
    for (const file of ["index.html", "timeline/index.html", "data/incidents.json", "sitemap.xml"]) {
      assert.equal((await readdir(path.join(space.dir, folder, path.dirname(file))).catch(() => [] as string[])).includes(path.basename(file)), expected, `${folder}/${file}`);
    }
  }
});

test("a merge missing a shard, or joining different shard sizes, is refused and writes nothing", async () => {
  const missing = await run("merge-shards", "--output", "partial", "shard-1", "shard-3");
  assert.equal(missing.code, 1);
  assert.match(missing.output, /shard 2 of 3 is missing; expected a build of each shard, 1 to 3/);
  await run("build", "--output", "other-size", "--search-shard-pages", "5", "--search-shard", "2");
  const mixed = await run("merge-shards", "--output", "partial", "shard-1", "other-size", "shard-3");
  assert.equal(mixed.code, 1);
  assert.match(mixed.output, /other-size is shard 2 of 5, .*shard-1 of 3; expected builds with the same --search-shard-pages of the same notes/);
  assert.equal((await readdir(space.dir)).includes("partial"), false);
});

test("a shard beyond the site's, or without a shard size, is refused before anything is built", async () => {
  const beyond = await run("build", "--output", "beyond", "--search-shard-pages", PER_SHARD, "--search-shard", "4");
  assert.equal(beyond.code, 1);
  assert.match(beyond.output, /--search-shard: found 4; expected 1 to 3: the site's searchable pages make 3 shards of at most 8 pages/);
  const sizeless = await run("build", "--output", "beyond", "--search-shard", "2");
  assert.equal(sizeless.code, 2);
  assert.match(sizeless.output, /--search-shard: expected --search-shard-pages N too/);
  assert.equal((await readdir(space.dir)).includes("beyond"), false);
});
