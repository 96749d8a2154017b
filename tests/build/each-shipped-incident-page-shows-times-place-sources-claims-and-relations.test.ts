import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import type { Content, Incident } from "../../src/notes/content.ts";
import { loadContent } from "../../src/notes/load-content.ts";
import { pageTitle } from "../../src/site/page-title.ts";
import { between, decodeEntities, elements, linksIn, mainOf, pageAt, textOf, titleOf } from "./html.ts";

const DRONE = "2023-03-23-drone-strike-hasakah-base";
const KURILLA = "2023-03-23-kurilla-house-testimony";
const STRIKES = "2023-03-24-f15e-strikes-deir-ez-zor";
const STATEMENTS = "2023-03-24-austin-kurilla-statements";
const ROCKETS = "2023-03-24-rocket-attack-green-village";
const CONOCO = "2023-03-24-conoco-rocket-attack";
const BIDEN = "2023-03-24-biden-ottawa-remarks";
const TOLL = "2023-03-25-strike-death-toll-dispute";

describe("the incident pages of the shipped content", () => {
  let pages: Map<string, string>;
  let content: Content;
  let ordered: string[];
  before(async () => {
    const [built, loaded] = await Promise.all([renderPages(SHIPPED_CONTENT), loadContent(SHIPPED_CONTENT)]);
    assert.deepEqual(loaded.problems, []);
    pages = built;
    content = loaded.content;
    ordered = [...mainOf(pageAt(pages, "/")).matchAll(/<h3 id="item-([^"]+)"/g)].map((match) => match[1]);
  });

  const page = (id: string) => mainOf(pageAt(pages, `/incidents/${id}/`));
  const incident = (id: string): Incident => content.incidents.find((known) => known.id === id)!;
  const titleOfIncident = (id: string) => incident(id).title;
  const source = (id: string) => content.sources.find((known) => known.id === id)!;
  /** The text of a `<dt>` term's `<dd>`. */
  const fact = (id: string, term: string) => textOf(between(between(page(id), `<dt>${term}</dt>`, "</dd>"), "<dd>", "</dd>"));
  const relatedOf = (id: string) => elements(between(page(id), '<ul class="related">', "</ul>"), "<li>", "li").map(textOf);

  test("there is one page per incident, titled with the incident (and the site, where it fits)", () => {
    assert.equal(content.incidents.length, 11);
    for (const { id, title } of content.incidents) {
      const html = pageAt(pages, `/incidents/${id}/`);
      assert.equal(titleOf(html), pageTitle(title, content.site.title));
      assert.equal(textOf(between(mainOf(html), "<h1>", "</h1>")), title);
    }
  });

  test("each page gives the kind and its place in the timeline", () => {
    assert.equal(textOf(between(page(ROCKETS), '<p class="eyebrow"', "</p>").replace(/^<p[^>]*>/, "")), "attack · incident 6 of 11");
    assert.equal(textOf(between(page(STRIKES), '<p class="eyebrow"', "</p>").replace(/^<p[^>]*>/, "")), "strike · incident 4 of 11");
  });

  describe("times", () => {
    test("an approximate time in local time and UTC, carrying the instant", () => {
      assert.equal(fact(ROCKETS, "When"), "about 08:05, Friday 24 March 2023 (Asia/Damascus, UTC+3) about 05:05, Friday 24 March 2023 (UTC) Approximate time.");
      assert.match(page(ROCKETS), /<time datetime="2023-03-24T05:05:00Z">about 08:05, Friday 24 March 2023<\/time>/);
    });

    test("02:40 on Friday in Syria is 23:40 on Thursday in UTC", () => {
      assert.equal(fact(STRIKES, "When"), "02:40, Friday 24 March 2023 (Asia/Damascus, UTC+3) 23:40, Thursday 23 March 2023 (UTC)");
      assert.match(page(STRIKES), /<time datetime="2023-03-23T23:40:00Z">02:40, Friday 24 March 2023<\/time>/);
    });

    test("a time in Ottawa is also given in Damascus", () => {
      assert.equal(
        fact(BIDEN, "When"),
        "about 15:45, Friday 24 March 2023 (America/Toronto, UTC\u22124) about 22:45, Friday 24 March 2023 (Asia/Damascus, UTC+3) about 19:45, Friday 24 March 2023 (UTC) Approximate time.",
      );
    });

    test("a day alone says the time was not reported, and in which zone the day is", () => {
      assert.equal(fact(KURILLA, "When"), "Thursday 23 March 2023 — time not reported (a day in America/New_York)");
      assert.match(page(KURILLA), /<time datetime="2023-03-23">Thursday 23 March 2023<\/time>/);
      assert.equal(fact(CONOCO, "When"), "Friday 24 March 2023 — time not reported");
    });
  });

  test("the place with its name, country, coordinates and how well they are known", () => {
    assert.equal(fact(ROCKETS, "Where"), "Al-Omar oil field (MSS Green Village), Syria 35.152, 40.576 (approximate location)");
    assert.deepEqual(linksIn(between(page(ROCKETS), "<dt>Where</dt>", "</dd>")), [["/places/al-omar/", "Al-Omar oil field (MSS Green Village)"]]);
  });

  test("actors and casualties", () => {
    assert.equal(fact(STRIKES, "Actors"), "US Air Force US Central Command Lloyd Austin Joe Biden");
    assert.equal(fact(DRONE, "Casualties"), "1 killed, 6 wounded");
    assert.doesNotMatch(page(ROCKETS), /<dt>Casualties<\/dt>/);
  });

  test("the note's body, rendered from Markdown", () => {
    const body = between(page(STRIKES), '<div class="note-body">', "</div>");
    assert.match(body, /^<div class="note-body"><p>Two US Air Force F-15E aircraft struck two facilities near Deir ez-Zor/);
    assert.equal(elements(body, "<p>", "p").length, 3);
  });

  test("every source cited, linked to its page, with its quote", () => {
    for (const { id, sources } of content.incidents) {
      const citations = elements(between(page(id), '<ol class="citations">', "</ol>"), "<li>", "li");
      assert.equal(citations.length, sources.length, id);
      sources.forEach((citation, index) => {
        const cited = source(citation.source);
        assert.deepEqual(linksIn(citations[index]), [[`/sources/${cited.id}/`, cited.title]], id);
        assert.match(textOf(citations[index]), new RegExp(`— ${cited.publisher.replace(/[()]/g, "\\$&")}`));
        if (citation.quote) {
          const quote = between(citations[index], "<blockquote", "</blockquote>");
          assert.match(quote, new RegExp(`^<blockquote cite="/sources/${cited.id}/">`));
          assert.equal(decodeEntities(between(quote, "<p>", "</p>").slice(3, -4)), citation.quote);
        } else {
          assert.doesNotMatch(citations[index], /<blockquote/);
        }
      });
    }
  });

  describe("what the sources say", () => {
    const claim = (id: string, what: string) => {
      const found = elements(page(id), `<section class="claim" id="claim-${what}"`, "section")[0];
      assert.ok(found, `no ${what} claim on ${id}`);
      return found;
    };
    const heading = (html: string) => textOf(between(html, "<h3", "</h3>").replace(/^[^>]*>/, ""));
    /** Each entry as its labels and their texts: Value, Source, In its words, Quote. */
    const entries = (html: string) =>
      elements(html, "<li>", "li").map((item) => {
        const labels = elements(item, "<dt>", "dt").map(textOf);
        const texts = elements(item, "<dd", "dd").map(textOf);
        return Object.fromEntries(labels.map((label, index) => [label, texts[index]]));
      });
    const cell = (sourceId: string) => `${source(sourceId).title} — ${source(sourceId).publisher}`;
    const checked = (quote: string) => `${quote} checked against the source text`;

    test("the al-Omar rocket attack: seven rockets in one report, ten per CENTCOM", () => {
      assert.match(page(ROCKETS), /<h2 id="what-the-sources-say">What the sources say<\/h2>/);
      const rockets = claim(ROCKETS, "rockets");
      assert.equal(heading(rockets), "Rockets: Sources disagree");
      assert.deepEqual(entries(rockets), [
        { Value: "7", Source: cell("2023-03-25-rockets-after-retaliatory-strikes"), "In its words": "seven rockets", Quote: checked("with seven rockets targeting the base") },
        { Value: "10", Source: cell("centcom-release-20230324-01"), "In its words": "ten rockets", Quote: checked("ten rockets were fired at Mission Support Site Green Village") },
      ]);
      assert.deepEqual(
        linksIn(rockets).map(([href]) => href),
        // The claim's own anchor, then its sources.
        ["#claim-rockets", "/sources/2023-03-25-rockets-after-retaliatory-strikes/", "/sources/centcom-release-20230324-01/"],
      );
    });

    test("the al-Omar rocket attack: 11 a.m. in the first report, about 08:05 per CENTCOM, which do not overlap", () => {
      const time = claim(ROCKETS, "time");
      assert.equal(heading(time), "Time: Sources disagree");
      assert.deepEqual(
        entries(time).map((entry) => [entry.Value, entry["In its words"]]),
        [
          ["11:00, Friday 24 March 2023 (Asia/Damascus)", "11 a.m."],
          ["about 08:05, Friday 24 March 2023 (Asia/Damascus)", "about 08:05 Syria time"],
        ],
      );
    });

    test("the death toll: 8, 8 and 19, disputed", () => {
      const killed = claim(TOLL, "killed");
      assert.deepEqual(entries(killed).map((entry) => entry.Value), ["8", "8", "19"]);
      assert.equal(heading(killed), "Killed: Sources disagree");
      assert.equal(entries(killed)[1].Quote, "no quote");
    });

    test("the drone strike near Hasakah: three wordings of six wounded agree", () => {
      const wounded = claim(DRONE, "wounded");
      assert.equal(heading(wounded), "Wounded: Sources agree");
      assert.deepEqual(
        entries(wounded).map((entry) => [entry.Value, entry["In its words"]]),
        [
          ["6", "five US service members and another US contractor"],
          ["6", "five U.S. servicemembers as well as another contractor"],
          ["6", "six other Americans"],
        ],
      );
      assert.doesNotMatch(page(DRONE), /<p class="disputed-note">/);
    });

    test("the F-15E strikes: late Thursday in Washington and 02:40 Friday in Syria agree, each shown in its zone and in Damascus", () => {
      const timing = claim(STRIKES, "timing");
      assert.equal(heading(timing), "Timing: Sources agree");
      assert.deepEqual(
        entries(timing).map((entry) => entry.Value),
        [
          "02:40, Friday 24 March 2023 (Asia/Damascus)",
          "Thursday 23 March 2023 (America/New_York) Thursday 23 March 07:00 to Friday 24 March 2023 06:59 (Asia/Damascus)",
          "Thursday 23 March 2023 (America/New_York) Thursday 23 March 07:00 to Friday 24 March 2023 06:59 (Asia/Damascus)",
        ],
      );
      assert.equal(heading(claim(STRIKES, "targets")), "Targets: Sources disagree");
      assert.equal(heading(claim(STRIKES, "who-was-killed")), "Who was killed: Sources disagree");
    });

    test("a disputed incident says so at the top and links to the table", () => {
      assert.equal(textOf(between(page(ROCKETS), '<p class="disputed-note">', "</p>")), "Sources disagree — see what the sources say.");
      assert.deepEqual(linksIn(between(page(ROCKETS), '<p class="disputed-note">', "</p>")), [["#what-the-sources-say", "what the sources say"]]);
    });

    test("an incident without claims has no table and no mark", () => {
      assert.doesNotMatch(page(CONOCO), /What the sources say|Sources disagree/);
    });
  });

  describe("related incidents", () => {
    test("the drone strike page shows the F-15E strikes as answering it", () => {
      assert.ok(relatedOf(DRONE).includes(`Answered by: ${titleOfIncident(STRIKES)}`), relatedOf(DRONE).join("\n"));
      assert.ok(linksIn(between(page(DRONE), '<ul class="related">', "</ul>")).some(([href]) => href === `/incidents/${STRIKES}/`));
    });

    test("the F-15E page says what it responds to and what follows it", () => {
      const related = relatedOf(STRIKES);
      assert.equal(related[0], `Responds to: ${titleOfIncident(DRONE)}`);
      assert.ok(related.includes(`Followed by: ${titleOfIncident(STATEMENTS)}`));
      assert.ok(related.includes(`Followed by: ${titleOfIncident(ROCKETS)}`));
      assert.ok(related.includes(`See also: ${titleOfIncident(BIDEN)}`));
    });

    test("every relation a note states appears on its page, and its inverse on the other page", () => {
      const forward = { "responds-to": "Responds to", follows: "Follows", "see-also": "See also" } as const;
      const inverse = { "responds-to": "Answered by", follows: "Followed by", "see-also": "See also" } as const;
      for (const { id, related } of content.incidents) {
        for (const link of related) {
          assert.ok(relatedOf(id).includes(`${forward[link.relation]}: ${titleOfIncident(link.incident)}`), `${id} → ${link.incident}`);
          assert.ok(relatedOf(link.incident).includes(`${inverse[link.relation]}: ${titleOfIncident(id)}`), `${link.incident} ← ${id}`);
        }
      }
    });
  });

  test("previous and next follow the timeline; the first has no previous, the last no next", () => {
    assert.equal(ordered.length, 11);
    ordered.forEach((id, index) => {
      const pager = between(page(id), '<nav class="pager"', "</nav>");
      const expected: [string, string][] = [];
      if (index > 0) expected.push([`/incidents/${ordered[index - 1]}/`, `Previous: ${titleOfIncident(ordered[index - 1])}`]);
      if (index < ordered.length - 1) expected.push([`/incidents/${ordered[index + 1]}/`, `Next: ${titleOfIncident(ordered[index + 1])}`]);
      assert.deepEqual(linksIn(pager), expected, id);
    });
    assert.equal(ordered[0], DRONE);
    assert.equal(ordered.at(-1), TOLL);
  });
});
