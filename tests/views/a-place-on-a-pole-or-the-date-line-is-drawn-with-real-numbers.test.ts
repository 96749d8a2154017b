/** Coordinates at the very edge of their range (lat ±90, lon ±180) are valid places: every map still draws numbers, never NaN. */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { htmlPages } from "../build/html.ts";

let root: string;
after(() => rm(root, { recursive: true, force: true }));

test("places at lat 90 / lon 180 and lat -90 / lon -180 draw finite coordinates on every page", async () => {
  root = await mkdtemp(path.join(tmpdir(), "briefing-edges-"));
  const dir = path.join(root, "content");
  await cp(fixture("small-briefing"), dir, { recursive: true });
  const places = await readFile(path.join(dir, "places.yaml"), "utf8");
  await writeFile(
    path.join(dir, "places.yaml"),
    `${places}north-pole:\n  name: "North Pole"\n  lat: 90\n  lon: 180\n  precision: exact\n  country: "None"\nsouth-pole:\n  name: "South Pole"\n  lat: -90\n  lon: -180\n  precision: region\n  country: "None"\n`,
  );
  for (const place of ["north-pole", "south-pole"]) {
    await writeFile(path.join(dir, `incidents/2023-03-24-at-${place}.md`), `---\ntitle: "At the ${place}"\ndate: "2023-03-24"\nkind: statement\nplace: ${place}\nsources:\n  - source: dod-statement\n---\nFar.\n`);
  }
  const pages = await renderPages(dir);
  const checked = htmlPages(pages);
  assert.ok(checked.some(([url]) => url === "/places/north-pole/"));
  for (const [url, html] of checked) {
    assert.doesNotMatch(html, /="[^"]*\b(NaN|Infinity)\b/, url);
  }
  assert.match(pages.get("/places/north-pole/")!, /<svg[^>]*class="map/);
});
