import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { between, elements, listedIncidents, mainOf, pageAt, textOf } from "./html.ts";

describe("the incidents-in-several-zones fixture, built", () => {
  let pages: Map<string, string>;
  let home: string;
  before(async () => {
    pages = await renderPages(fixture("incidents-in-several-zones"));
    home = mainOf(pageAt(pages, "/"));
  });

  const entry = (id: string) => {
    const found = elements(home, '<li class="incident', "li").find((li) => li.includes(`id="item-${id}"`));
    assert.ok(found, `no entry for ${id}`);
    return found;
  };
  /** [the `<time datetime>` value, the visible "when" line] of a timeline entry. */
  const when = (id: string) => [/<time datetime="([^"]+)"/.exec(entry(id))![1], textOf(between(entry(id), '<p class="when">', "</p>"))];
  const facts = (id: string) => {
    const page = mainOf(pageAt(pages, `/incidents/${id}/`));
    return [/<time datetime="([^"]+)"/.exec(between(page, "<dt>When</dt>", "</dd>"))![1], textOf(between(between(page, "<dt>When</dt>", "</dd>"), "<dd>", "</dd>"))];
  };

  test("groups incidents under their day in Damascus, in order", () => {
    const days = elements(home, '<section class="day"', "section").map((section) => [textOf(between(section, "<h2", "</h2>")), listedIncidents(`<main>${section}</main>`)]);
    assert.deepEqual(days, [
      ["Sunday 12 March 2023", ["before-the-clocks-go-forward", "after-the-clocks-go-forward"]],
      ["Monday 13 March 2023", ["the-next-morning-in-washington"]],
      ["Thursday 23 March 2023", ["testimony-day-in-washington", "drone-at-1338-local"]],
      ["Friday 24 March 2023", ["strikes-at-0240-friday", "late-evening-in-washington", "rockets-about-0805"]],
      ["Saturday 25 March 2023", ["statement-with-offset", "report-in-utc"]],
      ["Sunday 26 March 2023", ["london-before-summer-time", "london-in-summer-time"]],
    ]);
  });

  test("13:38 with no offset is read in Damascus: 10:38 UTC", () => {
    assert.deepEqual(when("drone-at-1338-local"), ["2023-03-23T10:38:00Z", "13:38 Asia/Damascus, UTC+3 · 10:38 UTC"]);
    assert.deepEqual(facts("drone-at-1338-local"), ["2023-03-23T10:38:00Z", "13:38, Thursday 23 March 2023 (Asia/Damascus, UTC+3) 10:38, Thursday 23 March 2023 (UTC)"]);
  });

  test("02:40 in Damascus is listed on Friday while its UTC time is Thursday 23:40", () => {
    assert.deepEqual(when("strikes-at-0240-friday"), ["2023-03-23T23:40:00Z", "02:40 Asia/Damascus, UTC+3 · 23:40 UTC (Thursday 23 March 2023)"]);
    assert.deepEqual(facts("strikes-at-0240-friday"), ["2023-03-23T23:40:00Z", "02:40, Friday 24 March 2023 (Asia/Damascus, UTC+3) 23:40, Thursday 23 March 2023 (UTC)"]);
  });

  test("an instant with an offset, and one in UTC", () => {
    assert.deepEqual(when("statement-with-offset"), ["2023-03-25T06:00:00Z", "09:00 Asia/Damascus, UTC+3 · 06:00 UTC"]);
    assert.deepEqual(when("report-in-utc"), ["2023-03-25T06:30:00Z", "09:30 Asia/Damascus, UTC+3 · 06:30 UTC"]);
  });

  test("an approximate time reads “about 08:05”", () => {
    assert.deepEqual(when("rockets-about-0805"), ["2023-03-24T05:05:00Z", "about 08:05 Asia/Damascus, UTC+3 · about 05:05 UTC"]);
    assert.deepEqual(facts("rockets-about-0805"), [
      "2023-03-24T05:05:00Z",
      "about 08:05, Friday 24 March 2023 (Asia/Damascus, UTC+3) about 05:05, Friday 24 March 2023 (UTC) Approximate time.",
    ]);
  });

  test("a day alone in New York keeps its day and reads “time not reported”", () => {
    assert.deepEqual(when("testimony-day-in-washington"), ["2023-03-23", "Thursday 23 March 2023, time not reported (a day in America/New_York)"]);
    assert.deepEqual(facts("testimony-day-in-washington"), ["2023-03-23", "Thursday 23 March 2023 — time not reported (a day in America/New_York)"]);
  });

  test("New York's clocks going forward: 01:30 is UTC−5, 03:30 is UTC−4, an hour apart", () => {
    assert.deepEqual(when("before-the-clocks-go-forward"), ["2023-03-12T06:30:00Z", "01:30 America/New_York, UTC\u22125 · 09:30 Asia/Damascus, UTC+3 · 06:30 UTC"]);
    assert.deepEqual(when("after-the-clocks-go-forward"), ["2023-03-12T07:30:00Z", "03:30 America/New_York, UTC\u22124 · 10:30 Asia/Damascus, UTC+3 · 07:30 UTC"]);
    assert.deepEqual(when("the-next-morning-in-washington"), ["2023-03-13T12:00:00Z", "08:00 America/New_York, UTC\u22124 · 15:00 Asia/Damascus, UTC+3 · 12:00 UTC"]);
  });

  test("an evening in New York is listed on the next day in Damascus, with its UTC day", () => {
    assert.deepEqual(when("late-evening-in-washington"), [
      "2023-03-24T00:00:00Z",
      "20:00 America/New_York, UTC\u22124 · 03:00 Asia/Damascus, UTC+3 · 00:00 UTC (Friday 24 March 2023)",
    ]);
    assert.deepEqual(facts("late-evening-in-washington"), [
      "2023-03-24T00:00:00Z",
      "20:00, Thursday 23 March 2023 (America/New_York, UTC\u22124) 03:00, Friday 24 March 2023 (Asia/Damascus, UTC+3) 00:00, Friday 24 March 2023 (UTC)",
    ]);
  });

  test("London moves from UTC to UTC+1 on 26 March 2023", () => {
    assert.deepEqual(when("london-before-summer-time"), ["2023-03-26T00:30:00Z", "00:30 Europe/London, UTC · 03:30 Asia/Damascus, UTC+3 · 00:30 UTC"]);
    assert.deepEqual(when("london-in-summer-time"), ["2023-03-26T01:30:00Z", "02:30 Europe/London, UTC+1 · 04:30 Asia/Damascus, UTC+3 · 01:30 UTC"]);
  });
});
