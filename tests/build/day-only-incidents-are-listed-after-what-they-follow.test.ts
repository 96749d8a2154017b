import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { between, elements, linksIn, listedIncidents, mainOf, pageAt, textOf } from "./html.ts";

describe("the one-day-with-untimed-incidents fixture, built", () => {
  let pages: Map<string, string>;
  before(async () => {
    pages = await renderPages(fixture("one-day-with-untimed-incidents"));
  });

  test("the timeline lists each day's incidents in order under the day's heading", () => {
    const home = mainOf(pageAt(pages, "/"));
    const days = elements(home, '<section class="day"', "section").map((section) => [textOf(between(section, "<h2", "</h2>")), listedIncidents(`<main>${section}</main>`)]);
    assert.deepEqual(days, [
      ["Thursday 23 March 2023", ["late-on-thursday"]],
      [
        "Friday 24 March 2023",
        [
          "an-untimed-report",
          "see-also-report",
          "night-strike",
          "statement-after-the-strike",
          "comment-on-the-statement",
          "drones-at-conoco",
          "rockets-at-green-village",
          "reply-to-the-rockets",
          "summary-of-the-morning",
        ],
      ],
      ["Saturday 25 March 2023", ["follow-up-next-day", "evening-on-saturday"]],
    ]);
  });

  test("a day-only entry reads “time not reported” with its day", () => {
    const entry = elements(mainOf(pageAt(pages, "/")), '<li class="incident', "li").find((li) => li.includes('id="item-statement-after-the-strike"'))!;
    assert.equal(textOf(between(entry, '<p class="when">', "</p>")), "Friday 24 March 2023, time not reported");
    assert.match(entry, /<time datetime="2023-03-24">Friday 24 March 2023<\/time>/);
  });

  test("previous and next on incident pages follow the same order", () => {
    const order = listedIncidents(pageAt(pages, "/"));
    const pager = (id: string) => linksIn(between(mainOf(pageAt(pages, `/incidents/${id}/`)), '<nav class="pager"', "</nav>")).map(([href]) => href);
    assert.deepEqual(pager("statement-after-the-strike"), ["/incidents/night-strike/", "/incidents/comment-on-the-statement/"]);
    assert.deepEqual(pager("late-on-thursday"), ["/incidents/an-untimed-report/"]);
    assert.deepEqual(pager("evening-on-saturday"), ["/incidents/follow-up-next-day/"]);
    assert.equal(order.length, 12);
  });
});
