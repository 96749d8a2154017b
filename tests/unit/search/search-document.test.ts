/** What Pagefind is sent of a page (src/search/search-document.ts): less to parse, the same index. */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, test } from "node:test";
import * as pagefind from "pagefind";
import { searchDocument } from "../../../src/search/search-document.ts";
import { buildToTemp, fixture, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { listPages, urlOf } from "../../helpers/site-files.ts";

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Strike near Deir ez-Zor</title></head>
<body>
<header><nav><a href="/">Timeline</a></nav></header>
<main>
<article class="incident-page" data-pagefind-body>
<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">strike</span></div>
<h1>Strike near Deir ez-Zor</h1>
<p>The note says data-pagefind-ignore in plain text, and &lt;section data-pagefind-ignore&gt; too.</p>
<section class="incident-map" data-pagefind-ignore><svg viewBox="0 0 1 1"><title>Map</title><svg><path d="M0 0"/></svg></svg></section>
<section><section data-pagefind-ignore><p>Related</p></section><p>Kept after a nested section.</p></section>
<nav class="pager" data-pagefind-ignore><a href="/next/">Next</a></nav>
</article>
</main>
<footer>How this site works</footer>
</body>
</html>`;

test("keeps the head, the indexed element and the Pagefind data; drops chrome and ignored elements without data", () => {
  const doc = searchDocument(PAGE);
  assert.match(doc, /^<!DOCTYPE html><html lang="en">/);
  assert.match(doc, /<title>Strike near Deir ez-Zor<\/title>/);
  assert.match(doc, /<span data-pagefind-filter="kind">strike<\/span>/);
  assert.match(doc, /<h1>Strike near Deir ez-Zor<\/h1>/);
  assert.match(doc, /The note says data-pagefind-ignore in plain text, and &lt;section data-pagefind-ignore&gt; too\./);
  assert.match(doc, /<section><p>Kept after a nested section\.<\/p><\/section>/);
  for (const gone of ["Timeline", "<svg", "Related", "Next", "How this site works"]) assert.ok(!doc.includes(gone), `still holds ${gone}`);
  assert.match(doc, /<\/article><\/body><\/html>$/);
});

test("a page without an indexed element, or one it cannot bound, is sent whole", () => {
  const plain = "<!DOCTYPE html><html lang=\"en\"><head><title>About</title></head><body><p>data-pagefind-body in text</p></body></html>";
  assert.equal(searchDocument(plain), plain);
  const unclosed = PAGE.replace("</article>", "");
  assert.equal(searchDocument(unclosed), unclosed);
});

// The real check: Pagefind builds exactly the same fragments and word index from the trimmed pages as from the whole pages.
async function bundle(pages: { url: string; content: string }[]): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  assert.deepEqual(errors, []);
  for (const page of pages) assert.deepEqual((await index!.addHTMLFile(page)).errors, []);
  const { files } = await index!.getFiles();
  // Pagefind 1.6.0 writes the whole bundle in a fixed order, so every file is compared.
  return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString("base64")]));
}

after(() => pagefind.close());

for (const [name, content] of [["the shipped content", SHIPPED_CONTENT], ["hostile notes", fixture("hostile-notes")]] as const) {
  test(`on ${name}, Pagefind indexes the trimmed pages exactly as the whole pages`, async () => {
    const output = await buildToTemp(content);
    const pages = await Promise.all(
      (await listPages(output))
        .map(urlOf)
        .filter((url) => /^\/(incidents|sources)\/[^/]+\/$/.test(url))
        .sort()
        .map(async (url) => ({ url, content: await readFile(path.join(output, url, "index.html"), "utf8") })),
    );
    assert.ok(pages.length >= 2, `only ${pages.length} pages`);
    const trimmed = pages.map((page) => ({ ...page, content: searchDocument(page.content) }));
    assert.ok(trimmed.every((page, i) => page.content.length < pages[i].content.length), "every page is trimmed");
    const whole = await bundle(pages);
    const fromTrimmed = await bundle(trimmed);
    assert.ok(whole.size > pages.length);
    assert.deepEqual([...fromTrimmed.keys()].sort(), [...whole.keys()].sort());
    for (const [file, bytes] of whole) assert.equal(fromTrimmed.get(file), bytes, `${file} differs`);
  });
}
