import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { DateTime } from "luxon";
import { fixture } from "../../helpers/build.ts";
import type { Incident } from "../../../src/notes/content.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { incidentTimes, longDate, offsetLabel } from "../../../src/timeline/format-time.ts";

const ZONE = "Asia/Damascus";

describe("incidentTimes on the incidents-in-several-zones fixture", () => {
  let byId: Map<string, Incident>;
  before(async () => {
    const { content, problems } = await loadContent(fixture("incidents-in-several-zones"));
    assert.deepEqual(problems, []);
    byId = new Map(content.incidents.map((incident) => [incident.id, incident]));
  });
  const timesOf = (id: string) => incidentTimes(byId.get(id)!, ZONE);

  test("13:38 in Damascus is shown with 10:38 UTC and the instant in UTC", () => {
    assert.deepEqual(timesOf("drone-at-1338-local"), {
      datetime: "2023-03-23T10:38:00Z",
      local: { clock: "13:38", date: "Thursday 23 March 2023", zone: "Asia/Damascus, UTC+3" },
      display: undefined,
      utc: { clock: "10:38", date: "Thursday 23 March 2023", zone: "UTC" },
      precision: "exact",
    });
  });

  test("02:40 on Friday in Damascus is 23:40 on Thursday in UTC", () => {
    assert.deepEqual(timesOf("strikes-at-0240-friday"), {
      datetime: "2023-03-23T23:40:00Z",
      local: { clock: "02:40", date: "Friday 24 March 2023", zone: "Asia/Damascus, UTC+3" },
      display: undefined,
      utc: { clock: "23:40", date: "Thursday 23 March 2023", zone: "UTC" },
      precision: "exact",
    });
  });

  test("an approximate time reads “about” in every zone", () => {
    const times = timesOf("rockets-about-0805");
    assert.equal(times.local.clock, "about 08:05");
    assert.equal(times.utc?.clock, "about 05:05");
    assert.equal(times.datetime, "2023-03-24T05:05:00Z");
  });

  test("a day alone reads “time not reported”, keeps its day, and has no UTC time", () => {
    assert.deepEqual(timesOf("testimony-day-in-washington"), {
      datetime: "2023-03-23",
      local: { clock: "time not reported", date: "Thursday 23 March 2023", zone: "America/New_York" },
      precision: "day",
    });
  });

  test("a time in another zone is also shown in the display zone", () => {
    assert.deepEqual(timesOf("late-evening-in-washington"), {
      datetime: "2023-03-24T00:00:00Z",
      local: { clock: "20:00", date: "Thursday 23 March 2023", zone: "America/New_York, UTC\u22124" },
      display: { clock: "03:00", date: "Friday 24 March 2023", zone: "Asia/Damascus, UTC+3" },
      utc: { clock: "00:00", date: "Friday 24 March 2023", zone: "UTC" },
      precision: "exact",
    });
  });

  test("New York's offset changes with its clocks on 12 March 2023", () => {
    assert.equal(timesOf("before-the-clocks-go-forward").local.zone, "America/New_York, UTC\u22125");
    assert.equal(timesOf("before-the-clocks-go-forward").datetime, "2023-03-12T06:30:00Z");
    assert.equal(timesOf("after-the-clocks-go-forward").local.zone, "America/New_York, UTC\u22124");
    assert.equal(timesOf("after-the-clocks-go-forward").datetime, "2023-03-12T07:30:00Z");
    assert.equal(timesOf("the-next-morning-in-washington").local.zone, "America/New_York, UTC\u22124");
    assert.equal(timesOf("the-next-morning-in-washington").utc?.clock, "12:00");
  });

  test("London is shown as UTC in winter and UTC+1 in summer time", () => {
    assert.deepEqual(timesOf("london-before-summer-time").local, { clock: "00:30", date: "Sunday 26 March 2023", zone: "Europe/London, UTC" });
    assert.deepEqual(timesOf("london-in-summer-time").local, { clock: "02:30", date: "Sunday 26 March 2023", zone: "Europe/London, UTC+1" });
    assert.equal(timesOf("london-in-summer-time").utc?.clock, "01:30");
  });

  test("an instant written with an offset or Z comes out as the same instant in UTC", () => {
    assert.equal(timesOf("statement-with-offset").datetime, "2023-03-25T06:00:00Z");
    assert.equal(timesOf("report-in-utc").datetime, "2023-03-25T06:30:00Z");
    assert.equal(timesOf("report-in-utc").local.clock, "09:30");
  });
});

describe("offsetLabel", () => {
  test("writes offsets with a true minus sign and minutes only when there are some", () => {
    const at = (zone: string) => offsetLabel(DateTime.fromISO("2023-03-24T12:00:00Z").setZone(zone));
    assert.equal(at("UTC"), "UTC");
    assert.equal(at("Asia/Damascus"), "UTC+3");
    assert.equal(at("America/New_York"), "UTC\u22124");
    assert.equal(at("Asia/Kathmandu"), "UTC+5:45");
    assert.equal(at("America/St_Johns"), "UTC\u22122:30");
  });
});

describe("longDate", () => {
  test("names the weekday, day, month and year of a day, in no zone", () => {
    assert.equal(longDate("2023-03-24"), "Friday 24 March 2023");
    assert.equal(longDate("2024-02-29"), "Thursday 29 February 2024");
  });
});
