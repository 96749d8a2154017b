/**
 * Small readers for the HTML our own templates write: enough to assert texts and links exactly
 * without a DOM. They throw when a marker is missing, so a changed page fails loudly.
 */
import assert from "node:assert/strict";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]);
}

/** The visible text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .replace(/ ([,.;:)])/g, "$1")
    .replace(/\( /g, "(")
    .trim();
}

/** The part of `html` from the first `start` (included) to the next `end` after it (included). */
export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  assert.ok(from !== -1, `no ${JSON.stringify(start)} in the page`);
  const to = html.indexOf(end, from + start.length);
  assert.ok(to !== -1, `no ${JSON.stringify(end)} after ${JSON.stringify(start)}`);
  return html.slice(from, to + end.length);
}

/** The page's `<main>` element. */
export const mainOf = (html: string) => between(html, "<main", "</main>");

/** Every `<a>` in a fragment as [href, text]. */
export function linksIn(html: string): [string, string][] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((match) => [decodeEntities(match[1]), textOf(match[2])]);
}

/** Every element opened with `open` (e.g. `<li class="incident`) up to its matching close tag, for elements that do not nest. */
export function elements(html: string, open: string, tag: string): string[] {
  const found: string[] = [];
  let from = html.indexOf(open);
  while (from !== -1) {
    const to = html.indexOf(`</${tag}>`, from);
    assert.ok(to !== -1, `no </${tag}> after ${open}`);
    found.push(html.slice(from, to + tag.length + 3));
    from = html.indexOf(open, to);
  }
  return found;
}

/** The ids of the incidents listed on a page, in order (from each entry's `id="item-…"`). */
export function listedIncidents(html: string): string[] {
  return [...mainOf(html).matchAll(/<h3 id="item-([^"]+)"/g)].map((match) => match[1]);
}

/** The page's `<title>` text. */
export const titleOf = (html: string) => textOf(between(html, "<title>", "</title>"));

/** The HTML pages of a build (URLs ending in / or .html), leaving out data files such as CSV or JSON exports. */
export function htmlPages(pages: Map<string, string>): [string, string][] {
  return [...pages].filter(([url]) => url.endsWith("/") || url.endsWith(".html"));
}

/** Gets a page from a built map, failing with the list of URLs when it is missing. */
export function pageAt(pages: Map<string, string>, url: string): string {
  const html = pages.get(url);
  assert.ok(html !== undefined, `no page at ${url}; built: ${[...pages.keys()].join(", ")}`);
  return html;
}
