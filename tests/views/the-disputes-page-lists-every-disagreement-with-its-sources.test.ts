import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import { between, elements, linksIn, mainOf, pageAt, textOf, titleOf } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { siteDataOf } from "./support.ts";

describe("the disputes page of the shipped content", () => {
  let data: SiteData;
  let main: string;
  let html: string;
  before(async () => {
    const [loaded, pages] = await Promise.all([siteDataOf(SHIPPED_CONTENT), renderPages(SHIPPED_CONTENT)]);
    data = loaded;
    html = pageAt(pages, "/disputes/");
    main = mainOf(html);
  });

  test("is titled and linked from every page's navigation", () => {
    assert.equal(titleOf(html), `Where the sources disagree · ${data.site.title}`);
    assert.ok(linksIn(between(html, '<nav aria-label="Site">', "</nav>")).some(([href]) => href === "/disputes/"));
  });

  test("lists the three disputed incidents in timeline order, with what is disputed, and not the drone strike whose sources agree in other words", () => {
    const sections = elements(main, '<section class="dispute"', "section");
    assert.deepEqual(
      sections.map((section) => linksIn(between(section, "<h2", "</h2>"))[0][0]),
      data.incidents.filter((incident) => incident.disputed).map((incident) => incident.url),
    );
    assert.deepEqual(
      elements(between(main, '<nav aria-label="Disputed incidents"', "</nav>"), "<li", "li").map(textOf),
      [
        "US F-15Es strike two IRGC-linked facilities near Deir ez-Zor: targets, killed, who was killed",
        "Rockets fired at US base at the al-Omar oil field (MSS Green Village): time, rockets, attacker, casualties",
        "Syrian Observatory raises death toll of US strikes to 19; Pentagon later gives 8: killed, who was killed",
      ],
    );
  });

  test("shows each source's value, link and words for every disputed claim", () => {
    for (const incident of data.incidents.filter((candidate) => candidate.disputed)) {
      const section = elements(main, '<section class="dispute"', "section").find((candidate) => candidate.includes(`id="dispute-${incident.id}"`))!;
      const blocks = elements(section, '<div class="claim"', "ol");
      const disputed = incident.claimsShown.filter((claim) => claim.disputed);
      assert.equal(blocks.length, disputed.length);
      disputed.forEach((claim, index) => {
        // Each claim has an anchor of its own, here and on the incident's page.
        assert.match(blocks[index], new RegExp(`^<div class="claim" id="dispute-${incident.id}-${claim.what}">`));
        assert.ok(linksIn(blocks[index]).some(([href]) => href === `#dispute-${incident.id}-${claim.what}`));
        const rows = elements(blocks[index], "<li>", "li");
        assert.deepEqual(
          rows.map((row) => textOf(row)),
          claim.entries.map((entry) =>
            [`Value ${entry.shown}`, `Source ${entry.ref.title} — ${entry.ref.publisher}`, ...(entry.as ? [`In its words ${entry.as}`] : []), `Quote ${entry.quote ? `${entry.quote} checked against the source text` : "no quote"}`].join(" "),
          ),
        );
        for (const [i, row] of rows.entries()) assert.equal(linksIn(row)[0][0], claim.entries[i].ref.url);
      });
    }
  });

  test("gives numeric disagreements as a range", () => {
    assert.match(textOf(main), /Rockets: Sources disagree # Link to this claim: rockets Figures given: 7 to 10 /);
    assert.match(textOf(main), /Killed: Sources disagree # Link to this claim: killed Figures given: 8 to 19 /);
  });
});
