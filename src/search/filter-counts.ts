/**
 * The filter list of the search page, written by the build beside the bundle: each filter's values
 * and how many pages carry each (`filter-counts.json`). The page draws its filters from this small
 * file, so Pagefind's own filter files (every value with every page number; 155 kB at 10,000
 * notes) are fetched only when the reader uses a filter — and then only that filter's.
 *
 * Read from the bundle Pagefind wrote, so the values are exactly those a filtered search matches.
 * NOTE: Pagefind's file format is internal (1.5.2 and 1.6.0: gzip, then "pagefind_dcd", then CBOR of
 * [filter, [[value, pages]]]); a bundle in another shape is refused with its file name, and
 * tests/build/search/the-build-writes-the-filter-values-and-counts.test.ts pins the version.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";
import { SearchIndexError } from "./index-site.ts";
import { shardDir } from "./shards.ts";

export const FILTER_COUNTS_FILE = "filter-counts.json";
const SIGNATURE = "pagefind_dcd";

/** Filter name → value → pages carrying it; names and values sorted, so every build writes the same bytes. */
export type FilterCounts = Record<string, Record<string, number>>;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function readFilterFile(file: string, bytes: Buffer): [string, [string, number[]][]] {
  const data = gunzipSync(bytes);
  const decoded: unknown = data.subarray(0, SIGNATURE.length).toString("latin1") === SIGNATURE ? decode(data.subarray(SIGNATURE.length)) : undefined;
  const valid =
    Array.isArray(decoded) &&
    typeof decoded[0] === "string" &&
    Array.isArray(decoded[1]) &&
    decoded[1].every((entry: unknown) => Array.isArray(entry) && typeof entry[0] === "string" && Array.isArray(entry[1]));
  if (!valid) throw new SearchIndexError("counting the filter values", [`${file} is not a Pagefind 1.6 filter file`]);
  return decoded as [string, [string, number[]][]];
}

/** The values and page counts of every filter in the bundle at `bundleDir`, over its `shards` shards (shards.ts). */
export async function readFilterCounts(bundleDir: string, shards = 1): Promise<FilterCounts> {
  const counts: Record<string, Map<string, number>> = {};
  for (let shard = 0; shard < shards; shard++) {
    const dir = path.join(shardDir(bundleDir, shard), "filter");
    const files = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(".pf_filter")).sort(byCodePoint);
    // NOTE: a page citing two sources of one publisher lists that value twice; it counts once. Page numbers are the shard's own.
    const inShard: Record<string, Map<string, Set<number>>> = {};
    for (const name of files) {
      const [filter, values] = readFilterFile(name, await readFile(path.join(dir, name)));
      const pagesOf = (inShard[filter] ??= new Map());
      for (const [value, pages] of values) for (const page of pages) (pagesOf.get(value) ?? pagesOf.set(value, new Set()).get(value)!).add(page);
    }
    for (const [filter, pagesOf] of Object.entries(inShard)) {
      const byValue = (counts[filter] ??= new Map());
      for (const [value, pages] of pagesOf) byValue.set(value, (byValue.get(value) ?? 0) + pages.size);
    }
  }
  const sorted: FilterCounts = {};
  for (const filter of Object.keys(counts).sort(byCodePoint)) {
    sorted[filter] = Object.fromEntries([...counts[filter]].sort(([a], [b]) => byCodePoint(a, b)));
  }
  return sorted;
}

/** Writes `filter-counts.json` into the bundle folder. */
export async function writeFilterCounts(bundleDir: string, shards = 1): Promise<FilterCounts> {
  const counts = await readFilterCounts(bundleDir, shards);
  await writeFile(path.join(bundleDir, FILTER_COUNTS_FILE), `${JSON.stringify(counts)}\n`);
  return counts;
}
