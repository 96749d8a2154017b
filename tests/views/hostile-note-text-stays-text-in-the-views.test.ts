import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import { svgsOf } from "./support.ts";

const VIEW_PAGES = ["/", "/disputes/", "/sequence/", "/briefing/", "/incidents/2023-03-24-hostile-title/", "/places/base-one/"];

describe("hostile note text in the map, chart, sequence, disputes and briefing", () => {
  let pages: Map<string, string>;
  before(async () => {
    pages = await renderPages(fixture("views-hostile-notes"));
  });

  test("never reaches a page as markup", () => {
    for (const url of VIEW_PAGES) {
      const html = pageAt(pages, url);
      assert.doesNotMatch(html, /<script\b/i, `${url} has a script element`);
      assert.doesNotMatch(html, /<\/text><script/i, url);
      assert.doesNotMatch(html, /<b>(bold|exports)<\/b>/, url);
    }
  });

  test("is escaped inside the SVG titles and labels", () => {
    const home = pageAt(pages, "/");
    const [chart] = svgsOf(home, "chart");
    assert.match(chart, /<title>1\. =cmd\|&#39; \/C calc&#39;!A0 &lt;script&gt;alert\(&quot;t&quot;\)&lt;\/script&gt; \]\]&gt; &amp; &quot;quotes&quot;, commas/);
    const [map] = svgsOf(home, "map");
    assert.match(map, /<text class="map-place-label"[^>]*>Base &lt;\/text&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;, &quot;One&quot;<\/text>/);
    assert.match(map, /<title>2\. A second incident &lt;\/svg&gt;&lt;script&gt;x&lt;\/script&gt;<\/title>/);
  });
});
