/** The renderer of note text, behind the check: an image never becomes a request, a link to another site is marked as one. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown } from "../../../src/site/markdown.ts";

const markdown = createMarkdown();

test("an image, remote, protocol-relative or local, renders as its escaped description and nothing else", () => {
  for (const src of ["http://tracker.example/t.png", "//cdn.example/p.gif", "/media/map.png"]) {
    const html = markdown.render(`Before ![a <b>sat</b> view](${src}) after`);
    assert.equal(html, "<p>Before a &lt;b&gt;sat&lt;/b&gt; view after</p>\n", src);
  }
  // An unsafe address is not even parsed as an image: the Markdown stays text.
  assert.doesNotMatch(markdown.render("![x](data:image/png;base64,AAAA)"), /<img/);
});

test("a reference-style image is no image either", () => {
  assert.doesNotMatch(markdown.render("![pixel][p]\n\n[p]: https://tracker.example/p.gif\n"), /<img|tracker/);
});

test("links to other sites, with a scheme or protocol-relative, carry rel external; in-site links do not", () => {
  assert.equal(markdown.render("[a](https://example.org/x)"), '<p><a href="https://example.org/x" rel="noopener noreferrer external">a</a></p>\n');
  assert.equal(markdown.render("[a](//example.org/x)"), '<p><a href="//example.org/x" rel="noopener noreferrer external">a</a></p>\n');
  assert.equal(markdown.render("[a](/incidents/x/)"), '<p><a href="/incidents/x/">a</a></p>\n');
});
