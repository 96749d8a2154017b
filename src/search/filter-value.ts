/**
 * A free-text filter value (place, actor, publisher) as the template writes it for Pagefind.
 *
 * The index keeps such values HTML-escaped ("&lt;b&gt;", "&quot;"): Pagefind 1.5.2 never matches a
 * filter value holding a double quote or a backslash (its wasm reads the JSON of the search's
 * filters without undoing JSON's escapes), and an escaped value holds neither. The search page
 * searches with the values as stored and shows them decoded, as text (templates/assets/search.js).
 *
 * NOTE: Pagefind decodes entities in filter text twice (once reading the HTML, once more on its
 * own), so the value is escaped twice here (a backslash as &#92;) and once more by Nunjucks'
 * autoescaping. tests/build/search/the-build-writes-the-filter-values-and-counts.test.ts fails if
 * that changes.
 */
import { escapeHtml } from "../exports/escape.ts";

export function searchFilterValue(value: unknown): string {
  return escapeHtml(escapeHtml(String(value ?? "")).replaceAll("\\", "&#92;"));
}
