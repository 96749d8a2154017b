/**
 * The search bundle in shards: consecutive runs of pages (in URL order), each indexed and written
 * by Pagefind on its own while the build goes on, then freed, so that Pagefind holds one shard's
 * words at a time and writes all but the last while Eleventy is still rendering
 * (docs/performance.md). The search page merges them (Pagefind's mergeIndex, templates/assets/search.js).
 *
 * Written beside the bundle, for the search page:
 * - `shards.json`: the shards' folders, relative to pagefind/ ("" is pagefind/ itself).
 * - `sort-ranks.json` (only with more than one shard): for each shard, the place in the whole
 *   site's time order of each of its pages, in the shard's own time order. NOTE: a merged search
 *   sorted by time ranks each shard's results on its own (Pagefind gives each result its rank in its
 *   shard as score), so the page puts them in the site's order with this table.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export const SHARDS_FILE = "shards.json";
export const SORT_RANKS_FILE = "sort-ranks.json";
/** Where a build of one shard alone leaves what the merge needs of it (shard-job.ts): `shard-parts/<n>.json`. */
export const SHARD_PARTS_DIR = "shard-parts";

/** The pages that carry searchable content (data-pagefind-body): incidents and sources, by URL. */
export const isSearchableUrl = (url: string) => /^\/(incidents|sources)\/[^/]+\/$/.test(url);

/**
 * Pages per shard by default: no limit, one bundle. NOTE: shards cost search quality (measured in
 * docs/performance.md): each shard ranks its own pages with its own word statistics, and a shard
 * that lacks a searched word answers with Pagefind's fallback (the word cut shorter until something
 * matches), which can outrank the real match in another shard. A filter alone, the order by time
 * of what a word finds and the filter counts stay exact. Shards are for an archive whose index does
 * not fit the build machine's memory in one piece.
 */
export const PAGES_PER_SHARD = Number.POSITIVE_INFINITY;

/**
 * Pages per shard in the dev server: after a save it indexes again only the shards holding a page it
 * wrote (reindex-output.ts), about a second for a thousand pages here. NOTE: search in the preview
 * then ranks by relevance as shards do (see PAGES_PER_SHARD), unlike the published site's one bundle,
 * once the site has more searchable pages than this.
 */
export const PREVIEW_PAGES_PER_SHARD = 1000;

export function previewPagesPerShard(): number {
  return process.env.BRIEFING_SEARCH_SHARD_PAGES ? pagesPerShard() : PREVIEW_PAGES_PER_SHARD;
}

/** The pages per shard in force: `npm run build -- --search-shard-pages N` (BRIEFING_SEARCH_SHARD_PAGES) or the default. */
export function pagesPerShard(): number {
  const value = Number(process.env.BRIEFING_SEARCH_SHARD_PAGES);
  return Number.isInteger(value) && value > 0 ? value : PAGES_PER_SHARD;
}

/**
 * The Pagefind processes taking a build's shards in turn (`--search-processes 2`, BRIEFING_SEARCH_PROCESSES):
 * one by default, as two hold two shards' words at once (at 10,000 notes in 4 shards, 0.3 GB more for 3.4 s less:
 * docs/performance.md), and shards are mostly for memory.
 */
export function searchProcesses(): number {
  return process.env.BRIEFING_SEARCH_PROCESSES === "2" ? 2 : 1;
}

/** Where each shard after the first begins in the URL order of `count` pages: equal runs of at most `perShard`. */
export function shardStarts(count: number, perShard: number): number[] {
  const shards = Math.max(1, Math.ceil(count / perShard));
  return Array.from({ length: shards - 1 }, (_, i) => Math.round(((i + 1) * count) / shards));
}

/** The folder of shard `shard` (0-based), relative to pagefind/. */
export const shardFolder = (shard: number) => (shard === 0 ? "" : `shard-${shard + 1}/`);

export const shardDir = (bundleDir: string, shard: number) => path.join(bundleDir, shardFolder(shard));

/** A page as the time sort sees it: its value and its place in the order pages were sent. */
export interface SortedPage {
  url: string;
  shard: number;
  sent: number;
  time: string;
}

/** A shard's part of sort-ranks.json. */
export interface ShardRanks {
  /** Its earliest page: the one result Pagefind's score (rank 0) cannot tell the shard of. */
  first: string;
  ranks: number[];
}

const byTimeThenSent = (a: SortedPage, b: SortedPage) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.sent - b.sent);

/**
 * For each shard, the site-wide rank of each of its pages in the shard's own time order, as
 * differences from the one before (smaller to load). NOTE: Pagefind orders equal values by the
 * order pages were added, and pages of a shard are added in the site's order, so a shard's order is
 * the site's order restricted to it.
 */
export function sortRanks(pages: readonly SortedPage[], shards: number): ShardRanks[] {
  const ranks: number[][] = Array.from({ length: shards }, () => []);
  const first: string[] = Array.from({ length: shards }, () => "");
  [...pages].sort(byTimeThenSent).forEach((page, rank) => {
    if (ranks[page.shard].length === 0) first[page.shard] = page.url;
    ranks[page.shard].push(rank);
  });
  return ranks.map((shard, k) => ({ first: first[k], ranks: shard.map((rank, i) => (i === 0 ? rank : rank - shard[i - 1])) }));
}

/** Writes shards.json, and sort-ranks.json when there is more than one shard (an old one is removed). */
export async function writeShardFiles(bundleDir: string, shards: number, pages: readonly SortedPage[]): Promise<void> {
  const folders = Array.from({ length: shards }, (_, shard) => shardFolder(shard));
  await writeFile(path.join(bundleDir, SHARDS_FILE), `${JSON.stringify({ shards: folders })}\n`);
  if (shards > 1) await writeFile(path.join(bundleDir, SORT_RANKS_FILE), `${JSON.stringify({ time: sortRanks(pages, shards) })}\n`);
  else await rm(path.join(bundleDir, SORT_RANKS_FILE), { force: true });
}

/** The sort value a page gives Pagefind (data-pagefind-sort="time"), from what it is sent. */
export function timeSortValue(html: string): string | undefined {
  return /data-pagefind-sort="time"[^>]*>([^<]*)</.exec(html)?.[1]?.trim();
}

/** Removes the shard folders an earlier build of the same output left beyond the first `keep` shards (the preview writes over its last build). */
export async function removeShardFolders(bundleDir: string, keep: number): Promise<void> {
  const entries = await readdir(bundleDir, { withFileTypes: true }).catch(() => []);
  const stale = entries.filter((entry) => entry.isDirectory() && Number(/^shard-(\d+)$/.exec(entry.name)?.[1]) > keep);
  await Promise.all(stale.map((entry) => rm(path.join(bundleDir, entry.name), { recursive: true, force: true })));
}

/** What a build of one shard alone tells the merge (shard-job.ts): which shard it is, and its pages' time sort values. */
export interface ShardPart {
  /** 1-based. */
  shard: number;
  /** How many shards the whole site makes. */
  shards: number;
  pages: { url: string; time: string }[];
}

export async function writeShardPart(bundleDir: string, part: ShardPart): Promise<void> {
  await mkdir(path.join(bundleDir, SHARD_PARTS_DIR), { recursive: true });
  await writeFile(path.join(bundleDir, SHARD_PARTS_DIR, `${part.shard}.json`), `${JSON.stringify(part)}\n`);
}
