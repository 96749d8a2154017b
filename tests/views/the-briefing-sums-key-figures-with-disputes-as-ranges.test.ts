import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import { between, elements, linksIn, mainOf, pageAt, textOf } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { attributeValues, siteDataOf, svgsOf } from "./support.ts";

describe("the briefing of the shipped content", () => {
  let data: SiteData;
  let main: string;
  before(async () => {
    const [loaded, pages] = await Promise.all([siteDataOf(SHIPPED_CONTENT), renderPages(SHIPPED_CONTENT)]);
    data = loaded;
    main = mainOf(pageAt(pages, "/briefing/"));
  });

  test("adds up killed and wounded over attacks and strikes, a dispute as the range of its sources", () => {
    const figures = Object.fromEntries(data.views.briefing.figures.map((figure) => [figure.key, figure]));
    assert.deepEqual([figures.killed.low, figures.killed.high, figures.killed.text, figures.killed.disputed], [9, 20, "9–20", true]);
    assert.deepEqual(
      figures.killed.parts.map((part) => [part.number, part.text, part.values.map((group) => [group.value, group.sources.map((source) => source.id)])]),
      [
        [1, "1", []],
        [4, "8–19", [["8", ["2023-03-25-rockets-after-retaliatory-strikes", "pentagon-briefing-2023-03-30"]], ["19", ["reuters-sohr-death-toll-2023-03-25"]]]],
      ],
    );
    assert.deepEqual([figures.wounded.text, figures.wounded.disputed, figures.wounded.parts[0].wordedDifferently], ["6", false, true]);
    assert.deepEqual([figures.attacks.text, figures.strikes.text], ["4", "1"]);
    assert.deepEqual(figures.attacks.parts.map((part) => part.number), [1, 6, 7, 8]);
  });

  test("shows the figures with their sources' citation numbers", () => {
    const figures = elements(between(main, '<dl class="figures">', "</dl>"), '<div class="figure', "div").map((div) => textOf(div));
    const n = data.views.briefing.numberOf;
    assert.deepEqual(figures, [
      `Killed 9–20 sources disagree 1 in #1 ([1][2][3]); 8–19 in #4 (8: [${n["2023-03-25-rockets-after-retaliatory-strikes"]}][${n["pentagon-briefing-2023-03-30"]}]; 19: [${n["reuters-sohr-death-toll-2023-03-25"]}])`,
      "Wounded 6 6 in #1 (agreed; the sources word it differently: [1][2][3])",
      "Attacks 4 #1, #6, #7, #8",
      "Strikes 1 #4",
    ]);
  });

  test("has the chronology in one table: every incident in order, by day, with its time in Damascus and UTC and its sources", () => {
    const table = between(main, '<table class="chronology-table">', "</table>");
    const rows = elements(table, '<tr id="row-', "tr");
    assert.deepEqual(
      rows.map((row) => /id="row-([^"]+)"/.exec(row)![1]),
      data.incidents.map((incident) => incident.id),
    );
    const row = (id: string) => elements(rows.find((candidate) => candidate.includes(`id="row-${id}"`))!, "<td", "td").map(textOf);
    assert.deepEqual(row("2023-03-24-f15e-strikes-deir-ez-zor").slice(0, 3), ["4", "02:40", "23:40 UTC (Thu)"]);
    assert.deepEqual(row("2023-03-24-ryder-pentagon-briefing").slice(0, 3), ["9", "day only (New York)", "—"]);
    assert.deepEqual(
      elements(table, '<tr class="day-row">', "tr").map(textOf),
      ["Thursday 23 March 2023", "Friday 24 March 2023", "Saturday 25 March 2023"],
    );
    for (const incident of data.incidents) {
      assert.equal(row(incident.id).at(-1), data.views.briefing.citedBy[incident.id].map((number) => `[${number}]`).join(""));
    }
  });

  test("numbers every cited source once, in order of first citation, with its original address", () => {
    const items = elements(between(main, '<ol class="numbered-sources">', "</ol>"), "<li", "li");
    const cited = new Set(data.incidents.flatMap((incident) => [...incident.sources.map((s) => s.source), ...incident.claims.flatMap((c) => c.entries.map((e) => e.source))]));
    assert.equal(items.length, cited.size);
    items.forEach((item, index) => assert.ok(textOf(item).startsWith(`[${index + 1}] `)));
    assert.equal(textOf(items[0]).split(", ")[0], "[1] US Department of Defense (quoted by Reuters)");
    for (const source of data.sources.filter((candidate) => candidate.originalUrl && cited.has(candidate.id))) {
      assert.ok(items.some((item) => linksIn(item).some(([href]) => href === source.originalUrl)), `${source.id} has no original link`);
    }
  });

  test("includes the map with every incident", () => {
    const linked = svgsOf(main, "map").flatMap((svg) => attributeValues(svg, "data-incident"));
    assert.deepEqual(linked.sort(), data.incidents.map((incident) => incident.id).sort());
  });
});
