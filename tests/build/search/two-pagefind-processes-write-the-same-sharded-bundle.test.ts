/**
 * `--search-processes 2` (src/search/pagefind-processes.ts): two Pagefind processes take a sharded
 * build's shards in turn, one writing a shard while the other is sent the next. The site they write
 * is the one a single process writes, byte for byte, search bundle included; the option is refused
 * where it cannot apply.
 */
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { after, before, test } from "node:test";
import { briefing, workspace, type Workspace } from "../../cli/support.ts";
import { SHIPPED_CONTENT } from "../../helpers/build.ts";
import { hashTree } from "../../helpers/site-files.ts";

// The shipped notes: 21 searchable pages, in 3 shards of at most 8: the second process takes shard 2.
const PER_SHARD = "8";
let space: Workspace;
const run = async (...args: string[]) => {
  const result = await briefing(args, { cwd: space.dir, timeoutMs: 120_000 });
  return { ...result, output: result.stdout + result.stderr };
};

before(async () => {
  space = await workspace(SHIPPED_CONTENT);
});
after(() => space.remove());

test("two Pagefind processes write the sharded site one process writes, byte for byte", async () => {
  const one = await run("build", "--output", "one", "--search-shard-pages", PER_SHARD);
  assert.equal(one.code, 0, one.output);
  assert.doesNotMatch(one.output, /Pagefind processes/);
  const two = await run("build", "--output", "two", "--search-shard-pages", PER_SHARD, "--search-processes", "2");
  assert.equal(two.code, 0, two.output);
  assert.match(two.output, /\[search\] Indexed 21 of \d+ pages \(incidents and sources\) into pagefind\/, by 2 Pagefind processes/);
  const [first, second] = [await hashTree(`${space.dir}/one`), await hashTree(`${space.dir}/two`)];
  for (const file of ["pagefind/shards.json", "pagefind/pagefind-entry.json", "pagefind/shard-2/pagefind-entry.json", "pagefind/shard-3/pagefind-entry.json", "pagefind/sort-ranks.json"]) assert.ok(first.has(file), file);
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
  assert.deepEqual(differing, []);
});

test("--search-processes is refused without shards, with a shard alone, or beyond 2, before anything is built", async () => {
  for (const [args, expected] of [
    [["--search-processes", "2"], /--search-processes: expected --search-shard-pages N too, and no --search-shard/],
    [["--search-shard-pages", PER_SHARD, "--search-shard", "1", "--search-processes", "2"], /--search-processes: expected --search-shard-pages N too, and no --search-shard/],
    [["--search-shard-pages", PER_SHARD, "--search-processes", "3"], /--search-processes: found "3"; expected 1 or 2/],
  ] as const) {
    const refused = await run("build", "--output", "refused", ...args);
    assert.equal(refused.code, 2, refused.output);
    assert.match(refused.output, expected);
  }
  assert.equal((await readdir(space.dir)).includes("refused"), false);
});
