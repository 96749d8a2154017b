import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import type { Content } from "../../src/notes/content.ts";
import { loadContent } from "../../src/notes/load-content.ts";
import { KINDS } from "../../src/notes/schema.ts";
import { pageTitle } from "../../src/site/page-title.ts";
import { between, elements, htmlPages, linksIn, listedIncidents, mainOf, pageAt, textOf, titleOf } from "./html.ts";

const AL_OMAR_REPORT = "2023-03-24-us-base-al-omar-attack";
const CENTCOM = "centcom-release-20230324-01";

describe("the other pages of the shipped content", () => {
  let pages: Map<string, string>;
  let content: Content;
  let ordered: string[];
  before(async () => {
    const [built, loaded] = await Promise.all([renderPages(SHIPPED_CONTENT), loadContent(SHIPPED_CONTENT)]);
    assert.deepEqual(loaded.problems, []);
    pages = built;
    content = loaded.content;
    ordered = listedIncidents(pageAt(pages, "/"));
  });

  const main = (url: string) => mainOf(pageAt(pages, url));
  const fact = (html: string, term: string) => textOf(between(between(html, `<dt>${term}</dt>`, "</dd>"), "<dd>", "</dd>"));
  const titleOfIncident = (id: string) => content.incidents.find((incident) => incident.id === id)!.title;
  /** Incidents in timeline order that satisfy `keep`. */
  const inOrder = (keep: (id: string) => boolean) => ordered.filter(keep);

  describe("/sources/<id>/", () => {
    test("gives the title, publisher, date, type and link to the original", () => {
      const html = main(`/sources/${CENTCOM}/`);
      assert.equal(textOf(between(html, "<h1>", "</h1>")), "CENTCOM press release 20230324-01: rocket attack on Green Village, north-east Syria");
      assert.equal(fact(html, "Publisher"), "US Central Command (CENTCOM)");
      assert.equal(fact(html, "Published"), "Friday 24 March 2023");
      assert.match(html, /<dt>Published<\/dt><dd><time datetime="2023-03-24">Friday 24 March 2023<\/time><\/dd>/);
      assert.equal(fact(html, "Type"), "official");
      const url = "https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/3340737/rocket-attack-on-green-village-northeast-syria/";
      assert.deepEqual(linksIn(between(html, "<dt>Original</dt>", "</dd>")), [[url, url]]);
    });

    test("a source with no URL has no link to an original", () => {
      assert.doesNotMatch(main(`/sources/${AL_OMAR_REPORT}/`), /<dt>Original<\/dt>/);
    });

    test("carries the full text, paragraph by paragraph", () => {
      const text = between(main(`/sources/${CENTCOM}/`), '<div class="source-text">', "</div>");
      assert.deepEqual(elements(text, "<p>", "p").map(textOf), [
        "Press release 20230324-01 of US Central Command (CENTCOM), 24 March 2023.",
        "At about 08:05 Syria time (05:05 UTC) on Friday 24 March, ten rockets were fired at Mission Support Site Green Village, the base at the al-Omar oil field in Deir ez-Zor province. There were no US or coalition injuries and no damage. One rocket landed about 5 km away on a house, lightly injuring two women and two children.",
      ]);
    });

    test("every source's page carries its whole text", () => {
      for (const source of content.sources) {
        const shown = textOf(between(main(`/sources/${source.id}/`), '<div class="source-text">', "</div>"));
        assert.equal(shown, source.text.replace(/\s+/g, " ").trim(), source.id);
      }
    });

    test("lists the incidents that cite it, in timeline order, through citations and claims", () => {
      for (const source of content.sources) {
        const citing = inOrder((id) => {
          const incident = content.incidents.find((known) => known.id === id)!;
          return incident.sources.some((s) => s.source === source.id) || incident.claims.some((c) => c.entries.some((e) => e.source === source.id));
        });
        const shown = linksIn(between(main(`/sources/${source.id}/`), '<h2 id="cited-by">', "</section>"));
        assert.deepEqual(
          shown,
          citing.map((id) => [`/incidents/${id}/`, titleOfIncident(id)]),
          source.id,
        );
      }
      assert.equal(linksIn(between(main(`/sources/${CENTCOM}/`), '<h2 id="cited-by">', "</section>")).length, 1);
    });
  });

  test("/sources/ lists every source oldest first with publisher, date, type and count", () => {
    const items = elements(between(main("/sources/"), '<ul class="listing">', "</ul>"), "<li>", "li");
    assert.equal(items.length, content.sources.length);
    const published = items.map((item) => /<time datetime="([^"]+)"/.exec(item)![1]);
    assert.deepEqual(published, [...published].sort());
    const centcom = items.find((item) => item.includes(`/sources/${CENTCOM}/`))!;
    assert.equal(textOf(centcom), "CENTCOM press release 20230324-01: rocket attack on Green Village, north-east Syria — US Central Command (CENTCOM), Friday 24 March 2023 (official; cited by 1)");
  });

  describe("places", () => {
    test("/places/<id>/ gives country and coordinates and lists its incidents in order", () => {
      const html = main("/places/washington/");
      assert.equal(textOf(between(html, "<h1>", "</h1>")), "Washington, DC");
      assert.equal(fact(html, "Country"), "United States");
      assert.equal(fact(html, "Coordinates"), "38.895, -77.036 (approximate location)");
      assert.deepEqual(listedIncidents(pageAt(pages, "/places/washington/")), inOrder((id) => content.incidents.find((i) => i.id === id)!.place === "washington"));
      assert.deepEqual(listedIncidents(pageAt(pages, "/places/washington/")), [
        "2023-03-23-kurilla-house-testimony",
        "2023-03-24-austin-kurilla-statements",
        "2023-03-24-ryder-pentagon-briefing",
      ]);
    });

    test("every place has its page, listing exactly its incidents", () => {
      for (const id of Object.keys(content.places)) {
        assert.deepEqual(listedIncidents(pageAt(pages, `/places/${id}/`)), inOrder((incident) => content.incidents.find((i) => i.id === incident)!.place === id), id);
      }
    });

    test("/places/ links every place by name", () => {
      const links = linksIn(between(main("/places/"), '<ul class="listing">', "</ul>"));
      assert.deepEqual(
        new Set(links),
        new Set(Object.values(content.places).map((place) => [`/places/${place.id}/`, place.name])),
      );
      assert.equal(links.length, Object.keys(content.places).length);
    });
  });

  describe("kinds", () => {
    test("/kinds/<kind>/ lists the incidents of that kind in order", () => {
      for (const kind of KINDS) {
        const html = pageAt(pages, `/kinds/${kind}/`);
        assert.equal(textOf(between(mainOf(html), "<h1>", "</h1>")), `Kind: ${kind}`);
        assert.deepEqual(listedIncidents(html), inOrder((id) => content.incidents.find((i) => i.id === id)!.kind === kind), kind);
      }
      assert.deepEqual(listedIncidents(pageAt(pages, "/kinds/strike/")), ["2023-03-24-f15e-strikes-deir-ez-zor"]);
    });

    test("/kinds/ links the four kinds", () => {
      assert.deepEqual(
        linksIn(between(main("/kinds/"), '<ul class="listing">', "</ul>")),
        KINDS.map((kind) => [`/kinds/${kind}/`, kind]),
      );
    });

    test("listings mark disputed incidents as the timeline does", () => {
      const strike = elements(main("/kinds/strike/"), '<li class="incident', "li")[0];
      assert.match(strike, /<li class="incident kind-strike is-disputed">/);
      assert.match(strike, /<strong class="disputed">Sources disagree<\/strong>/);
    });
  });

  test("/about/ says what the site covers and how sourcing, times and disputes work", () => {
    const html = main("/about/");
    assert.equal(textOf(between(html, "<h1>", "</h1>")), "About this site");
    assert.deepEqual(
      elements(html, "<h2>", "h2").map(textOf),
      ["How incidents are sourced", "How times are shown", "How disagreements are shown"],
    );
    assert.ok(textOf(html).includes(content.site.description));
    assert.ok(textOf(html).includes("A time the sources give only roughly reads “about 08:05”; where only the day is known, the page says “time not reported”"));
    assert.equal(textOf(between(html, "<h3>", "</h3>")), "How agreement is decided");
    assert.ok(textOf(html).includes("Figures and ranges agree when they overlap"));
    assert.ok(textOf(html).includes("So “Thursday” in Washington agrees with 02:40 on Friday in Syria."));
    // The maps' data is credited where readers look for how the site works.
    assert.ok(textOf(html).includes("country borders and reference cities come from Natural Earth (public domain)"));
  });

  test("/404.html says the page is missing and links back to the timeline", () => {
    const html = pageAt(pages, "/404.html");
    assert.equal(titleOf(html), pageTitle("Not found", content.site.title));
    assert.equal(textOf(between(mainOf(html), "<h1>", "</h1>")), "Page not found");
    assert.deepEqual(linksIn(mainOf(html)), [
      ["/", "timeline"],
      ["/sources/", "list of sources"],
    ]);
  });

  test("every page has the site title, the language, and the navigation", () => {
    for (const [url, html] of htmlPages(pages)) {
      assert.match(html, /^<!doctype html>\s*<html lang="en">/i, url);
      assert.equal(textOf(between(html, '<p class="site-title">', "</p>")), content.site.title, url);
      const nav = linksIn(between(html, '<nav aria-label="Site">', "</nav>")).map(([href]) => href);
      for (const href of ["/", "/sources/", "/places/", "/kinds/", "/about/"]) assert.ok(nav.includes(href), `${url} has no link to ${href}`);
    }
  });
});
