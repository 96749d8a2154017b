/**
 * The search page draws its filters from pagefind/filter-counts.json (src/search/filter-counts.ts):
 * every filter value the index holds and how many pages carry it, so that Pagefind's own filter
 * files load only when a filter is used. The counts must be the index's own.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parse } from "node-html-parser";
import { buildToTemp, fixture, readPage, ROOT, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { listPages, urlOf } from "../../helpers/site-files.ts";
import type { FilterCounts } from "../../../src/search/filter-counts.ts";

const readCounts = async (output: string) => JSON.parse(await readFile(path.join(output, "pagefind/filter-counts.json"), "utf8")) as FilterCounts;
/** Entities decoded once, as a browser reads the markup. */
const decodeOnce = (html: string) => parse(`<p>${html}</p>`).textContent;

/** What the pages hand Pagefind: filter → value → pages, read from the markup (Pagefind decodes each value twice). */
async function countsInMarkup(output: string): Promise<FilterCounts> {
  const pages: Record<string, Record<string, Set<string>>> = {};
  for (const url of (await listPages(output)).map(urlOf).filter((url) => /^\/(incidents|sources)\/[^/]+\/$/.test(url))) {
    for (const [, name, value] of (await readPage(output, url)).matchAll(/data-pagefind-filter="([^"]+)">([^<]*)</g)) {
      ((pages[name] ??= {})[decodeOnce(decodeOnce(value))] ??= new Set()).add(url);
    }
  }
  return Object.fromEntries(Object.entries(pages).map(([name, values]) => [name, Object.fromEntries(Object.entries(values).map(([value, urls]) => [value, urls.size]))]));
}

test("the filter list of the shipped site holds every value of every filter, with the pages that carry it", async () => {
  const output = await buildToTemp(SHIPPED_CONTENT);
  const counts = await readCounts(output);
  assert.deepEqual(Object.keys(counts), ["actor", "day", "disputed", "kind", "place", "source", "type"]);
  assert.deepEqual(counts, await countsInMarkup(output));
  assert.deepEqual(counts.kind, { assessment: 2, attack: 4, statement: 4, strike: 1 });
  // A publisher counts once per page, however many of its sources an incident cites; its own source pages count too.
  assert.equal(counts.source["US Department of Defense"], 6);
  // Names and values in code-point order: the same bytes every build.
  for (const values of Object.values(counts)) assert.deepEqual(Object.keys(values), [...Object.keys(values)].sort());
});

test("free-text values are stored HTML-escaped, so that a value with quotes can be filtered on", async () => {
  const output = await buildToTemp(fixture("hostile-notes"));
  const counts = await readCounts(output);
  assert.deepEqual(Object.keys(counts.actor), [`&lt;b onclick=&quot;window.__pwned=&#39;actor&#39;&quot;&gt;Actor&lt;/b&gt;`]);
  assert.equal(decodeOnce(Object.keys(counts.actor)[0]), `<b onclick="window.__pwned='actor'">Actor</b>`);
  for (const values of Object.values(counts)) for (const value of Object.keys(values)) assert.doesNotMatch(value, /["\\<>]/, value);
});

test("the filter files are read in the format of the Pagefind version installed", async () => {
  // src/search/filter-counts.ts reads Pagefind's internal filter files: a new version must be checked against it first.
  const { version } = JSON.parse(await readFile(path.join(ROOT, "node_modules/pagefind/package.json"), "utf8")) as { version: string };
  assert.equal(version, "1.6.0");
});
