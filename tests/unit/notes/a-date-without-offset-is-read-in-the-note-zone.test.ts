import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture } from "../../helpers/build.ts";
import type { Incident } from "../../../src/notes/content.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { checkNoteDate, parseNoteDate } from "../../../src/notes/note-date.ts";

describe("dates of the incidents-in-several-zones fixture", () => {
  let byId: Map<string, Incident>;
  before(async () => {
    const { content, problems } = await loadContent(fixture("incidents-in-several-zones"));
    assert.deepEqual(problems, []);
    byId = new Map(content.incidents.map((incident) => [incident.id, incident]));
  });

  /** The instant in the note's zone, the listing day (display zone Asia/Damascus), the precision. */
  const reads = (id: string) => {
    const incident = byId.get(id);
    assert.ok(incident, `no incident ${id}`);
    return { instant: incident.instant, day: incident.day, precision: incident.precision, zone: incident.zone };
  };

  test("a time with no offset is read in the note's zone: 13:38 in Damascus is 10:38 UTC", () => {
    assert.deepEqual(reads("drone-at-1338-local"), { instant: "2023-03-23T13:38:00.000+03:00", day: "2023-03-23", precision: "exact", zone: "Asia/Damascus" });
    assert.equal(new Date(byId.get("drone-at-1338-local")!.instant).toISOString(), "2023-03-23T10:38:00.000Z");
  });

  test("a time with an offset is that instant", () => {
    assert.deepEqual(reads("statement-with-offset"), { instant: "2023-03-25T09:00:00.000+03:00", day: "2023-03-25", precision: "exact", zone: "Asia/Damascus" });
  });

  test("a time in UTC (Z) is that instant, shown in the note's zone", () => {
    assert.deepEqual(reads("report-in-utc"), { instant: "2023-03-25T09:30:00.000+03:00", day: "2023-03-25", precision: "exact", zone: "Asia/Damascus" });
  });

  test("02:40 in Damascus falls on Friday although it is Thursday 23:40 in UTC", () => {
    assert.deepEqual(reads("strikes-at-0240-friday"), { instant: "2023-03-24T02:40:00.000+03:00", day: "2023-03-24", precision: "exact", zone: "Asia/Damascus" });
    assert.equal(new Date(byId.get("strikes-at-0240-friday")!.instant).toISOString(), "2023-03-23T23:40:00.000Z");
  });

  test("a date alone keeps its day even in a zone west of UTC", () => {
    assert.deepEqual(reads("testimony-day-in-washington"), { instant: "2023-03-23T00:00:00.000-04:00", day: "2023-03-23", precision: "day", zone: "America/New_York" });
  });

  test("a timed incident is listed on its day in the display zone", () => {
    assert.deepEqual(reads("late-evening-in-washington"), { instant: "2023-03-23T20:00:00.000-04:00", day: "2023-03-24", precision: "exact", zone: "America/New_York" });
  });

  test("New York is UTC−5 before its clocks go forward on 12 March 2023 and UTC−4 after", () => {
    assert.equal(reads("before-the-clocks-go-forward").instant, "2023-03-12T01:30:00.000-05:00");
    assert.equal(reads("after-the-clocks-go-forward").instant, "2023-03-12T03:30:00.000-04:00");
    assert.equal(reads("the-next-morning-in-washington").instant, "2023-03-13T08:00:00.000-04:00");
    // Two clock hours apart, one real hour apart.
    const gap = Date.parse(reads("after-the-clocks-go-forward").instant) - Date.parse(reads("before-the-clocks-go-forward").instant);
    assert.equal(gap, 60 * 60 * 1000);
  });

  test("London is UTC until 01:00 on 26 March 2023 and UTC+1 after", () => {
    assert.equal(reads("london-before-summer-time").instant, "2023-03-26T00:30:00.000+00:00");
    assert.equal(reads("london-in-summer-time").instant, "2023-03-26T02:30:00.000+01:00");
  });

  test("precision defaults to exact with a time and day without; approximate is kept", () => {
    assert.equal(reads("drone-at-1338-local").precision, "exact");
    assert.equal(reads("testimony-day-in-washington").precision, "day");
    assert.equal(reads("rockets-about-0805").precision, "approximate");
  });

  test("a note with no timezone takes the site's", () => {
    assert.equal(reads("rockets-about-0805").zone, "Asia/Damascus");
  });

  test("an unquoted date stays the author's text, not a YAML timestamp", async () => {
    const { content } = await loadContent(fixture("incidents-in-several-zones"));
    for (const incident of content.incidents) assert.equal(typeof incident.date, "string");
  });
});

describe("parseNoteDate", () => {
  test("an explicit offset wins over the note's zone for the instant, which is then shown in the zone", () => {
    const read = parseNoteDate("2023-03-23T13:38:00+03:00", "America/New_York");
    assert.equal(read.instant.toISO(), "2023-03-23T06:38:00.000-04:00");
    assert.equal(read.hasTime, true);
    assert.equal(read.localDay, "2023-03-23");
  });

  test("the same clock time without an offset is read in the zone", () => {
    assert.equal(parseNoteDate("2023-03-23T13:38", "America/New_York").instant.toISO(), "2023-03-23T13:38:00.000-04:00");
  });

  test("seconds are kept", () => {
    assert.equal(parseNoteDate("2023-03-23T13:38:21", "Asia/Damascus").instant.toISO(), "2023-03-23T13:38:21.000+03:00");
  });

  test("a date alone is the start of that day in the zone, with its day as written", () => {
    for (const zone of ["Pacific/Honolulu", "America/New_York", "UTC", "Asia/Damascus", "Pacific/Kiritimati"]) {
      const read = parseNoteDate("2023-03-23", zone);
      assert.equal(read.hasTime, false);
      assert.equal(read.localDay, "2023-03-23", zone);
      assert.equal(read.instant.toISODate(), "2023-03-23", zone);
      assert.equal(read.instant.toFormat("HH:mm"), "00:00", zone);
    }
  });

  test("an instant near midnight in UTC belongs to its day in the note's zone", () => {
    assert.equal(parseNoteDate("2023-03-23T23:40:00Z", "Asia/Damascus").localDay, "2023-03-24");
    assert.equal(parseNoteDate("2023-03-24T02:00:00Z", "America/New_York").localDay, "2023-03-23");
  });
});

describe("checkNoteDate", () => {
  test("accepts the three forms", () => {
    for (const date of ["2023-03-23", "2023-03-23T13:38", "2023-03-23T13:38:00", "2023-03-23T13:38:00+03:00", "2023-03-23T10:38:00Z", "2023-03-23T10:38Z"]) {
      assert.equal(checkNoteDate(date), undefined, date);
    }
  });

  test("accepts 29 February in a leap year only", () => {
    assert.equal(checkNoteDate("2024-02-29"), undefined);
    assert.equal(checkNoteDate("2023-02-29"), "expected a real calendar date and time (you specified 29 (of type number) as a day, which is invalid)");
  });
});
