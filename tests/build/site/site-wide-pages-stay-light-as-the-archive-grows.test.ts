/**
 * Pages drawn from the whole archive (disputes, sequence, briefing) are split or windowed, so that
 * no page grows with it: a generated archive of 300 notes, rendered for real.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { generateNotes } from "../../../scripts/bench/generate-notes.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { buildSiteData, DISPUTES_PAGE_SIZE, BRIEFING_LIMIT, SEQUENCE_PAGE_STEPS, type SiteData } from "../../../src/site/site-data.ts";
import { renderPages } from "../../helpers/build.ts";

const NOTES = 300;
let root: string;
let pages: Map<string, string>;
let data: SiteData;

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "briefing-archive-"));
  const content = path.join(root, "content");
  await generateNotes(content, { notes: NOTES, seed: 5 });
  const loaded = await loadContent(content);
  assert.deepEqual(loaded.problems, []);
  data = buildSiteData(loaded.content, { includeDrafts: false });
  pages = await renderPages(content);
});
after(() => rm(root, { recursive: true, force: true }));

const pagesUnder = (base: string) => [...pages.keys()].filter((url) => url === base || new RegExp(`^${base}\\d+/$`).test(url)).sort((a, b) => a.length - b.length || a.localeCompare(b));
const matches = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]);

test("no HTML page of the archive weighs more than 100 kB", () => {
  const heavy = [...pages].filter(([url, html]) => !/\.(json|csv|geojson|xml)$/.test(url) && Buffer.byteLength(html) > 100_000).map(([url, html]) => `${url} ${Buffer.byteLength(html)} B`);
  assert.deepEqual(heavy, []);
});

test(`the disputes are ${DISPUTES_PAGE_SIZE} to a page, every disputed incident once, pages linked in order`, () => {
  const disputed = data.incidents.filter((incident) => incident.disputed).map((incident) => incident.id);
  assert.ok(disputed.length > DISPUTES_PAGE_SIZE, `only ${disputed.length} disputed incidents`);
  const urls = pagesUnder("/disputes/");
  assert.equal(urls.length, Math.ceil(disputed.length / DISPUTES_PAGE_SIZE));
  const shown = urls.flatMap((url) => matches(pages.get(url)!, /<section class="dispute" aria-labelledby="dispute-([a-z0-9-]+)"/g));
  assert.deepEqual(shown, disputed);
  urls.slice(0, -1).forEach((url, index) => assert.match(pages.get(url)!, new RegExp(`<a rel="next" href="${urls[index + 1]}">`)));
  assert.match(pages.get("/disputes/")!, new RegExp(`The sources disagree on ${disputed.length} of ${NOTES} incidents\\. Page 1 of ${urls.length}`));
});

test(`the sequence holds at most ${SEQUENCE_PAGE_STEPS} steps a page, unless one chain is longer, and every incident once`, () => {
  const urls = pagesUnder("/sequence/");
  assert.ok(urls.length > 1);
  const stepsOf = (url: string) => matches(pages.get(url)!, /<p class="sequence-title"><span class="number">(\d+)\.<\/span>/g).map(Number);
  const all = urls.flatMap(stepsOf);
  assert.deepEqual([...all].sort((a, b) => a - b), data.incidents.map((incident) => incident.number));
  for (const url of urls) {
    const chains = matches(pages.get(url)!, /<section class="sequence-chain" aria-labelledby="chain-([a-z0-9-]+)"/g);
    assert.ok(stepsOf(url).length <= SEQUENCE_PAGE_STEPS || chains.length === 1, `${url} holds ${stepsOf(url).length} steps`);
  }
  assert.match(pages.get("/sequence/")!, /From the first incident/);
  assert.doesNotMatch(pages.get(urls[1])!, /From the first incident/);
});

test(`the briefing covers the latest ${BRIEFING_LIMIT} incidents and says so`, () => {
  const html = pages.get("/briefing/")!;
  const rows = matches(html, /<tr id="row-([a-z0-9-]+)"/g);
  assert.deepEqual(rows, data.incidents.slice(-BRIEFING_LIMIT).map((incident) => incident.id));
  assert.match(html, new RegExp(`the latest ${BRIEFING_LIMIT} of ${NOTES} incidents \\(the earlier ones are on <a href="/timeline/">the timeline</a>\\)`));
  // Its map shows the places of those incidents, numbered as the chronology.
  const map = /<section class="briefing-map".*?<\/section>/s.exec(html)![0];
  const mapped = matches(map, /<a href="\/incidents\/([a-z0-9-]+)\/">/g);
  assert.deepEqual([...new Set(mapped)].sort(), [...rows].sort());
  // Every key figure points at rows of the chronology.
  for (const target of matches(html, /href="#row-([a-z0-9-]+)"/g)) assert.ok(rows.includes(target), `#row-${target} is not in the chronology`);
});
