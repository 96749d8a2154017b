/**
 * Search in the dev server after its first build. Its later builds write only the pages that
 * changed (src/preview/render-plan.ts), too few to index as they are rendered, so the whole output
 * folder is indexed again in the background once the writes have settled. A new build stops a
 * reindex under way (at 10,000 notes it takes seconds of both cores, which the author's next page
 * needs more), and the reindex starts again after it. The site keeps being served meanwhile, with
 * the previous index; search catches up when the author pauses.
 */
import path from "node:path";
import * as pagefind from "pagefind";
import { writeFilterCounts } from "./filter-counts.ts";
import { check, SearchIndexError } from "./index-site.ts";
import { removeShardFolders, writeShardFiles } from "./shards.ts";
import { settled } from "./stream-index.ts";

export class OutputReindexer {
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again: string | undefined;
  #cancelled = false;

  /** `pages`: the files to index, as Pagefind's glob relative to the output folder. */
  constructor(
    private readonly language: string,
    private readonly pages: string,
    private readonly log: (line: string) => void,
    private readonly delayMs = 300,
  ) {}

  /** Indexes `outputDir` again soon: after `delayMs` without another request. */
  schedule(outputDir: string): void {
    if (this.#running) {
      this.#again = outputDir;
      return;
    }
    clearTimeout(this.#timer);
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

  async #run(outputDir: string): Promise<void> {
    this.#running = true;
    this.#cancelled = false;
    try {
      const started = performance.now();
      const pages = await this.#reindex(outputDir);
      this.log(`[search] Indexed ${pages} pages again in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // The dev server goes on with the previous index; the next change tries again.
      if (!this.#cancelled) this.log(`[search] Indexing again failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.#running = false;
      const again = this.#again;
      this.#again = undefined;
      if (again) this.schedule(again);
    }
  }

  async #reindex(outputDir: string): Promise<number> {
    const checked = <T extends { errors: string[] }>(step: string, response: T): T => {
      // NOTE: after a cancel, a next call would start a new Pagefind process; stop before it.
      if (this.#cancelled) throw new SearchIndexError(step, ["cancelled by a new build"]);
      return check(step, response);
    };
    try {
      const { index } = checked("starting Pagefind", await pagefind.createIndex({ forceLanguage: this.language }));
      if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
      const { page_count: pages } = checked("reading the site", await index.addDirectory({ path: outputDir, glob: this.pages }));
      const bundleDir = path.join(outputDir, "pagefind");
      checked("writing the bundle", await index.writeFiles({ outputPath: bundleDir }));
      await settled(bundleDir);
      // One bundle again: the first build's other shards go, or search would find their pages twice.
      await writeShardFiles(bundleDir, 1, []);
      await removeShardFolders(bundleDir, 1);
      await writeFilterCounts(bundleDir, 1);
      return pages;
    } finally {
      await pagefind.close();
    }
  }
}
