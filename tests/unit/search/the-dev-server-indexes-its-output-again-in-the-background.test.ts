/** src/search/reindex-output.ts on a real build: indexes again, and a new build cancels a reindex under way cleanly. */
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { OutputReindexer } from "../../../src/search/reindex-output.ts";
import { buildToTemp, SHIPPED_CONTENT } from "../../helpers/build.ts";

const until = async (what: string, check: () => boolean, timeoutMs = 30_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

test("indexes every incident and source page again; a cancel mid-way is silent and the next run completes", async () => {
  const output = await buildToTemp(SHIPPED_CONTENT);
  const entry = path.join(output, "pagefind/pagefind-entry.json");
  await rm(path.join(output, "pagefind"), { recursive: true });
  const lines: string[] = [];
  const reindexer = new OutputReindexer("en", "{incidents,sources}/*/index.html", (line) => lines.push(line), 10);

  reindexer.schedule(output);
  await until("a first reindex", () => lines.length > 0);
  assert.deepEqual(lines, [lines[0]]);
  assert.match(lines[0], /^\[search\] Indexed 21 pages again in \d+\.\d s$/, "11 incidents and 10 sources");
  assert.ok(JSON.parse(await readFile(entry, "utf8")).languages.en.page_count === 21);

  // A build starts while a reindex runs: it stops without a word, and the build's end schedules the next.
  reindexer.schedule(output);
  await new Promise((resolve) => setTimeout(resolve, 15));
  reindexer.cancel();
  reindexer.schedule(output);
  await until("the reindex after the cancel", () => lines.length > 1);
  assert.equal(lines.length, 2);
  assert.match(lines[1], /^\[search\] Indexed 21 pages again in/);
  await rm(path.dirname(output), { recursive: true, force: true });
});
