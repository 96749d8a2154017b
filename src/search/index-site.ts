/**
 * What the search step works with: the pages Eleventy renders (handed over from memory, no second
 * read of the output), what it reports, and its one error. The indexing itself, through Pagefind's
 * Node API while Eleventy renders, is in stream-index.ts.
 */

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
  /** Pagefind processes that took the shards in turn (stream-index.ts); absent for one. */
  processes?: number;
  /** How a whole build divided its pages into shards: the first URL of each, and each page's time sort value (for the dev server's reindex). */
  layout?: ShardLayout;
}

export interface ShardLayout {
  firsts: string[];
  pages: { url: string; time: string }[];
}

export class SearchIndexError extends Error {
  readonly skipOriginalStack = true;
  constructor(step: string, errors: readonly string[]) {
    super(`Search index: ${step} failed: ${errors.join("; ")}`);
    this.name = "SearchIndexError";
  }
}

/** A Pagefind response, or its errors thrown as the step that failed. */
export function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
  return response;
}
