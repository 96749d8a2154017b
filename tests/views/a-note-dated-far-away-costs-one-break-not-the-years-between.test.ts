/**
 * The views cost work in proportion to the notes, never to the time they span: a note a century
 * from the others (a typo for 2023) adds one marked break to the chart, not 36,500 days; the
 * widest span site.yaml allows (years 1 to 9999) builds like any other. Sizes and counts are
 * asserted, not times.
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { loadContent } from "../../src/notes/load-content.ts";
import { formatProblem } from "../../src/notes/problems.ts";
import { fixture, renderPages } from "../helpers/build.ts";
import { siteDataOf } from "./support.ts";

const roots: string[] = [];
after(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** The small briefing plus notes dated `dates`, and site.yaml's `years` when given. */
async function folderWith(dates: string[], years?: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "briefing-far-"));
  roots.push(root);
  const dir = path.join(root, "content");
  await cp(fixture("small-briefing"), dir, { recursive: true });
  for (const [index, date] of dates.entries()) {
    await writeFile(
      path.join(dir, `incidents/far-${index}.md`),
      `---\ntitle: "Far note ${index}"\ndate: "${date}"\nkind: statement\nplace: hasakah\nsources:\n  - source: dod-statement\n---\nFar.\n`,
    );
  }
  if (years) await writeFile(path.join(dir, "site.yaml"), `title: "Far"\ndescription: "Far notes."\ntimezone: Asia/Damascus\nlanguage: en\n${years}`);
  return dir;
}

const pageBytes = (pages: Map<string, string>, url: string) => Buffer.byteLength(pages.get(url) ?? assert.fail(`no ${url}`));

describe("a note dated 1923 among notes of March 2023", () => {
  let plain: Map<string, string>;
  let far: Map<string, string>;
  let dir: string;
  before(async () => {
    plain = await renderPages(await folderWith([]));
    dir = await folderWith(["1923-03-24"]);
    far = await renderPages(dir);
  });

  test("adds one break to the chart, marked with the century it cuts out", async () => {
    const chart = (await siteDataOf(dir)).views.chart!;
    assert.deepEqual(chart.breaks.map((gap) => [gap.label, gap.title]), [["+100 y", "a gap of 36,523 days with nothing on them"]]);
    assert.ok(chart.days.length <= 4, `${chart.days.length} day bands`);
    assert.ok(chart.width < 1200, `chart ${chart.width} px wide`);
    assert.ok(chart.hourTicks.length < 100, `${chart.hourTicks.length} hour marks`);
  });

  test("leaves every page about the size it is without it", () => {
    for (const url of ["/", "/sequence/", "/briefing/"]) {
      assert.ok(pageBytes(far, url) < pageBytes(plain, url) + 12_000, `${url}: ${pageBytes(far, url)} bytes against ${pageBytes(plain, url)}`);
    }
  });

  test("check asks whether 2023 was meant, and the note builds as written", async () => {
    const { problems, warnings } = await loadContent(dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      // The fixture's sources' archived-copy warnings are another matter (tests/build/provenance).
      warnings.filter((warning) => warning.field !== "url").map((warning) => formatProblem(warning).slice(formatProblem(warning).indexOf("incidents/"))),
      [`incidents/far-0.md:3:1  date  found "1923-03-24", 100 years from every other note (the nearest is ${path.relative(process.cwd(), dir).split(path.sep).join("/")}/incidents/2023-03-23-drone-strike-hasakah.md, 2023-03-23); did you mean 2023-03-24? It builds as written.`],
    );
  });
});

test("notes on the first and the last day site.yaml allows (years 1 to 9999) build with two breaks", async () => {
  const dir = await folderWith(["0001-01-01", "9999-12-31T23:59"], "years:\n  from: 1\n  to: 9999\n");
  const chart = (await siteDataOf(dir)).views.chart!;
  assert.deepEqual(chart.breaks.map((gap) => gap.label), ["+2022 y", "+7977 y"]);
  assert.ok(chart.days.length <= 6, `${chart.days.length} day bands`);
  const pages = await renderPages(dir);
  assert.ok(pageBytes(pages, "/sequence/") < 200_000, `/sequence/ is ${pageBytes(pages, "/sequence/")} bytes`);
});

test("a date outside the default years is refused with the likely year", async () => {
  const { problems } = await loadContent(await folderWith(["0023-03-24"]));
  assert.deepEqual(problems.map((problem) => problem.message), [
    `found "0023-03-24"; expected a date in the years 1900 to 2100 (site.yaml's years: from/to widens the span); did you mean 2023-03-24?`,
  ]);
});
