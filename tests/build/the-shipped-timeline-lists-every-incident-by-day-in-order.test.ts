import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import type { Content } from "../../src/notes/content.ts";
import { loadContent } from "../../src/notes/load-content.ts";
import { between, elements, linksIn, listedIncidents, mainOf, pageAt, textOf, titleOf } from "./html.ts";

const ORDER = [
  "2023-03-23-drone-strike-hasakah-base",
  "2023-03-23-kurilla-house-testimony",
  "2023-03-24-air-defence-not-fully-operational",
  "2023-03-24-f15e-strikes-deir-ez-zor",
  "2023-03-24-austin-kurilla-statements",
  "2023-03-24-rocket-attack-green-village",
  "2023-03-24-conoco-rocket-attack",
  "2023-03-24-green-village-drones",
  "2023-03-24-ryder-pentagon-briefing",
  "2023-03-24-biden-ottawa-remarks",
  "2023-03-25-strike-death-toll-dispute",
];

describe("the timeline of the shipped content", () => {
  let home: string;
  let content: Content;
  before(async () => {
    const [pages, loaded] = await Promise.all([renderPages(SHIPPED_CONTENT), loadContent(SHIPPED_CONTENT)]);
    assert.deepEqual(loaded.problems, []);
    content = loaded.content;
    home = pageAt(pages, "/");
  });

  /** The timeline entry of one incident. */
  const entry = (id: string) => {
    const found = elements(mainOf(home), '<li class="incident', "li").find((li) => li.includes(`id="item-${id}"`));
    assert.ok(found, `no entry for ${id}`);
    return found;
  };
  const when = (id: string) => textOf(between(entry(id), '<p class="when">', "</p>"));
  const datetime = (id: string) => /<time datetime="([^"]+)"/.exec(entry(id))![1];

  test("is titled with the site's title", () => {
    assert.equal(titleOf(home), content.site.title);
    assert.equal(textOf(between(mainOf(home), "<h1>", "</h1>")), content.site.title);
  });

  test("lists the eleven incidents in chronological order", () => {
    assert.deepEqual(listedIncidents(home), ORDER);
  });

  test("says how many incidents, days and disputes there are", () => {
    assert.equal(
      textOf(between(home, '<p class="counts">', "</p>")),
      "11 incidents over 3 days; the sources disagree on 3 of them. Days and times are in Asia/Damascus time, with UTC beside them.",
    );
  });

  test("groups the incidents under their days in Damascus, in order", () => {
    const days = elements(mainOf(home), '<section class="day"', "section").map((section) => [textOf(between(section, "<h2", "</h2>")), listedIncidents(`<main>${section}</main>`)]);
    assert.deepEqual(days, [
      ["Thursday 23 March 2023", ORDER.slice(0, 2)],
      ["Friday 24 March 2023", ORDER.slice(2, 10)],
      ["Saturday 25 March 2023", ORDER.slice(10)],
    ]);
    assert.match(home, /<h2 id="day-2023-03-24"><time datetime="2023-03-24">Friday 24 March 2023<\/time><\/h2>/);
  });

  test("marks exactly the disputed incidents: not the drone strike, whose sources word the same six wounded differently", () => {
    const disputed = ORDER.filter((id) => entry(id).includes("Sources disagree"));
    assert.deepEqual(disputed, [
      "2023-03-24-f15e-strikes-deir-ez-zor",
      "2023-03-24-rocket-attack-green-village",
      "2023-03-25-strike-death-toll-dispute",
    ]);
    for (const id of disputed) assert.match(entry(id), /<li class="incident kind-\w+ is-disputed">/);
  });

  test("links each entry to its page under its own title, with its kind and place", () => {
    for (const incident of content.incidents) {
      const links = linksIn(entry(incident.id));
      assert.deepEqual(links, [
        [`/incidents/${incident.id}/`, incident.title],
        [`/kinds/${incident.kind}/`, incident.kind],
        [`/places/${incident.place}/`, content.places[incident.place].name],
      ]);
    }
  });

  test("shows the summary of each entry", () => {
    for (const incident of content.incidents) {
      assert.equal(textOf(between(entry(incident.id), '<p class="summary">', "</p>")), incident.summary, incident.id);
    }
  });

  test("shows local time and UTC, with the UTC day when it differs: 02:40 Friday is 23:40 Thursday", () => {
    assert.equal(when("2023-03-24-f15e-strikes-deir-ez-zor"), "02:40 Asia/Damascus, UTC+3 · 23:40 UTC (Thursday 23 March 2023)");
    assert.equal(datetime("2023-03-24-f15e-strikes-deir-ez-zor"), "2023-03-23T23:40:00Z");
  });

  test("shows approximate times as “about”, in each zone", () => {
    assert.equal(when("2023-03-23-drone-strike-hasakah-base"), "about 13:38 Asia/Damascus, UTC+3 · about 10:38 UTC");
    assert.equal(datetime("2023-03-23-drone-strike-hasakah-base"), "2023-03-23T10:38:00Z");
    assert.equal(when("2023-03-24-rocket-attack-green-village"), "about 08:05 Asia/Damascus, UTC+3 · about 05:05 UTC");
    assert.equal(datetime("2023-03-24-rocket-attack-green-village"), "2023-03-24T05:05:00Z");
  });

  test("shows a time in another zone in that zone, in Damascus and in UTC", () => {
    assert.equal(when("2023-03-24-biden-ottawa-remarks"), "about 15:45 America/Toronto, UTC\u22124 · about 22:45 Asia/Damascus, UTC+3 · about 19:45 UTC");
    assert.equal(datetime("2023-03-24-biden-ottawa-remarks"), "2023-03-24T19:45:00Z");
  });

  test("shows a day alone as “time not reported”, naming a zone other than Damascus", () => {
    assert.equal(when("2023-03-24-conoco-rocket-attack"), "Friday 24 March 2023, time not reported");
    assert.equal(datetime("2023-03-24-conoco-rocket-attack"), "2023-03-24");
    assert.equal(when("2023-03-23-kurilla-house-testimony"), "Thursday 23 March 2023, time not reported (a day in America/New_York)");
    assert.equal(datetime("2023-03-23-kurilla-house-testimony"), "2023-03-23");
  });
});
