/**
 * Builds the Pagefind index from pages Eleventy has just rendered, through Pagefind's Node API:
 * pages are handed over from memory (no second read of the output), every response is checked,
 * and Pagefind is always closed.
 */
import path from "node:path";
import * as pagefind from "pagefind";

export interface RenderedPage {
  /** Site URL without any path prefix, e.g. /incidents/x/ */
  url: string;
  /** Where Eleventy wrote it. */
  outputPath: string;
  content: string;
}

export interface IndexSummary {
  /** HTML pages the build wrote. */
  pages: number;
  /** Pages handed to Pagefind: those that mark their searchable part with data-pagefind-body. */
  indexed: number;
  bundleDir: string;
}

// NOTE: once any page has data-pagefind-body, Pagefind ignores pages without it; skipping them here saves the work.
const isSearchable = (page: RenderedPage) => page.outputPath.endsWith(".html") && page.content.includes("data-pagefind-body");

export class SearchIndexError extends Error {
  readonly skipOriginalStack = true;
  constructor(step: string, errors: readonly string[]) {
    super(`Search index: ${step} failed: ${errors.join("; ")}`);
    this.name = "SearchIndexError";
  }
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
  return response;
}

export async function indexSite(pages: readonly RenderedPage[], outputDir: string, language: string): Promise<IndexSummary> {
  const bundleDir = path.join(outputDir, "pagefind");
  try {
    const { index } = check("starting Pagefind", await pagefind.createIndex({ forceLanguage: language }));
    if (!index) throw new SearchIndexError("starting Pagefind", ["no index was created"]);
    // Eleventy finishes pages in no fixed order; a fixed order keeps the bundle byte-identical between builds.
    const searchable = pages.filter(isSearchable).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    // All at once: Pagefind works through them while we wait, instead of one round trip per page.
    // NOTE: the order they are sent in numbers the pages in the index, so it must stay the sorted one.
    const responses = await Promise.all(searchable.map((page) => index.addHTMLFile({ url: page.url, content: page.content })));
    responses.forEach((response, i) => check(`indexing ${searchable[i].url}`, response));
    check("writing the bundle", await index.writeFiles({ outputPath: bundleDir }));
    return { pages: pages.filter((page) => page.outputPath.endsWith(".html")).length, indexed: searchable.length, bundleDir };
  } finally {
    await pagefind.close();
  }
}
