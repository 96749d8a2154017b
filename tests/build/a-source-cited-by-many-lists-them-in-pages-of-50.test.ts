/**
 * An archive where a few sources and places are cited by hundreds of notes (the bench's
 * `--sources 2 --places 3` shape, as official press releases are): a source's page lists the first
 * 50 incidents citing it and the rest continue at /sources/<id>/cited-by/2/, …, every citing
 * incident once, in timeline order, pages linked both ways; no HTML page grows past 100 kB; the
 * later pages are valid HTML, left out of search, and every link on them resolves.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { HtmlValidate, type ConfigData } from "html-validate";
import { generateNotes } from "../../scripts/bench/generate-notes.ts";
import { loadContent } from "../../src/notes/load-content.ts";
import { buildSiteData, LISTING_PAGE_SIZE, type SiteData } from "../../src/site/site-data.ts";
import { renderPages, ROOT } from "../helpers/build.ts";
import { between, htmlPages, linksIn, mainOf, pageAt, textOf, titleOf } from "./html.ts";

const NOTES = 300;
let root: string;
let pages: Map<string, string>;
let data: SiteData;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "briefing-few-sources-"));
  const content = path.join(root, "content");
  await generateNotes(content, { notes: NOTES, seed: 5, sources: 2, places: 3 });
  const loaded = await loadContent(content);
  assert.deepEqual(loaded.problems, []);
  data = buildSiteData(loaded.content, { includeDrafts: false });
  pages = await renderPages(content);
});
after(() => rm(root, { recursive: true, force: true }));

const citedByList = (html: string) => linksIn(between(mainOf(html), '<h2 id="cited-by">', "</section>")).filter(([href]) => href.startsWith("/incidents/"));
const laterPages = (source: SiteData["sources"][number]) =>
  [...pages.keys()].filter((url) => url.startsWith(`${source.url}cited-by/`)).sort((a, b) => a.length - b.length || a.localeCompare(b));
const listOn = (html: string) => linksIn(between(mainOf(html), '<ul class="listing">', "</ul>"));

test(`a source's page lists the first ${LISTING_PAGE_SIZE} incidents citing it, and says how many there are in all`, () => {
  for (const source of data.sources) {
    assert.ok(source.citedBy.length > 2 * LISTING_PAGE_SIZE, `${source.id} is cited by ${source.citedBy.length}`);
    const html = pageAt(pages, source.url);
    assert.deepEqual(
      citedByList(html).map(([href]) => href),
      source.citedBy.slice(0, LISTING_PAGE_SIZE).map((ref) => ref.url),
    );
    const pageCount = Math.ceil(source.citedBy.length / LISTING_PAGE_SIZE);
    assert.equal(textOf(between(between(mainOf(html), '<h2 id="cited-by">', "</section>"), '<p class="counts">', "</p>")), `${source.citedBy.length} incidents in all, the first ${LISTING_PAGE_SIZE} here; page 1 of ${pageCount}.`);
    // The full text is still on the source's own page, and only there.
    assert.match(html, /<h2 id="full-text">/);
  }
});

test("the later pages list every other citing incident once, in timeline order, and are linked both ways", () => {
  for (const source of data.sources) {
    const urls = laterPages(source);
    const pageCount = Math.ceil(source.citedBy.length / LISTING_PAGE_SIZE);
    assert.deepEqual(urls, Array.from({ length: pageCount - 1 }, (_, index) => `${source.url}cited-by/${index + 2}/`));
    const listed = [...citedByList(pageAt(pages, source.url)), ...urls.flatMap((url) => listOn(pageAt(pages, url)))].map(([href]) => href);
    assert.deepEqual(listed, source.citedBy.map((ref) => ref.url));
    const chain = [source.url, ...urls];
    chain.forEach((url, index) => {
      const pager = linksIn(between(pageAt(pages, url), '<nav class="pager" aria-label="Pages of this listing">', "</nav>"));
      const hrefs = Object.fromEntries(pager.map(([href, text]) => [text, href]));
      if (index > 0) assert.equal(hrefs[`Previous page ${index} of ${pageCount}`], index === 1 ? `${source.url}#cited-by` : chain[index - 1], url);
      if (index < chain.length - 1) assert.equal(hrefs[`Next page ${index + 2} of ${pageCount}`], chain[index + 1], url);
    });
  }
});

test("a later page names its source, links back to it and says which page it is", () => {
  const source = data.sources[0];
  const html = pageAt(pages, `${source.url}cited-by/2/`);
  const pageCount = Math.ceil(source.citedBy.length / LISTING_PAGE_SIZE);
  // textOf puts a space where each tag was (the title is isolated in a <bdi>).
  assert.equal(textOf(between(html, "<h1>", "</h1>")).replace(/“ (.*) ”/, "“$1”"), `Incidents citing “${source.title}”, page 2`);
  assert.match(titleOf(html), new RegExp(`^Incidents citing .* \\(page 2 of ${pageCount}\\)`));
  assert.ok(linksIn(mainOf(html)).some(([href, text]) => href === source.url && text === source.title));
  assert.equal(listOn(html).length, LISTING_PAGE_SIZE);
});

test("the later pages are left out of search: only the source's own page carries its text for Pagefind", () => {
  for (const source of data.sources) {
    assert.match(pageAt(pages, source.url), /data-pagefind-body/);
    for (const url of laterPages(source)) assert.doesNotMatch(pageAt(pages, url), /data-pagefind-(body|filter|meta|sort)/, url);
  }
});

test("no HTML page of the archive weighs more than 100 kB: sources and places cited by hundreds stay light", () => {
  const heavy = htmlPages(pages).filter(([, html]) => Buffer.byteLength(html) > 100_000).map(([url, html]) => `${url} ${Buffer.byteLength(html)} B`);
  assert.deepEqual(heavy, []);
});

test("every link on a source's pages goes to a page of the build", () => {
  for (const source of data.sources) {
    for (const url of [source.url, ...laterPages(source)]) {
      for (const [href] of linksIn(mainOf(pageAt(pages, url)))) {
        if (/^https?:/.test(href)) continue;
        const [target, fragment] = href.split("#");
        const page = pageAt(pages, target);
        if (fragment) assert.match(page, new RegExp(`id="${fragment}"`), href);
      }
    }
  }
});

test("a source's page and its later pages are valid HTML", async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData);
  const source = data.sources[0];
  const problems: string[] = [];
  for (const url of [source.url, ...laterPages(source)]) {
    const report = await validator.validateString(pageAt(pages, url), url);
    for (const result of report.results) for (const message of result.messages) problems.push(`${url}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  assert.deepEqual(problems, []);
});
