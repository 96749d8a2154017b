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

  test("lists the four disputed incidents in timeline order, with what is disputed", () => {
    const sections = elements(main, '<section class="dispute"', "section");
    assert.deepEqual(
      sections.map((section) => linksIn(between(section, "<h2", "</h2>"))[0][0]),
      data.incidents.filter((incident) => incident.disputed).map((incident) => incident.url),
    );
    assert.deepEqual(
      elements(between(main, '<nav aria-label="Disputed incidents"', "</nav>"), "<li", "li").map(textOf),
      [
        "Drone strikes coalition base near Hasakah, killing a US contractor: wounded",
        "US F-15Es strike two IRGC-linked facilities near Deir ez-Zor: timing, killed",
        "Rockets fired at US base at the al-Omar oil field (MSS Green Village): time, rockets, casualties",
        "Syrian Observatory raises death toll of US strikes to 19; Pentagon later gives 8: killed",
      ],
    );
  });

  test("shows each source's value, link and words for every disputed claim", () => {
    for (const incident of data.incidents.filter((candidate) => candidate.disputed)) {
      const section = elements(main, '<section class="dispute"', "section").find((candidate) => candidate.includes(`id="dispute-${incident.id}"`))!;
      const tables = elements(section, '<table class="claims">', "table");
      const disputed = incident.claimsShown.filter((claim) => claim.disputed);
      assert.equal(tables.length, disputed.length);
      disputed.forEach((claim, index) => {
        const rows = elements(between(tables[index], "<tbody>", "</tbody>"), "<tr>", "tr");
        assert.deepEqual(
          rows.map((row) => textOf(row)),
          claim.entries.map((entry) => `${entry.value} ${entry.ref.title} (${entry.ref.publisher}) ${entry.quote ? `“${entry.quote}”`.replace(/[“”]/g, "") : "—"}`),
        );
        for (const [i, row] of rows.entries()) assert.equal(linksIn(row)[0][0], claim.entries[i].ref.url);
      });
    }
  });

  test("gives numeric disagreements as a range", () => {
    assert.match(textOf(main), /Rockets — sources disagree: from 7 to 10/);
    assert.match(textOf(main), /Killed — sources disagree: from 8 to 19/);
  });
});
