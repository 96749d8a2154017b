/** paginateTimeline: a page per month, split into parts of at most the page size, with stable URLs and links both ways. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { DayGroup } from "../../../src/timeline/group-by-day.ts";
import { paginateTimeline } from "../../../src/timeline/paginate.ts";

/** Days with this many incidents each; an incident is its day and position, e.g. "2023-03-24#2". */
const days = (counts: Record<string, number>): DayGroup<string>[] =>
  Object.entries(counts).map(([day, count]) => ({ day, incidents: Array.from({ length: count }, (_, index) => `${day}#${index + 1}`) }));

test("a month that fits is one page at /timeline/YYYY-MM/, labelled with the month", () => {
  const { pages, months } = paginateTimeline(days({ "2023-02-27": 1, "2023-03-23": 2, "2023-03-24": 8 }), 30);
  assert.deepEqual(pages.map((page) => [page.url, page.label, page.incidents.length]), [
    ["/timeline/2023-02/", "February 2023", 1],
    ["/timeline/2023-03/", "March 2023", 10],
  ]);
  assert.deepEqual(months, [
    { month: "2023-02", label: "February 2023", url: "/timeline/2023-02/", incidents: 1, parts: 1 },
    { month: "2023-03", label: "March 2023", url: "/timeline/2023-03/", incidents: 10, parts: 1 },
  ]);
});

test("each page links to the one before and after it; the first has no earlier, the last no later", () => {
  const { pages } = paginateTimeline(days({ "2023-01-05": 1, "2023-02-05": 1, "2023-03-05": 1 }), 30);
  assert.deepEqual(pages.map((page) => [page.previous?.url, page.next?.url]), [
    [undefined, "/timeline/2023-02/"],
    ["/timeline/2023-01/", "/timeline/2023-03/"],
    ["/timeline/2023-02/", undefined],
  ]);
  assert.deepEqual(pages[1].previous, { url: "/timeline/2023-01/", label: "January 2023" });
});

test("a month over the page size is split into parts at day boundaries: /timeline/YYYY-MM/2/ and on", () => {
  const { pages, months } = paginateTimeline(days({ "2023-03-01": 4, "2023-03-02": 4, "2023-03-03": 4 }), 10);
  assert.deepEqual(pages.map((page) => [page.url, page.label, page.days.map((day) => day.day)]), [
    ["/timeline/2023-03/", "March 2023, part 1 of 2", ["2023-03-01", "2023-03-02"]],
    ["/timeline/2023-03/2/", "March 2023, part 2 of 2", ["2023-03-03"]],
  ]);
  assert.equal(months[0].parts, 2);
});

test("a day with more incidents than a page holds continues on the next part, and nothing is lost or repeated", () => {
  const input = days({ "2023-03-01": 3, "2023-03-02": 25, "2023-03-03": 2 });
  const { pages } = paginateTimeline(input, 10);
  assert.ok(pages.every((page) => page.incidents.length <= 10));
  assert.deepEqual(pages.flatMap((page) => page.incidents), input.flatMap((day) => day.incidents));
  assert.deepEqual(pages.map((page) => page.days.map((day) => `${day.day}×${day.incidents.length}`)), [
    ["2023-03-01×3", "2023-03-02×7"],
    ["2023-03-02×10"],
    ["2023-03-02×8", "2023-03-03×2"],
  ]);
});

test("no incidents, no pages", () => {
  assert.deepEqual(paginateTimeline([], 30), { pages: [], months: [] });
});
