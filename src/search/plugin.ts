/** Search step of the build: after Eleventy writes the pages, Pagefind indexes them into <output>/pagefind/. */
import { searchFilterValue } from "./filter-value.ts";
import { indexSite, type RenderedPage } from "./index-site.ts";
import type { EleventyConfig } from "../site/plugin.ts";

interface AfterBuild {
  directories: { output: string };
  outputMode: string;
  results?: RenderedPage[];
}

export function searchPlugin(eleventyConfig: EleventyConfig, options: { language?: string; log?: (line: string) => void } = {}): void {
  const { language = "en", log = (line: string) => console.log(line) } = options;
  eleventyConfig.addFilter("searchFilterValue", searchFilterValue);
  eleventyConfig.on("eleventy.after", async (args) => {
    const { directories, outputMode, results } = args as unknown as AfterBuild;
    // In-memory builds (toJSON in tests) write nothing, so there is nothing to index.
    if (outputMode !== "fs" || !results) return;
    const summary = await indexSite(results, directories.output, language);
    log(`[search] Indexed ${summary.indexed} of ${summary.pages} pages (incidents and sources) into pagefind/`);
  });
}
