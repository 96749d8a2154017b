/** The link card (src/social): its tags come from the page's own title and description, note text stays text, and the image is a real 1200×630 PNG. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderPng } from "../../../src/social/render-png.ts";
import { CARD_HEIGHT, CARD_WIDTH, socialCardSvg, wrapText } from "../../../src/social/social-card.ts";
import { withSocialTags } from "../../../src/social/social-tags.ts";

const PAGE = { url: "https://example.org/incidents/a/", image: "https://example.org/assets/social-card.png", imageAlt: 'Card of "a" & b', siteName: "Site <1>" };
const HEAD = '<html><head><title>Rockets &amp; &quot;drones&quot;</title><meta name="description" content="Ten &lt;b&gt;rockets&lt;/b&gt;"><link rel="stylesheet" href="/a.css"></head><body></body></html>';

const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];

test("a page's card repeats its title and description as they were escaped, once, after the description", () => {
  const html = withSocialTags(HEAD, PAGE);
  assert.equal(meta(html, "og:title"), "Rockets &amp; &quot;drones&quot;");
  assert.equal(meta(html, "twitter:title"), "Rockets &amp; &quot;drones&quot;");
  assert.equal(meta(html, "og:description"), "Ten &lt;b&gt;rockets&lt;/b&gt;");
  assert.equal(meta(html, "og:url"), PAGE.url);
  assert.equal(meta(html, "og:image"), PAGE.image);
  assert.equal(meta(html, "og:image:alt"), "Card of &quot;a&quot; &amp; b");
  assert.equal(meta(html, "og:site_name"), "Site &lt;1&gt;");
  assert.equal(meta(html, "twitter:card"), "summary_large_image");
  assert.equal(html.match(/og:title/g)?.length, 1);
  assert.ok(html.indexOf("og:type") > html.indexOf('name="description"') && html.indexOf("og:type") < html.indexOf("<link"));
});

test("a document without a title or description (a data file, a stray page) is left as it was", () => {
  assert.equal(withSocialTags("<svg></svg>", PAGE), "<svg></svg>");
  assert.equal(withSocialTags("<html><head><title>x</title></head></html>", PAGE), "<html><head><title>x</title></head></html>");
});

test("long text wraps into the lines it is given, the last marked when cut; a short one stays whole", () => {
  const long = "word ".repeat(80).trim();
  const lines = wrapText(long, 30, 600, 3);
  assert.equal(lines.length, 3);
  assert.ok(lines[2].endsWith("…"));
  assert.deepEqual(wrapText("Two words", 30, 600, 3), ["Two words"]);
});

test("note text in the card stays text: markup in a title or description is escaped, not drawn", () => {
  const svg = socialCardSvg({ title: '</text><image href="https://evil.example/x.png"/>', description: "a & b", facts: "1 incident", incidents: [{ instant: 0, kind: "attack", disputed: true }] });
  assert.doesNotMatch(svg, /<image|href="/);
  assert.match(svg, /&lt;\/text&gt;&lt;image/);
  assert.match(svg, /href=&quot;https:\/\/evil\.example\/x\.png&quot;\/&gt;/);
  assert.match(svg, /a &amp; b/);
});

test("the card renders to a PNG of 1200 by 630 pixels", () => {
  const png = renderPng(socialCardSvg({ title: "Syria, March 2023", description: "A timeline.", facts: "2 incidents", incidents: [{ instant: 0, kind: "attack", disputed: false }, { instant: 1, kind: "strike", disputed: true }] }));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, right after the chunk header.
  assert.equal(png.readUInt32BE(16), CARD_WIDTH);
  assert.equal(png.readUInt32BE(20), CARD_HEIGHT);
});
