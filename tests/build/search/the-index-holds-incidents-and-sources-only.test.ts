/** What the Pagefind bundle holds: the incidents and sources, their main content only. */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { buildToTemp, readPage, SHIPPED_CONTENT } from "../../helpers/build.ts";

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

let fragments: Fragment[];
let output: string;

before(async () => {
  output = await buildToTemp(SHIPPED_CONTENT);
  const dir = path.join(output, "pagefind/fragment");
  fragments = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      const text = gunzipSync(await readFile(path.join(dir, name))).toString("utf8");
      return JSON.parse(text.slice(text.indexOf("{"))) as Fragment;
    }),
  );
});

test("every incident and source page is indexed, and nothing else", () => {
  const urls = fragments.map((fragment) => fragment.url).sort();
  assert.equal(urls.filter((url) => url.startsWith("/incidents/")).length, 11);
  assert.equal(urls.filter((url) => url.startsWith("/sources/")).length, 10);
  assert.equal(urls.length, 21, `unexpected pages: ${urls.filter((url) => !/^\/(incidents|sources)\/[a-z0-9-]+\/$/.test(url)).join(", ")}`);
});

test("navigation, footer, listings and pagers stay out of the indexed text", () => {
  for (const fragment of fragments) {
    for (const phrase of ["Skip to content", "Search incidents", "How this site works", "Previous:", "Next:", "Incidents citing this source", "Related incidents", "Link to this claim"]) {
      assert.ok(!fragment.content.includes(phrase), `${fragment.url} indexes "${phrase}"`);
    }
  }
});

test("an incident carries its filters, sort key and result meta", async () => {
  const strike = fragments.find((fragment) => fragment.url === "/incidents/2023-03-24-f15e-strikes-deir-ez-zor/");
  assert.ok(strike);
  assert.deepEqual(strike.filters.kind, ["strike"]);
  assert.deepEqual(strike.filters.place, ["Deir ez-Zor"]);
  assert.deepEqual(strike.filters.day, ["2023-03-24"]);
  assert.deepEqual(strike.filters.disputed, ["yes"]);
  assert.ok(strike.filters.source.includes("US Department of Defense"));
  // Sort keys live in the index, not in fragments: read the one the page hands to Pagefind.
  const html = await readPage(output, "/incidents/2023-03-24-f15e-strikes-deir-ez-zor/");
  assert.match(html, /data-pagefind-sort="time">2023-03-23T23:40:00Z \d{6}</);
  assert.equal(strike.meta.place, "Deir ez-Zor");
  assert.equal(strike.meta.when, "Friday 24 March 2023 · 02:40 (Asia/Damascus, UTC+3) · 23:40 UTC");
  assert.equal(strike.meta.kind, "strike · sources disagree");
  assert.ok(strike.content.includes("Initial indications are that the facilities were destroyed."), "quotes are indexed");
});

test("a source carries its type and publisher filters, and its publisher, date and type as result meta", () => {
  const release = fragments.find((fragment) => fragment.url === "/sources/centcom-release-20230324-01/");
  assert.deepEqual(release?.filters.type, ["official"]);
  assert.deepEqual(release?.filters.source, ["US Central Command (CENTCOM)"]);
  assert.equal(release?.meta.publisher, "US Central Command (CENTCOM)");
  assert.equal(release?.meta.published, "Friday 24 March 2023");
  assert.equal(release?.meta.type, "official");
  assert.equal(release?.meta.place, undefined, "a publisher is no place");
});

test("words of neighbouring elements stay apart in the indexed text", () => {
  for (const fragment of fragments) {
    // e.g. <dt>Publisher</dt><dd>US …</dd> read as "PublisherUS", a claim's "In its words" and its quote as "wordsLate".
    assert.doesNotMatch(fragment.content, /(Publisher|Published|Type|words|Quote)[A-Z0-9]/, fragment.url);
  }
});
