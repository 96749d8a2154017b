/**
 * At 500 synthetic notes (the bench's generator) the timeline comes in pages by month, with stable
 * addresses and links both ways; `/` is the latest page; listings come in pages too; no page that
 * lists incidents grows past 100 kB, and only the search page has a script.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { generateNotes } from "../../scripts/bench/generate-notes.ts";
import { renderPages } from "../helpers/build.ts";
import { between, linksIn, listedIncidents, mainOf, pageAt, textOf } from "./html.ts";

let dir: string;
let pages: Map<string, string>;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "briefing-large-"));
  await generateNotes(dir, { notes: 500, seed: 5 });
  pages = await renderPages(dir);
});
after(() => rm(dir, { recursive: true, force: true }));

const timelinePages = () => [...pages.keys()].filter((url) => /^\/timeline\/\d{4}-\d{2}\/(\d+\/)?$/.test(url)).sort();

test("every month has its page at /timeline/YYYY-MM/, a full one continues at …/2/, and together they list every incident once, in order", () => {
  const urls = timelinePages();
  assert.ok(urls.includes("/timeline/2021-01/") && urls.includes("/timeline/2021-01/2/"), urls.join(" "));
  const listed = urls.flatMap((url) => listedIncidents(pageAt(pages, url)));
  assert.equal(listed.length, 500);
  assert.equal(new Set(listed).size, 500);
  const numbers = urls.flatMap((url) => [...mainOf(pageAt(pages, url)).matchAll(/<ol class="incidents numbered" start="(\d+)"/g)].map((match) => Number(match[1])));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), "pages run in timeline order");
});

test("each page links to the pages before and after it and to the list of months", () => {
  const urls = timelinePages();
  for (const [index, url] of urls.entries()) {
    const pager = between(pageAt(pages, url), '<nav class="pager timeline-pager" aria-label="Timeline pages">', "</nav>");
    const links = Object.fromEntries(linksIn(pager).map(([href, text]) => [href, text]));
    if (index > 0) assert.ok(links[urls[index - 1]]?.startsWith("Earlier:"), `${url}: no link to ${urls[index - 1]}`);
    if (index < urls.length - 1) assert.ok(links[urls[index + 1]]?.startsWith("Later:"), `${url}: no link to ${urls[index + 1]}`);
    assert.equal(links["/timeline/"], "All months");
  }
  const months = linksIn(mainOf(pageAt(pages, "/timeline/"))).map(([href]) => href);
  assert.deepEqual(months.filter((href) => href.startsWith("/timeline/")), urls.filter((url) => !/\/\d+\/$/.test(url)));
});

test("/ shows the latest page, under the site's title", () => {
  const latest = timelinePages().at(-1)!;
  assert.deepEqual(listedIncidents(pageAt(pages, "/")), listedIncidents(pageAt(pages, latest)));
  assert.match(textOf(between(pageAt(pages, "/"), "<h1>", "</h1>")), /^Synthetic briefing/);
  assert.match(textOf(between(pageAt(pages, "/"), '<p class="counts">', "</p>")), /The whole timeline: 500 incidents from January 2021 to /);
});

test("place and kind listings come in pages of 50, linked in order", () => {
  const attack = [...pages.keys()].filter((url) => url.startsWith("/kinds/attack/")).sort();
  assert.ok(attack.length > 1, attack.join(" "));
  assert.equal(listedIncidents(pageAt(pages, "/kinds/attack/")).length, 50);
  assert.ok(linksIn(pageAt(pages, "/kinds/attack/")).some(([href]) => href === "/kinds/attack/2/"));
  assert.ok(linksIn(pageAt(pages, "/kinds/attack/2/")).some(([href]) => href === "/kinds/attack/"));
});

test("no timeline or listing page is over 100 kB of HTML", () => {
  const listings = [...pages.keys()].filter((url) => url === "/" || /^\/(timeline|places|kinds)\//.test(url));
  for (const url of listings) {
    const bytes = Buffer.byteLength(pageAt(pages, url));
    assert.ok(bytes <= 100_000, `${url}: ${bytes} bytes`);
  }
});

test("no page but the search page has a script", () => {
  for (const [url, html] of pages) {
    if (url.endsWith("/") && url !== "/search/") assert.doesNotMatch(html, /<script\b/i, url);
  }
});
