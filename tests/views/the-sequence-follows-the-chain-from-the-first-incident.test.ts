import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import { between, elements, linksIn, mainOf, pageAt, textOf } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import type { SequenceStep } from "../../src/views/sequence/sequence.ts";
import { gapText } from "../../src/views/sequence/sequence.ts";
import { siteDataOf } from "./support.ts";

/** "1 [4 [5, 6 [7, 8, 9]], 2]": a chain's numbers as nested text. */
const shape = (step: SequenceStep): string => (step.children.length ? `${step.number} [${step.children.map(shape).join(", ")}]` : String(step.number));

describe("the sequence of the shipped content", () => {
  let data: SiteData;
  let pages: Map<string, string>;
  before(async () => {
    [data, pages] = await Promise.all([siteDataOf(SHIPPED_CONTENT), renderPages(SHIPPED_CONTENT)]);
  });

  test("starts at the drone strike and follows what answered it, the latest link first", () => {
    assert.deepEqual(data.views.sequence.chains.map(shape), ["1 [2, 4 [5, 6 [7, 8, 9]]]"]);
    assert.deepEqual(data.views.sequence.unlinked.map((step) => step.number), [3, 10, 11]);
  });

  test("says how long after its cause each step came, as precisely as the times allow", () => {
    const [drone] = data.views.sequence.chains;
    const strikes = drone.children.find((step) => step.number === 4)!;
    assert.equal(strikes.relation, "Responds to");
    assert.equal(strikes.gap, "about 13 h later");
    const rockets = strikes.children.find((step) => step.number === 6)!;
    assert.equal(rockets.gap, "about 5 h later");
    assert.equal(rockets.children[0].gap, "the same day");
  });

  test("writes exact gaps in hours and minutes, and days for a day alone", () => {
    const at = (instant: string, precision: "exact" | "approximate" | "day" = "exact", day = instant.slice(0, 10)) =>
      ({ instant, precision, day }) as Parameters<typeof gapText>[0];
    assert.equal(gapText(at("2023-03-23T13:38:00+03:00"), at("2023-03-24T02:40:00+03:00")), "13 h 2 min later");
    assert.equal(gapText(at("2023-03-24T02:40:00+03:00"), at("2023-03-24T03:10:00+03:00")), "30 min later");
    assert.equal(gapText(at("2023-03-24T02:40:00+03:00"), at("2023-03-24T08:05:00+03:00", "approximate")), "about 5 h later");
    assert.equal(gapText(at("2023-03-23T13:38:00+03:00"), at("2023-03-25T00:00:00+03:00", "day")), "2 days later");
  });

  test("on /sequence/: the chart, then the chain as nested lists linking every incident once", () => {
    const main = mainOf(pageAt(pages, "/sequence/"));
    assert.match(main, /<svg class="chart"/);
    const chain = between(main, '<section class="sequence-chain"', "</section>");
    assert.equal(textOf(between(chain, "<h2", "</h2>")), "From the first incident: Drone strikes coalition base near Hasakah, killing a US contractor");
    const titles = elements(main, '<p class="sequence-title">', "p").flatMap((p) => linksIn(p).map(([href]) => href));
    assert.deepEqual([...titles].sort(), data.incidents.map((incident) => incident.url).sort());
    assert.match(textOf(chain), /About 13 h later · responds to 1 4\. US F-15Es strike two IRGC-linked facilities near Deir ez-Zor/);
  });

  test("on an incident page: what led to it and what came of it", () => {
    const html = pageAt(pages, "/incidents/2023-03-24-rocket-attack-green-village/");
    const section = between(html, '<section class="incident-chain"', "</section>");
    const before = between(section, '<ol class="sequence-path">', "</ol>");
    assert.equal(
      textOf(before),
      "1. Drone strikes coalition base near Hasakah, killing a US contractor (about 13:38, Thursday 23 March 2023) " +
        "4. US F-15Es strike two IRGC-linked facilities near Deir ez-Zor (02:40, Friday 24 March 2023) — about 13 h later, responds to 1 " +
        "6. This incident (about 08:05, Friday 24 March 2023) — about 5 h later, follows 4",
    );
    const after = section.slice(section.indexOf("What came of it"));
    assert.deepEqual(
      elements(after, '<p class="sequence-title">', "p").map((p) => linksIn(p)[0][0]),
      ["/incidents/2023-03-24-conoco-rocket-attack/", "/incidents/2023-03-24-green-village-drones/", "/incidents/2023-03-24-ryder-pentagon-briefing/"],
    );
  });

  test("leaves the section out where a note is linked to no chain", () => {
    assert.doesNotMatch(pageAt(pages, "/incidents/2023-03-24-biden-ottawa-remarks/"), /class="incident-chain"/);
  });
});
