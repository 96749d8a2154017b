/**
 * Search step of the build: pages go to Pagefind as Eleventy renders them (stream-index.ts), and
 * the bundle is written into <output>/pagefind/ once the last page is done.
 */
import { searchFilterValue } from "./filter-value.ts";
import type { RenderedPage } from "./index-site.ts";
import { OutputReindexer } from "./reindex-output.ts";
import { StreamingIndex } from "./stream-index.ts";
import { isSearchableUrl, pagesPerShard, previewPagesPerShard } from "./shards.ts";
import { ShardJob } from "./shard-job.ts";
import { buildPlannerOf } from "../site/build-planner.ts";
import type { EleventyConfig } from "../site/plugin.ts";

interface AfterBuild {
  directories: { output: string };
  outputMode: string;
  runMode: string;
  results?: RenderedPage[];
}


export function searchPlugin(
  eleventyConfig: EleventyConfig,
  options: { language?: string; log?: (line: string) => void; indexable?: (url: string) => boolean; enabled?: boolean } = {},
): void {
  const {
    language = "en",
    log = (line: string) => console.log(line),
    indexable = isSearchableUrl,
    // Off only for the benchmark's naive pipeline (scripts/bench): the same pages, then the Pagefind CLI over them.
    enabled = process.env.BRIEFING_SEARCH_INDEX !== "off",
  } = options;
  eleventyConfig.addFilter("searchFilterValue", searchFilterValue);

  let index: StreamingIndex | undefined;
  // A build of one shard alone (shard-job.ts) indexes only its pages, into its shard's folder.
  const planner = buildPlannerOf(eleventyConfig);
  const job = planner instanceof ShardJob ? planner : undefined;
  let indexedWhileServing = false;
  const reindexer = new OutputReindexer(language, log);
  eleventyConfig.on("eleventy.before", ({ outputMode, runMode, directories }) => {
    // In-memory builds (toJSON in tests) write nothing, so there is nothing to index.
    // NOTE: the dev server's later builds write only the pages that changed (src/preview/render-plan.ts), too few to
    // index as they are rendered: the shards holding them are indexed again after them (reindex-output.ts).
    const perShard = runMode === "serve" ? previewPagesPerShard() : pagesPerShard();
    index = enabled && outputMode === "fs" && !(runMode === "serve" && indexedWhileServing) ? new StreamingIndex(language, indexable, directories.output, perShard, job) : undefined;
    if (runMode === "serve") reindexer.cancel();
  });
  eleventyConfig.on("eleventy.contentMap", (map) => {
    index?.expect(Object.keys((map as unknown as { urlToInputPath: Record<string, unknown> }).urlToInputPath));
  });
  eleventyConfig.addTransform("searchIndex", async function (content) {
    const { url, outputPath } = this.page;
    if (!index || typeof outputPath !== "string") return content;
    index.offer({ url, outputPath, content });
    // NOTE: Eleventy renders and writes without waiting on I/O, so Pagefind's answers would wait for the last page:
    // a turn of the event loop here lets them in, and the next pages go out.
    await new Promise((resolve) => setImmediate(resolve));
    return content;
  });
  eleventyConfig.on("eleventy.after", async (args) => {
    const { directories, runMode, outputMode, results } = args as unknown as AfterBuild;
    if (!index) {
      if (enabled && runMode === "serve" && outputMode === "fs" && indexedWhileServing) reindexer.schedule(directories.output, (results ?? []).map((page) => page.url));
      return;
    }
    const current = index;
    index = undefined;
    if (runMode === "serve") indexedWhileServing = true;
    const summary = await current.finish(results ?? []);
    if (runMode === "serve" && summary.layout) reindexer.startFrom(summary.layout);
    log(`[search] Indexed ${summary.indexed} of ${summary.pages} pages (incidents and sources) into pagefind/${summary.processes ? `, by ${summary.processes} Pagefind processes` : ""}`);
  });
}
