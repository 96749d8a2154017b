/**
 * One shard of the site built alone (`npm run build -- --search-shard-pages N --search-shard K`),
 * so that an archive too large for one machine is built by K jobs side by side (a CI matrix) and
 * joined by `npm run merge-shards` (src/cli/merge-shards). Job K renders the searchable pages of
 * shard K, the same run of pages in URL order that a whole build puts in shard K, and indexes them
 * into shard K's folder; job 1 also renders every page that is not searched (timeline, listings,
 * data files). The merged folder is the whole sharded build, byte for byte
 * (tests/build/search/shards-built-apart-and-merged-equal-one-sharded-build.test.ts).
 */
import type { BuildPlanner } from "../site/build-planner.ts";
import { isSearchableUrl, shardStarts } from "./shards.ts";

const byUrl = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many shards `pages` searchable pages make at `perShard` a shard. */
export const shardCount = (pages: number, perShard: number) => shardStarts(pages, perShard).length + 1;

export class ShardJob implements BuildPlanner {
  #mine = new Set<string>();
  #others: string[] = [];
  /** How many shards the whole site makes (known once planned). */
  shards = 0;

  /** `shard`: 1-based. */
  constructor(
    readonly shard: number,
    readonly perShard: number,
  ) {}

  /** Which searchable pages are this shard's: the same split of the URL order as a whole build makes (stream-index.ts). */
  plan(siteData: { incidents: readonly { url: string }[]; sources: readonly { url: string }[] }): void {
    const urls = [...siteData.incidents, ...siteData.sources].map((page) => page.url).filter(isSearchableUrl).sort(byUrl);
    const starts = [0, ...shardStarts(urls.length, this.perShard), urls.length];
    this.shards = starts.length - 1;
    this.#mine = new Set(urls.slice(starts[this.shard - 1] ?? urls.length, starts[this.shard] ?? urls.length));
    this.#others = urls.filter((url) => !this.#mine.has(url));
  }

  renderedElsewhere(): readonly string[] {
    return this.#others;
  }

  includes(url: string): boolean {
    return isSearchableUrl(url) ? this.#mine.has(url) : this.shard === 1;
  }
}
