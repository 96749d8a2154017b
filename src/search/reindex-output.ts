/**
 * Search in the dev server after its first build. Its later builds write only the pages that
 * changed (src/preview/render-plan.ts), too few to index as they are rendered, so once the writes
 * have settled the pages are indexed again in the background: only the shards holding a page that
 * was written. The dev server's first build writes its index in shards of PREVIEW_PAGES_PER_SHARD
 * pages (shards.ts) for this: at 10,000 notes a save re-indexes about a thousand pages, not twelve
 * thousand. A new build stops a reindex under way (the author's next page needs both cores more),
 * and the reindex starts again after it, with everything still to do. The site keeps being served
 * meanwhile, with the previous index; search catches up when the author pauses.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { writeFilterCounts } from "./filter-counts.ts";
import { check, SearchIndexError, type ShardLayout } from "./index-site.ts";
import { isSearchableUrl, shardDir, timeSortValue, writeShardFiles, type SortedPage } from "./shards.ts";
import { settled, toSend } from "./stream-index.ts";

const byUrl = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class OutputReindexer {
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again: string | undefined;
  #cancelled = false;
  /** Where the first build divided the pages (the first URL of each shard), and each page's time sort value. */
  #firsts: string[] = [""];
  #times = new Map<string, string>();
  /** Pages written since they were last indexed. */
  #changed = new Set<string>();

  constructor(
    private readonly language: string,
    private readonly log: (line: string) => void,
    private readonly delayMs = 300,
  ) {}

  /** The shards of the first build, which later reindexes keep: a page stays in the shard whose run of URLs holds it. */
  startFrom(layout: ShardLayout): void {
    this.#firsts = layout.firsts.length > 0 ? layout.firsts : [""];
    this.#times = new Map(layout.pages.map((page) => [page.url, page.time]));
  }

  /** Indexes again soon, after `delayMs` without another request, the shards holding the pages of `written` (site URLs). */
  schedule(outputDir: string, written: readonly string[]): void {
    for (const url of written) if (isSearchableUrl(url)) this.#changed.add(url);
    if (this.#running) {
      this.#again = outputDir;
      return;
    }
    clearTimeout(this.#timer);
    if (this.#changed.size === 0) return;
    this.#timer = setTimeout(() => void this.#run(outputDir), this.delayMs);
  }

  /** A build is starting: no reindex now; the build's end schedules the next. */
  cancel(): void {
    clearTimeout(this.#timer);
    if (this.#running) {
      this.#cancelled = true;
      // Ends Pagefind's process at once; the run in progress fails and is not reported.
      void pagefind.close();
    }
  }

  #shardOf(url: string): number {
    let shard = 0;
    while (shard + 1 < this.#firsts.length && this.#firsts[shard + 1] <= url) shard++;
    return shard;
  }

  async #run(outputDir: string): Promise<void> {
    this.#running = true;
    this.#cancelled = false;
    const changed = [...this.#changed];
    this.#changed.clear();
    try {
      const started = performance.now();
      const { pages, shards } = await this.#reindex(outputDir, new Set(changed.map((url) => this.#shardOf(url))));
      const of = this.#firsts.length > 1 ? ` (${shards} of ${this.#firsts.length} shards)` : "";
      this.log(`[search] Indexed ${pages} pages again${of} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // What was not indexed is indexed by the next run; the dev server goes on with the previous index meanwhile.
      for (const url of changed) this.#changed.add(url);
      if (!this.#cancelled) this.log(`[search] Indexing again failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.#running = false;
      const again = this.#again;
      this.#again = undefined;
      if (again) this.schedule(again, []);
    }
  }

  async #reindex(outputDir: string, shards: ReadonlySet<number>): Promise<{ pages: number; shards: number }> {
    const checked = <T extends { errors: string[] }>(step: string, response: T): T => {
      // NOTE: after a cancel, a next call would start a new Pagefind process; stop before it.
      if (this.#cancelled) throw new SearchIndexError(step, ["cancelled by a new build"]);
      return check(step, response);
    };
    const bundleDir = path.join(outputDir, "pagefind");
    const urls = await searchablePages(outputDir);
    let pages = 0;
    try {
      for (const shard of [...shards].sort((a, b) => a - b)) {
        const { index } = checked("starting Pagefind", await pagefind.createIndex({ forceLanguage: this.language }));
        if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
        // Sent as the build sends them (stream-index.ts): in URL order, only the part Pagefind reads.
        for (const url of urls.filter((candidate) => this.#shardOf(candidate) === shard)) {
          this.#times.delete(url);
          const page = toSend({ url, outputPath: pageFile(outputDir, url), content: await readFile(pageFile(outputDir, url), "utf8") });
          if (!page) continue;
          const time = timeSortValue(page.content);
          if (time !== undefined) this.#times.set(url, time);
          checked(`indexing ${url}`, await index.addHTMLFile({ url, content: page.content }));
          pages++;
        }
        await clearShard(bundleDir, shard);
        checked("writing the bundle", await index.writeFiles({ outputPath: shardDir(bundleDir, shard) }));
        await index.deleteIndex();
      }
      await settled(bundleDir);
      const sorted: SortedPage[] = [...this.#times]
        .sort(([a], [b]) => byUrl(a, b))
        .map(([url, time], sent) => ({ url, time, sent, shard: this.#shardOf(url) }));
      await writeShardFiles(bundleDir, this.#firsts.length, sorted);
      await writeFilterCounts(bundleDir, this.#firsts.length);
      return { pages, shards: shards.size };
    } finally {
      await pagefind.close();
    }
  }
}

const pageFile = (outputDir: string, url: string) => path.join(outputDir, url, "index.html");

/** The incident and source pages in the output, in URL order (a note removed while serving leaves its page, as Eleventy does). */
async function searchablePages(outputDir: string): Promise<string[]> {
  const urls: string[] = [];
  for (const folder of ["incidents", "sources"]) {
    const entries = await readdir(path.join(outputDir, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const url = `/${folder}/${entry.name}/`;
      if (entry.isDirectory() && isSearchableUrl(url) && existsSync(pageFile(outputDir, url))) urls.push(url);
    }
  }
  return urls.sort(byUrl);
}

/** Removes what Pagefind wrote of one shard before it writes the shard again (its files are named by their content, so old ones would stay). */
async function clearShard(bundleDir: string, shard: number): Promise<void> {
  const dir = shardDir(bundleDir, shard);
  if (shard > 0) {
    await rm(dir, { recursive: true, force: true });
    return;
  }
  // The first shard is pagefind/ itself, which also holds the other shards' folders and the files describing them.
  await Promise.all(["fragment", "index", "filter"].map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
  for (const name of await readdir(dir).catch(() => [] as string[])) if (name.endsWith(".pf_meta")) await rm(path.join(dir, name), { force: true });
}
