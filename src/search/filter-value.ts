/**
 * Pagefind's Default UI inserts filter values into the page as HTML, so a note's actor
 * `<svg onload=…>` would become an element in the filter panel. Filter values are therefore
 * stored in the index HTML-escaped: the panel shows them as the text they are.
 *
 * NOTE: Pagefind 1.5 decodes entities in filter text twice (once reading the HTML, once more on
 * its own), so the value handed to the template is escaped twice here, and once more by Nunjucks'
 * autoescaping. tests/e2e/hostile-notes-never-run-and-csp-holds.test.ts fails if that changes.
 */
import { escapeHtml } from "../exports/escape.ts";

export function searchFilterValue(value: unknown): string {
  return escapeHtml(escapeHtml(String(value ?? "")));
}
