/**
 * A note's images (tests/fixtures/note-with-images: a PNG and an SVG in content/media/): published
 * under a name carrying a hash of their bytes, with their measured size, alt text, caption and
 * credit; lazy-loaded; carried into search and the feed as words, never as an address elsewhere.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { parse, type HTMLElement } from "node-html-parser";
import { buildToTemp, fixture, readPage } from "../../helpers/build.ts";

const CONTENT = fixture("note-with-images");
const PAGE = "/incidents/2023-03-23-drone-strike-hasakah/";
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 10);
let output: string;
let figures: HTMLElement[];

before(async () => {
  output = await buildToTemp(CONTENT);
  figures = parse(await readPage(output, PAGE)).querySelectorAll("figure.note-figure");
});

test("each image is copied byte for byte under its name and a hash of its bytes, and an image no note shows is not published", async () => {
  const published = (await readdir(path.join(output, "media"))).sort();
  const png = await readFile(path.join(CONTENT, "media/satellite-view.png"));
  const svg = await readFile(path.join(CONTENT, "media/map-of-the-base.svg"));
  assert.deepEqual(published, [`map-of-the-base-${sha(svg)}.svg`, `satellite-view-${sha(png)}.png`]);
  assert.ok((await readFile(path.join(output, "media", `satellite-view-${sha(png)}.png`))).equals(png));
});

test("the page shows each image with its measured size, alt text, caption and credit, lazily, as an image (an SVG is never inlined)", async () => {
  assert.equal(figures.length, 2);
  const [photo, sketch] = figures.map((figure) => figure.querySelector("img")!);
  assert.deepEqual([photo.getAttribute("width"), photo.getAttribute("height")], ["120", "80"]);
  assert.deepEqual([sketch.getAttribute("width"), sketch.getAttribute("height")], ["160", "90"]);
  assert.match(photo.getAttribute("src")!, /^\/media\/satellite-view-[0-9a-f]{10}\.png$/);
  assert.equal(photo.getAttribute("alt"), "A green square with a white circle in its middle (a test picture)");
  assert.equal(photo.getAttribute("loading"), "lazy");
  assert.equal(figures[0].querySelector("figcaption")!.textContent.trim(), "The base seen from above, the day after (test fixture). Credit: Test Imaging Ltd, from Statement on the drone attack near Hasakah.");
  assert.equal(figures[1].querySelector("figcaption")!.textContent.trim(), "Credit: Drawn for the test suite.");
  assert.equal(parse(await readPage(output, PAGE)).querySelectorAll("main svg title").filter((title) => title.textContent.includes("Sketch")).length, 0, "the SVG was inlined");
});

test("search indexes the alt text and the caption; the feed carries them as words, with no image address", async () => {
  const dir = path.join(output, "pagefind/fragment");
  const fragments = await Promise.all((await readdir(dir)).map(async (name) => gunzipSync(await readFile(path.join(dir, name))).toString("utf8")));
  const page = fragments.find((text) => text.includes(`"url":"${PAGE}"`))!;
  assert.match(page, /A green square with a white circle in its middle/);
  assert.match(page, /The base seen from above, the day after/);
  const feed = await readPage(output, "/feed.xml");
  assert.match(feed, /Image: A green square with a white circle in its middle \(a test picture\) The base seen from above, the day after \(test fixture\)\. \(credit: Test Imaging Ltd\)/);
  assert.doesNotMatch(feed, /&lt;img|satellite-view-/);
});

test("the TimelineJS slide of the note shows its first image with its caption and credit", async () => {
  const timeline = JSON.parse(await readPage(output, "/data/timelinejs.json"));
  const slide = timeline.events.find((event: { unique_id: string }) => event.unique_id === "2023-03-23-drone-strike-hasakah");
  assert.match(slide.media.url, /^\/media\/satellite-view-[0-9a-f]{10}\.png$/);
  assert.equal(slide.media.credit, "Test Imaging Ltd");
  assert.equal(slide.media.alt, "A green square with a white circle in its middle (a test picture)");
});
