/**
 * The same content builds to the same bytes — with one exception we cannot fix from outside
 * Pagefind: it writes each filter's values in hash-map order, which changes from run to run
 * (Pagefind issue #638; the same happens with its own CLI on an unchanged folder). The filter files,
 * whose names are hashes of their bytes, and the two files naming them (the .pf_meta index and
 * pagefind-entry.json) therefore differ in bytes; this test proves they hold the same data.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";
import { buildToTemp, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { hashTree } from "../../helpers/site-files.ts";

const VARIES_WITH_PAGEFIND_HASH_ORDER = /^pagefind\/(filter\/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$/;

const readPagefind = async (file: string): Promise<unknown> => decode(gunzipSync(await readFile(file)).subarray("pagefind_dcd".length));

type FilterFile = [string, [string, number[]][]];

/** The search data of a bundle with the hash-map order taken out: filter name → value → pages, sorted. */
async function canonicalFilters(output: string): Promise<string> {
  const meta = (await readMeta(output)) as unknown[];
  const filterIndex = meta[3] as [string, string][];
  const filters: Record<string, [string, number[]][]> = {};
  for (const [name, hash] of [...filterIndex].sort(([a], [b]) => a.localeCompare(b))) {
    const [fileName, values] = (await readPagefind(path.join(output, "pagefind/filter", `${hash}.pf_filter`))) as FilterFile;
    assert.equal(fileName, name);
    filters[name] = [...values].sort(([a], [b]) => a.localeCompare(b));
  }
  const rest = meta.filter((_, index) => index !== 3);
  return JSON.stringify({ rest, filters });
}

async function readMeta(output: string): Promise<unknown> {
  const entry = JSON.parse(await readFile(path.join(output, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { hash: string }> };
  return readPagefind(path.join(output, "pagefind", `pagefind.${entry.languages.en.hash}.pf_meta`));
}

test("two builds of the same content produce byte-identical output, and the same search data", async () => {
  const [firstOutput, secondOutput] = [await buildToTemp(SHIPPED_CONTENT), await buildToTemp(SHIPPED_CONTENT)];
  const [first, second] = [await hashTree(firstOutput), await hashTree(secondOutput)];
  assert.ok([...first.keys()].some((file) => file.startsWith("pagefind/fragment/")), "the search bundle is part of the comparison");
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
  assert.deepEqual(differing.filter((file) => !VARIES_WITH_PAGEFIND_HASH_ORDER.test(file)), []);
  assert.equal(await canonicalFilters(firstOutput), await canonicalFilters(secondOutput));
});
