import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Element } from "@xmldom/xmldom";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateNotes } from "../../scripts/bench/generate-notes.ts";
import { FEED_ENTRIES } from "../../src/exports/feed.ts";
import { fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { siteDataOf } from "../views/support.ts";
import { renderWith } from "./support.ts";
import { children, parseXml } from "./xml.ts";

const ATOM = "http://www.w3.org/2005/Atom";
// RFC 3339 date-time, as RFC 4287 section 3.3 requires.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const one = (parent: Element, name: string) => {
  const found = children(parent, ATOM, name);
  assert.equal(found.length, 1, `expected exactly one atom:${name} in atom:${parent.localName}, found ${found.length}`);
  return found[0];
};
const text = (element: Element) => element.textContent ?? "";

/** The "MUST"s of RFC 4287 for a feed and its entries (sections 4.1.1 and 4.1.2). */
function checkAtom(feed: Element): Element[] {
  assert.equal(feed.namespaceURI, ATOM);
  assert.equal(feed.localName, "feed");
  assert.match(text(one(feed, "id")), ABSOLUTE_IRI);
  assert.ok(text(one(feed, "title")).trim().length > 0);
  assert.match(text(one(feed, "updated")), RFC3339);
  const entries = children(feed, ATOM, "entry");
  const feedAuthors = children(feed, ATOM, "author");
  assert.ok(feedAuthors.length > 0 || entries.every((entry) => children(entry, ATOM, "author").length > 0), "no author");
  for (const author of feedAuthors) assert.ok(text(one(author, "name")).length > 0);
  const links = children(feed, ATOM, "link");
  assert.equal(links.filter((link) => link.getAttribute("rel") === "self").length, 1, "feeds SHOULD have one self link");
  assert.ok(links.every((link) => link.getAttribute("href")), "a link without href");
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = text(one(entry, "id"));
    assert.match(id, ABSOLUTE_IRI);
    assert.ok(!ids.has(id), `duplicate entry id ${id}`);
    ids.add(id);
    assert.ok(text(one(entry, "title")).trim().length > 0);
    const updated = text(one(entry, "updated"));
    assert.match(updated, RFC3339);
    const published = children(entry, ATOM, "published");
    assert.ok(published.length <= 1);
    if (published.length) assert.ok(Date.parse(text(published[0])) <= Date.parse(updated), "published after updated");
    const alternate = children(entry, ATOM, "link").filter((link) => (link.getAttribute("rel") ?? "alternate") === "alternate");
    const content = children(entry, ATOM, "content");
    assert.ok(alternate.length > 0 || content.length > 0, "an entry needs an alternate link or content");
    assert.ok(content.length <= 1 && children(entry, ATOM, "summary").length <= 1);
    for (const element of content) assert.ok(["text", "html", "xhtml", null].includes(element.getAttribute("type")));
  }
  return entries;
}

describe("the Atom feed", () => {
  let data: SiteData;
  let entries: Element[];
  let feed: Element;
  before(async () => {
    const [pages, loaded] = await Promise.all([renderWith(SHIPPED_CONTENT), siteDataOf(SHIPPED_CONTENT)]);
    data = loaded;
    feed = parseXml(pageAt(pages, "/feed.xml")).documentElement!;
    entries = checkAtom(feed);
  });

  test("is well-formed Atom with every required element", () => {
    assert.equal(text(one(feed, "title")), data.site.title);
    assert.equal(text(one(feed, "subtitle")), data.site.description);
  });

  test("has one entry per incident, newest first, linked to its page", () => {
    assert.deepEqual(
      entries.map((entry) => children(entry, ATOM, "link")[0].getAttribute("href")),
      data.incidents.map((incident) => incident.url).reverse(),
    );
    const strikes = entries.find((entry) => text(one(entry, "title")) === "US F-15Es strike two IRGC-linked facilities near Deir ez-Zor")!;
    assert.equal(text(one(strikes, "published")), "2023-03-23T23:40:00Z");
    // Updated when its latest source appeared: the Pentagon briefing of 30 March (Damascus midnight).
    assert.equal(text(one(strikes, "updated")), "2023-03-29T21:00:00Z");
    assert.equal(text(one(feed, "updated")), "2023-03-29T21:00:00Z");
    assert.equal(one(strikes, "category").getAttribute("term"), "strike");
  });

  test("carries each note as HTML, with its time, place and disputed mark", () => {
    const strikes = entries.find((entry) => text(one(entry, "title")).startsWith("US F-15Es"))!;
    const html = text(one(strikes, "content"));
    assert.ok(html.startsWith("<p>strike · 02:40 Asia/Damascus, UTC+3 (23:40 UTC), Friday 24 March 2023 · Deir ez-Zor, Syria · <strong>Sources disagree</strong></p><p>"), html.slice(0, 200));
  });

  test("makes ids and links absolute with SITE_URL and the path prefix", async () => {
    const pages = await renderWith(fixture("small-briefing"), { pathPrefix: "/briefing/", siteUrl: "https://example.org" });
    const prefixed = parseXml(pageAt(pages, "/feed.xml")).documentElement!;
    const [entry] = checkAtom(prefixed);
    assert.equal(text(one(prefixed, "id")), "https://example.org/briefing/");
    assert.equal(children(prefixed, ATOM, "link")[0].getAttribute("href"), "https://example.org/briefing/feed.xml");
    assert.equal(text(one(entry, "id")), "https://example.org/briefing/incidents/2023-03-24-rockets-green-village/");
  });

  test(`holds the latest ${FEED_ENTRIES} incidents of a larger archive, newest first`, async () => {
    const content = path.join(await mkdtemp(path.join(tmpdir(), "briefing-feed-")), "content");
    await generateNotes(content, { notes: FEED_ENTRIES + 30, seed: 7 });
    const [pages, archive] = await Promise.all([renderWith(content), siteDataOf(content)]);
    const large = parseXml(pageAt(pages, "/feed.xml")).documentElement!;
    const links = checkAtom(large).map((entry) => children(entry, ATOM, "link")[0].getAttribute("href"));
    assert.deepEqual(links, archive.incidents.slice(-FEED_ENTRIES).map((incident) => incident.url).reverse());
    await rm(path.dirname(content), { recursive: true, force: true });
  });

  test("is linked from every page's head", async () => {
    const home = pageAt(await renderWith(SHIPPED_CONTENT), "/");
    assert.match(home, /<link rel="alternate" type="application\/atom\+xml" href="\/feed\.xml" title="Syria, March 2023: attacks and strikes">/);
  });

  test("keeps hostile text as text: escaped, and without the characters XML forbids", async () => {
    const hostile = parseXml(pageAt(await renderWith(fixture("views-hostile-notes")), "/feed.xml")).documentElement!;
    const hostileEntries = checkAtom(hostile);
    assert.equal(text(one(hostile, "title")), 'Hostile <b>exports</b> & "co"');
    const titles = hostileEntries.map((entry) => text(one(entry, "title")));
    assert.ok(titles.includes("=cmd|' /C calc'!A0 <script>alert(\"t\")</script> ]]> & \"quotes\", commas\nand a line break"), titles.join(" | "));
    const body = text(one(hostileEntries.find((entry) => text(one(entry, "title")).startsWith("=cmd"))!, "content"));
    assert.doesNotMatch(body, /<script/);
    assert.match(body, /Body with &lt;script&gt;alert\(&quot;body&quot;\)&lt;\/script&gt;/);
  });
});
