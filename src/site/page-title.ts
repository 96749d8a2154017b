/**
 * The document <title>: "Page · Site" when it fits, else the page alone, else the page cut at a
 * word. Tabs, bookmarks and search results cut long titles anyway; the page's h1 keeps it whole.
 */
export const TITLE_LIMIT = 70;

import { escapeHtml } from "../exports/escape.ts";

// NOTE: counted as written in the HTML, entities and all, which is how html-validate's long-title counts.
const htmlLength = (text: string) => escapeHtml(text).length;

export function pageTitle(page: string, site?: string): string {
  const full = site ? `${page} · ${site}` : page;
  if (htmlLength(full) <= TITLE_LIMIT) return full;
  if (htmlLength(page) <= TITLE_LIMIT) return page;
  let cut = "";
  for (const char of page) {
    if (htmlLength(cut + char) > TITLE_LIMIT - 1) break;
    cut += char;
  }
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
