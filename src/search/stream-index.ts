/**
 * Indexing while Eleventy renders: each searchable page goes to Pagefind (a process of its own, on
 * the other core) as soon as it is rendered, instead of all of them after the last one. Pages go in
 * shards (shards.ts): once a shard's last page is in, its bundle is written and its memory freed
 * while Eleventy renders on, and the next shard begins. With `--search-processes 2`, two Pagefind
 * processes take the shards in turn (pagefind-processes.ts): one writes a shard while the other is
 * sent the next, so that writing never holds up the pages.
 *
 * NOTE: the order pages reach Pagefind numbers them in the index, and Eleventy finishes pages in an
 * order of its own; for a byte-identical bundle every build, pages are sent in URL order: each is
 * held until all pages before it in that order (known from Eleventy's content map, before
 * rendering) have been sent.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { writeFilterCounts } from "./filter-counts.ts";
import { check, SearchIndexError, type IndexSummary, type RenderedPage } from "./index-site.ts";
import { mainProcess, stopWorkerProcesses, workerProcess, type PagefindIndex, type PagefindProcess } from "./pagefind-processes.ts";
import { searchDocument } from "./search-document.ts";
import { foldForSearch } from "./search-folding.ts";
import { separateBlocks } from "./separate-blocks.ts";
import { pagesPerShard, removeShardFolders, searchProcesses, shardDir, shardStarts, timeSortValue, writeShardFiles, writeShardPart, type SortedPage } from "./shards.ts";

/** Pages sent to Pagefind before the first has been answered: enough to keep it busy, few enough not to pile up in memory. */
export const IN_FLIGHT = 32;

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
  /** Each shard's index while it is sent and written, by the number of its folder. */
  #indexes = new Map<number, Promise<PagefindIndex>>();
  /** Each shard's writing, by the number of its folder: the next shard of the same process waits for it. */
  #writes = new Map<number, Promise<void>>();
  #processes: PagefindProcess[] = [mainProcess];
  #expected: string[] | undefined;
  #expectedSet = new Set<string>();
  #position = 0;
  /** Where each shard after the first begins, as positions in #expected. */
  #shardStarts: number[] = [];
  /** The planned shard Pagefind is being sent; a process's shard is written before its next begins. */
  #shard = 0;
  /** Shards begun so far, less one: the folder number of the one being sent, in shards.json's order. */
  #written = 0;
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
    /** At most this many Pagefind processes, taking the shards in turn (shards.ts). */
    private readonly processes = searchProcesses(),
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
    const wanted = Math.min(this.processes, this.#shardStarts.length + 1);
    while (this.#processes.length < wanted) this.#processes.push(workerProcess());
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

  /** The process that takes the shard of folder `folder`: they take the shards in turn. */
  #processOf(folder: number): PagefindProcess {
    return this.#processes[folder % this.#processes.length];
  }

  /** The index of the shard of folder `folder`, begun once its process has written its shard before. */
  #start(folder: number): Promise<PagefindIndex> {
    let index = this.#indexes.get(folder);
    if (!index) {
      const before = this.#writes.get(folder - this.#processes.length) ?? Promise.resolve();
      index = before
        .then(() => this.#processOf(folder).createIndex({ forceLanguage: this.language }))
        .then((response) => {
          const { index } = check("starting Pagefind", response);
          if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
          return index;
        });
      this.#indexes.set(folder, index);
    }
    return index;
  }

  /**
   * Writes the bundle of the shard being sent, in the background (its writing is kept in #writes), then
   * frees it in its Pagefind process so that the process's next shard starts empty; the next shard begins.
   */
  #closeShard(): void {
    const folder = this.#written++;
    const written = (async () => {
      const index = await this.#start(folder);
      check("writing the bundle", await index.writeFiles({ outputPath: shardDir(this.#bundleDir, folder) }));
      this.#indexes.delete(folder);
      await index.deleteIndex();
    })();
    this.#writes.set(folder, written);
    written.catch((error: unknown) => {
      this.#error ??= error;
      this.#idle?.();
    });
  }

  #pump(): void {
    while (this.#active < IN_FLIGHT && this.#queue.length > 0 && this.#error === undefined) {
      const next = this.#queue[0];
      if (next.shard !== this.#shard) {
        // The shard's last pages are on their way: once they are in, its bundle is written while Eleventy renders on,
        // and the next shard's pages go to the next process (or wait for this one, when there is one).
        if (this.#active > 0) return;
        this.#closeShard();
        this.#shard = next.shard;
        continue;
      }
      const { page } = this.#queue.shift()!;
      this.#active++;
      this.#firsts[this.#written] ??= page.url;
      const time = timeSortValue(page.content);
      if (time !== undefined) this.#sorted.push({ url: page.url, shard: this.#written, sent: this.#sent, time });
      this.#sent++;
      // NOTE: addHTMLFile writes its message at once, so pages reach Pagefind in the order of these calls.
      this.#start(this.#written)
        .then((index) => index.addHTMLFile({ url: page.url, content: page.content }))
        .then((response) => check(`indexing ${page.url}`, response))
        .catch((error: unknown) => {
          this.#error ??= error;
        })
        .finally(() => {
          this.#active--;
          this.#pump();
          if (this.#active === 0 && (this.#queue.length === 0 || this.#error !== undefined)) this.#idle?.();
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
      while (this.#error === undefined && (this.#active > 0 || this.#queue.length > 0)) {
        await new Promise<void>((resolve) => (this.#idle = resolve));
      }
      if (this.#error !== undefined) throw this.#error;
      this.#closeShard();
      await Promise.allSettled(this.#writes.values());
      if (this.#error !== undefined) throw this.#error;
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
        ...(this.#processes.length > 1 ? { processes: this.#processes.length } : {}),
        layout: { firsts: this.#firsts.slice(0, shards), pages: this.#sorted.map(({ url, time }) => ({ url, time })) },
      };
    } finally {
      await Promise.all(this.#processes.map((process) => process.close()));
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
  await Promise.all([mainProcess.close(), stopWorkerProcesses()]);
}
