import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { between, htmlPages, linksIn, mainOf, pageAt, textOf } from "./html.ts";

/** Markup written in the fixture's notes and data; none of it may reach a page as markup. */
const PAYLOADS = [
  '<script>alert("title")',
  "<script>alert('source')",
  '<script>alert("source text")',
  '<script>alert("body")',
  "<img src=x",
  "<iframe",
  "<i>Actor",
  "<u>tag",
  "<b>7",
  "<b>tags",
  "<b>test",
  "<i>One",
  '<a href="javascript:',
];

describe("the note-with-html-in-its-fields fixture", () => {
  let pages: Map<string, string>;
  before(async () => {
    pages = await renderPages(fixture("note-with-html-in-its-fields"));
  });
  const incidentPage = () => pageAt(pages, "/incidents/incident-with-markup/");

  test("no page carries any of the notes' markup as markup", () => {
    assert.ok(htmlPages(pages).length > 5);
    for (const [url, html] of htmlPages(pages)) {
      for (const payload of PAYLOADS) assert.ok(!html.includes(payload), `${url} contains ${payload}`);
      assert.doesNotMatch(html, /href="\s*(javascript|data|vbscript):/i, url);
    }
  });

  test("the title and summary are shown as the text the author wrote", () => {
    const html = incidentPage();
    assert.equal(between(mainOf(html), "<h1>", "</h1>"), "<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Rockets &amp; drones</h1>");
    assert.equal(textOf(between(mainOf(html), "<h1>", "</h1>")), '<script>alert("title")</script> Rockets & drones');
    assert.equal(between(mainOf(html), '<p class="lede">', "</p>"), '<p class="lede">&lt;img src=x onerror=alert(1)&gt; summary</p>');
    assert.ok(between(html, "<title>", "</title>").startsWith("<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Rockets &amp;"), between(html, "<title>", "</title>"));
    assert.match(html, /<meta name="description" content="&lt;img src=x onerror=alert\(1\)&gt; summary">/);
  });

  test("raw HTML in the body is shown as text", () => {
    const body = between(incidentPage(), '<div class="note-body">', "</div>");
    assert.ok(body.includes("Raw HTML in the body: &lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt; and &lt;iframe src=&quot;"), body);
    assert.ok(body.includes("<p>&lt;a href=&quot;javascript:alert(2)&quot;&gt;raw anchor&lt;/a&gt;</p>"), body);
  });

  test("javascript: and data: Markdown links stay text; a web link becomes a link", () => {
    const body = between(incidentPage(), '<div class="note-body">', "</div>");
    assert.ok(body.includes("A [javascript link](javascript:alert(1)), a [spaced one](java%0Ascript:alert(1)), a [data link](data:text/html;base64,PHNjcmlwdD4=) and a "), body);
    assert.ok(body.includes('<a href="https://example.org/report" rel="noopener noreferrer external">web link</a>'), body);
    assert.ok(!linksIn(body).some(([, text]) => ["javascript link", "spaced one", "data link"].includes(text)));
  });

  test("actors, tags, claims and quotes are escaped", () => {
    const main = mainOf(incidentPage());
    // Each links to its own page, under an address of URL-safe characters.
    assert.ok(main.includes('<li><a href="/actors/i-actor-i/">&lt;i&gt;Actor&lt;/i&gt;</a></li>'), main);
    assert.ok(main.includes('<li><a href="/tags/u-tag-u/">&lt;u&gt;tag&lt;/u&gt;</a></li>'), main);
    assert.ok(main.includes("<dt>In its words</dt><dd>&lt;b&gt;7&lt;/b&gt; &amp; more</dd>"), main);
    assert.ok(main.includes("<q>&lt;b&gt;tags&lt;/b&gt; &amp; ampersands</q>"));
    assert.ok(main.includes('<blockquote cite="/sources/report-with-markup/"><p>&lt;script&gt;alert(&quot;source text&quot;)&lt;/script&gt;</p></blockquote>'));
  });

  test("the place's name and country are escaped", () => {
    assert.ok(mainOf(incidentPage()).includes('<a href="/places/base-one/">Base &lt;i&gt;One&lt;/i&gt;</a>, Syria &amp; Iraq'));
    assert.equal(between(mainOf(pageAt(pages, "/places/base-one/")), "<h1>", "</h1>"), "<h1>Base &lt;i&gt;One&lt;/i&gt;</h1>");
  });

  test("the timeline entry is escaped", () => {
    const home = mainOf(pageAt(pages, "/"));
    assert.ok(home.includes('<a href="/incidents/incident-with-markup/">&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Rockets &amp; drones</a>'));
    assert.ok(home.includes('<p class="summary">&lt;img src=x onerror=alert(1)&gt; summary</p>'));
  });

  test("the source's title, publisher and text are escaped", () => {
    const main = mainOf(pageAt(pages, "/sources/report-with-markup/"));
    assert.equal(between(main, "<h1>", "</h1>"), "<h1>Report &lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;</h1>");
    assert.ok(main.includes("<dt>Publisher</dt><dd>Wire &lt;img src=x onerror=alert(2)&gt;</dd>"));
    assert.ok(main.includes("<p>The report says &lt;script&gt;alert(&quot;source text&quot;)&lt;/script&gt; and &quot;quotes&quot;.</p>"));
    assert.ok(main.includes("<p>A second paragraph with &lt;b&gt;tags&lt;/b&gt; &amp; ampersands.</p>"));
  });

  test("the site title is escaped in every header", () => {
    for (const [url, html] of htmlPages(pages)) {
      assert.ok(html.includes('<p class="site-title"><a href="/">Briefing &lt;b&gt;test&lt;/b&gt; &amp; co</a></p>'), url);
    }
  });
});
