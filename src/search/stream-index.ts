/**
 * Indexing while Eleventy renders: each searchable page goes to Pagefind (a process of its own, on
 * the other core) as soon as it is rendered, instead of all of them after the last one. Pages go in
 * shards (shards.ts): once a shard's last page is in, its bundle is written and its memory freed
 * while Eleventy renders on, and the next shard begins.
 *
 * NOTE: the order pages reach Pagefind numbers them in the index, and Eleventy finishes pages in an
 * order of its own; for a byte-identical bundle every build, pages are sent in URL order: each is
 * held until all pages before it in that order (known from Eleventy's content map, before
 * rendering) have been sent.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { writeFilterCounts } from "./filter-counts.ts";
import { check, SearchIndexError, type IndexSummary, type RenderedPage } from "./index-site.ts";
import { searchDocument } from "./search-document.ts";
import { foldForSearch } from "./search-folding.ts";
import { separateBlocks } from "./separate-blocks.ts";
import { pagesPerShard, removeShardFolders, shardDir, shardStarts, timeSortValue, writeShardFiles, writeShardPart, type SortedPage } from "./shards.ts";

/** Pages sent to Pagefind before the first has been answered: enough to keep it busy, few enough not to pile up in memory. */
const IN_FLIGHT = 32;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

// NOTE: once any page has data-pagefind-body, Pagefind ignores pages without it; they are not sent.
const isSearchable = (page: RenderedPage) => page.outputPath.endsWith(".html") && page.content.includes("data-pagefind-body");
/** What is held and sent of a page: only the part Pagefind reads (search-document.ts), its words kept apart (separate-blocks.ts) and folded (search-folding.ts). */
export const toSend = (page: RenderedPage): RenderedPage | null =>
  isSearchable(page) ? { ...page, content: foldForSearch(separateBlocks(searchDocument(page.content))) } : null;
const byUrl = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Queued {
  page: RenderedPage;
  shard: number;
}

export class StreamingIndex {
  #index: Promise<Index> | undefined;
  #expected: string[] | undefined;
  #expectedSet = new Set<string>();
  #position = 0;
  /** Where each shard after the first begins, as positions in #expected. */
  #shardStarts: number[] = [];
  /** The planned shard Pagefind is being sent; a shard is written before the next begins. */
  #shard = 0;
  /** Shards written so far: the number of the one being sent, in shards.json's order. */
  #written = 0;
  #closing: Promise<void> | undefined;
  /** Rendered pages waiting for their turn; null for a page that is not searchable (it only holds its place). */
  #held = new Map<string, RenderedPage | null>();
  #queue: Queued[] = [];
  #active = 0;
  #sent = 0;
  #sorted: SortedPage[] = [];
  /** The first page sent into each shard written, by URL: where the shards divide the URL order. */
  #firsts: string[] = [];
  #error: unknown;
  #idle: (() => void) | undefined;

  /**
   * `indexable`: the URLs that may be indexed; other pages are never waited for nor sent.
   * `outputDir`: where the site is written, so that a shard's bundle can be written as soon as it is complete.
   */
  constructor(
    private readonly language: string,
    private readonly indexable: (url: string) => boolean,
    private readonly outputDir: string,
    private readonly perShard = pagesPerShard(),
    /** A build of one shard alone (1-based; shard-job.ts): every page it renders goes into that shard's folder, for a merge to join with the others. */
    private readonly only?: { readonly shard: number; readonly shards: number },
  ) {
    if (only !== undefined) this.#written = only.shard - 1;
  }

  get #bundleDir(): string {
    return path.join(this.outputDir, "pagefind");
  }

  /** The URLs of the pages to come, from Eleventy's content map: the order pages are sent in. */
  expect(urls: Iterable<string>): void {
    this.#expected = [...urls].filter(this.indexable).sort(byUrl);
    this.#expectedSet = new Set(this.#expected);
    // NOTE: a build of one shard renders only that shard's pages (shard-job.ts): they are all one shard here.
    this.#shardStarts = this.only === undefined ? shardStarts(this.#expected.length, this.perShard) : [];
    this.#release();
  }

  /** A page Eleventy has just rendered. */
  offer(page: RenderedPage): void {
    if (!this.indexable(page.url)) return;
    this.#held.set(page.url, toSend(page));
    this.#release();
  }

  #shardAt(position: number): number {
    let shard = 0;
    while (shard < this.#shardStarts.length && position >= this.#shardStarts[shard]) shard++;
    return shard;
  }

  /** Sends what the order allows: the next expected pages that have been rendered. */
  #release(): void {
    const expected = this.#expected;
    if (!expected) return;
    while (this.#position < expected.length && this.#held.has(expected[this.#position])) {
      const position = this.#position++;
      const url = expected[position];
      const page = this.#held.get(url);
      this.#held.delete(url);
      if (page) this.#queue.push({ page, shard: this.#shardAt(position) });
    }
    // A page outside the map (none is expected) waits for finish(), unless it is not searchable.
    for (const [url, page] of this.#held) if (page === null && !this.#expectedSet.has(url)) this.#held.delete(url);
    this.#pump();
  }

  #start(): Promise<Index> {
    this.#index ??= pagefind.createIndex({ forceLanguage: this.language }).then((response) => {
      const { index } = check("starting Pagefind", response);
      if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
      return index;
    });
    return this.#index;
  }

  /** Writes the current shard's bundle, then frees it in Pagefind so that the next starts empty. */
  async #closeShard(): Promise<void> {
    const index = await this.#start();
    check("writing the bundle", await index.writeFiles({ outputPath: shardDir(this.#bundleDir, this.#written) }));
    this.#written++;
    this.#index = undefined;
    await index.deleteIndex();
  }

  #pump(): void {
    while (this.#active < IN_FLIGHT && this.#queue.length > 0 && this.#error === undefined && !this.#closing) {
      const next = this.#queue[0];
      if (next.shard !== this.#shard) {
        // The shard's last pages are on their way: once they are in, its bundle is written while Eleventy renders on.
        if (this.#active > 0) return;
        this.#closing = this.#closeShard().then(
          () => {
            this.#shard = next.shard;
            this.#closing = undefined;
            this.#pump();
          },
          (error: unknown) => {
            this.#error ??= error;
            this.#closing = undefined;
            this.#idle?.();
          },
        );
        return;
      }
      const { page } = this.#queue.shift()!;
      this.#active++;
      this.#firsts[this.#written] ??= page.url;
      const time = timeSortValue(page.content);
      if (time !== undefined) this.#sorted.push({ url: page.url, shard: this.#written, sent: this.#sent, time });
      this.#sent++;
      // NOTE: addHTMLFile writes its message at once, so pages reach Pagefind in the order of these calls.
      this.#start()
        .then((index) => index.addHTMLFile({ url: page.url, content: page.content }))
        .then((response) => check(`indexing ${page.url}`, response))
        .catch((error: unknown) => {
          this.#error ??= error;
        })
        .finally(() => {
          this.#active--;
          this.#pump();
          if (this.#active === 0 && !this.#closing && (this.#queue.length === 0 || this.#error !== undefined)) this.#idle?.();
        });
    }
  }

  /**
   * After the last page: sends what is left in order (pages of the content map that were never
   * rendered are skipped), writes the last shard and the files that describe the shards, and closes Pagefind.
   */
  async finish(results: readonly RenderedPage[]): Promise<IndexSummary> {
    try {
      // Without a content map (never seen in Eleventy 3.1), the pages of the results, in URL order.
      if (!this.#expected) {
        for (const page of results) if (this.indexable(page.url)) this.#held.set(page.url, toSend(page));
        this.expect(this.#held.keys());
      }
      const rest = [...this.#expected!.slice(this.#position), ...[...this.#held.keys()].filter((url) => !this.#expectedSet.has(url)).sort(byUrl)];
      const lastShard = this.#shardStarts.length;
      for (const url of rest) {
        const page = this.#held.get(url);
        if (page) this.#queue.push({ page, shard: lastShard });
      }
      this.#held.clear();
      this.#position = this.#expected!.length;
      this.#pump();
      while (this.#error === undefined && (this.#active > 0 || this.#closing || this.#queue.length > 0)) {
        await new Promise<void>((resolve) => (this.#idle = resolve));
      }
      if (this.#error !== undefined) throw this.#error;
      await this.#closeShard();
      if (this.only !== undefined) {
        await settled(this.#bundleDir);
        await writeShardPart(this.#bundleDir, { shard: this.only.shard, shards: this.only.shards, pages: this.#sorted.map(({ url, time }) => ({ url, time })) });
        return { pages: results.filter((page) => page.outputPath.endsWith(".html")).length, indexed: this.#sent, bundleDir: this.#bundleDir };
      }
      // NOTE: a planned shard none of whose pages was rendered is never written; shards.json names those that were.
      const shards = this.#written;
      await settled(this.#bundleDir);
      await removeShardFolders(this.#bundleDir, shards);
      await writeShardFiles(this.#bundleDir, shards, this.#sorted);
      await writeFilterCounts(this.#bundleDir, shards);
      return {
        pages: results.filter((page) => page.outputPath.endsWith(".html")).length,
        indexed: this.#sent,
        bundleDir: this.#bundleDir,
        layout: { firsts: this.#firsts.slice(0, shards), pages: this.#sorted.map(({ url, time }) => ({ url, time })) },
      };
    } finally {
      await pagefind.close();
    }
  }
}

/**
 * Waits until nothing in the bundle folder changes any more. NOTE: Pagefind answers writeFiles while
 * its last files (its scripts and styles) may still be on their way to disk, and closing it then cuts
 * them short; seen on a loaded machine, never on an idle one.
 */
export async function settled(dir: string): Promise<void> {
  const snapshot = async () => {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => `${entry.name}:${(await stat(path.join(entry.parentPath, entry.name))).size}`));
    return sizes.sort().join("|");
  };
  for (let before = await snapshot(), tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await snapshot();
    if (now === before) return;
    before = now;
  }
}

/** Stops Pagefind after a build that failed half-way, so that no Pagefind process outlives it. */
export async function abandonSearchIndex(): Promise<void> {
  await pagefind.close();
}
