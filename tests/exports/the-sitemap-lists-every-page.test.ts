import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import { renderWith } from "./support.ts";
import { children, parseXml } from "./xml.ts";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

function locations(xml: string): string[] {
  const root = parseXml(xml).documentElement!;
  assert.equal(root.namespaceURI, SITEMAP);
  assert.equal(root.localName, "urlset");
  return children(root, SITEMAP, "url").map((url) => {
    const [loc] = children(url, SITEMAP, "loc");
    return loc.textContent ?? "";
  });
}

describe("the sitemap", () => {
  test("lists every HTML page of the site once, and no data file or error page", async () => {
    const pages = await renderWith(SHIPPED_CONTENT);
    const listed = locations(pageAt(pages, "/sitemap.xml"));
    const html = [...pages.keys()].filter((url) => url.endsWith("/"));
    assert.deepEqual([...listed].sort(), [...html].sort());
    assert.equal(listed[0], "/");
    assert.equal(new Set(listed).size, listed.length);
    for (const url of ["/disputes/", "/sequence/", "/briefing/", "/incidents/2023-03-24-f15e-strikes-deir-ez-zor/"]) assert.ok(listed.includes(url), url);
    assert.ok(!listed.some((url) => /\.(json|csv|xml|geojson|html)$/.test(url)));
  });

  test("gives absolute addresses under the path prefix with SITE_URL, as the protocol wants", async () => {
    const pages = await renderWith(fixture("small-briefing"), { pathPrefix: "/briefing/", siteUrl: "https://example.org/briefing/" });
    const listed = locations(pageAt(pages, "/sitemap.xml"));
    const html = [...pages.keys()].filter((url) => url.endsWith("/"));
    // The briefing page itself lives at /briefing/, so under the prefix it is /briefing/briefing/.
    assert.deepEqual([...listed].sort(), html.map((url) => `https://example.org/briefing${url}`).sort());
    assert.ok(listed.includes("https://example.org/briefing/briefing/"));
  });
});
