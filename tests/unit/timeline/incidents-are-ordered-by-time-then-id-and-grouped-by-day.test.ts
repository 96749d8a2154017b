import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture } from "../../helpers/build.ts";
import type { Incident } from "../../../src/notes/content.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { groupByDay } from "../../../src/timeline/group-by-day.ts";
import { orderIncidents } from "../../../src/timeline/order.ts";

const ZONE = "Asia/Damascus";
const ids = (incidents: readonly Incident[]) => incidents.map((incident) => incident.id);

describe("the one-day-with-untimed-incidents fixture", () => {
  let incidents: Incident[];
  before(async () => {
    const { content, problems } = await loadContent(fixture("one-day-with-untimed-incidents"));
    assert.deepEqual(problems, []);
    incidents = content.incidents;
  });

  test("is ordered by time; a day-only incident follows what it follows, else opens its day; ties go by id", () => {
    assert.deepEqual(ids(orderIncidents(incidents, ZONE)), [
      "late-on-thursday",
      // Day-only, nothing to follow that day: the start of the day, by id.
      "an-untimed-report",
      "see-also-report",
      "night-strike",
      // follows night-strike, then a chain: follows the statement.
      "statement-after-the-strike",
      "comment-on-the-statement",
      // Both at 08:05: by id.
      "drones-at-conoco",
      "rockets-at-green-village",
      // responds-to rockets-at-green-village; follows both night-strike and the rockets: after the later one.
      "reply-to-the-rockets",
      "summary-of-the-morning",
      // follows an incident of the day before: the start of its own day.
      "follow-up-next-day",
      "evening-on-saturday",
    ]);
  });

  test("the order does not depend on the order the notes were read in", () => {
    const expected = ids(orderIncidents(incidents, ZONE));
    assert.deepEqual(ids(orderIncidents([...incidents].reverse(), ZONE)), expected);
    const shuffled = [...incidents].sort((a, b) => a.title.length - b.title.length || b.id.localeCompare(a.id));
    assert.deepEqual(ids(orderIncidents(shuffled, ZONE)), expected);
  });

  test("groups by day keep the order, days in order", () => {
    const groups = groupByDay(orderIncidents(incidents, ZONE));
    assert.deepEqual(
      groups.map((group) => [group.day, ids(group.incidents)]),
      [
        ["2023-03-23", ["late-on-thursday"]],
        [
          "2023-03-24",
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
        ["2023-03-25", ["follow-up-next-day", "evening-on-saturday"]],
      ],
    );
  });

  test("orderIncidents leaves its input alone", () => {
    const before = ids(incidents);
    orderIncidents(incidents, ZONE);
    assert.deepEqual(ids(incidents), before);
  });
});

/** A minimal incident for the ordering rules; only the fields order.ts reads matter. */
function incident(id: string, fields: Partial<Incident> & Pick<Incident, "instant" | "day" | "precision">): Incident {
  return { id, file: `incidents/${id}.md`, title: id, kind: "attack", place: "p", date: fields.day, zone: ZONE, sources: [], claims: [], images: [], disputed: false, related: [], actors: [], tags: [], draft: false, body: "", ...fields } as Incident;
}

describe("orderIncidents on edge cases", () => {
  test("a day-only incident in a zone west of the display zone still opens its day in the display zone", () => {
    const dawn = incident("dawn", { instant: "2023-03-24T05:00:00.000+03:00", day: "2023-03-24", precision: "exact" });
    // Midnight in New York is 07:00 in Damascus; the day starts earlier than that.
    const briefing = incident("briefing", { instant: "2023-03-24T00:00:00.000-04:00", day: "2023-03-24", precision: "day", zone: "America/New_York" });
    assert.deepEqual(ids(orderIncidents([dawn, briefing], ZONE)), ["briefing", "dawn"]);
  });

  test("a cycle of day-only incidents following each other ends, at the start of the day, the same for any input order", () => {
    const a = incident("a", { instant: "2023-03-24T00:00:00.000-04:00", day: "2023-03-24", precision: "day", zone: "America/New_York", related: [{ incident: "b", relation: "follows" }] });
    const b = incident("b", { instant: "2023-03-24T00:00:00.000-04:00", day: "2023-03-24", precision: "day", zone: "America/New_York", related: [{ incident: "a", relation: "follows" }] });
    const c = incident("c", { instant: "2023-03-24T05:00:00.000+03:00", day: "2023-03-24", precision: "exact" });
    for (const input of [[a, b, c], [c, b, a], [b, c, a]]) assert.deepEqual(ids(orderIncidents(input, ZONE)), ["b", "a", "c"]);
  });

  test("a link to an incident that is not in the list is ignored", () => {
    const lone = incident("lone", { instant: "2023-03-24T00:00:00.000+03:00", day: "2023-03-24", precision: "day", related: [{ incident: "gone", relation: "follows" }] });
    const dawn = incident("dawn", { instant: "2023-03-24T05:00:00.000+03:00", day: "2023-03-24", precision: "exact" });
    assert.deepEqual(ids(orderIncidents([dawn, lone], ZONE)), ["lone", "dawn"]);
  });

  test("the same instant written in two zones is a tie, broken by id", () => {
    const inDamascus = incident("z-damascus", { instant: "2023-03-24T02:40:00.000+03:00", day: "2023-03-24", precision: "exact" });
    const inNewYork = incident("a-new-york", { instant: "2023-03-23T19:40:00.000-04:00", day: "2023-03-24", precision: "exact", zone: "America/New_York" });
    assert.deepEqual(ids(orderIncidents([inDamascus, inNewYork], ZONE)), ["a-new-york", "z-damascus"]);
  });
});

describe("groupByDay", () => {
  test("starts a new group whenever the day changes", () => {
    const groups = groupByDay([{ day: "2023-03-23" }, { day: "2023-03-24" }, { day: "2023-03-24" }, { day: "2023-03-25" }]);
    assert.deepEqual(
      groups.map((group) => [group.day, group.incidents.length]),
      [
        ["2023-03-23", 1],
        ["2023-03-24", 2],
        ["2023-03-25", 1],
      ],
    );
  });

  test("of nothing is no group", () => {
    assert.deepEqual(groupByDay([]), []);
  });
});
