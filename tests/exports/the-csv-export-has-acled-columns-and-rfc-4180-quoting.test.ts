import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import { fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { csvField } from "../../src/exports/escape.ts";
import { siteDataOf } from "../views/support.ts";
import { renderWith } from "./support.ts";

const COLUMNS = ["event_date", "time_precision", "event_type", "actors", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"];

describe("the CSV export", () => {
  let text: string;
  let rows: Record<string, string>[];
  let data: SiteData;
  before(async () => {
    const [pages, loaded] = await Promise.all([renderWith(SHIPPED_CONTENT), siteDataOf(SHIPPED_CONTENT)]);
    text = pageAt(pages, "/data/incidents.csv");
    rows = parse(text, { columns: true, strict: true } as never) as Record<string, string>[];
    data = loaded;
  });

  test("has exactly the ACLED-like columns, a header row and CRLF line ends", () => {
    assert.equal(text.split("\r\n")[0], COLUMNS.join(","));
    assert.deepEqual(Object.keys(rows[0]), COLUMNS);
    assert.doesNotMatch(text.replace(/"[^"]*"/g, ""), /[^\r]\n/, "a bare LF outside quotes");
    assert.ok(text.endsWith("\r\n"));
  });

  test("has one row per incident in timeline order", () => {
    assert.equal(rows.length, data.incidents.length);
    assert.deepEqual(
      rows.map((row) => [row.event_type, row.latitude, row.longitude]),
      data.incidents.map((incident) => [incident.kind, String(incident.placeInfo.lat), String(incident.placeInfo.lon)]),
    );
  });

  test("writes the US strikes as the notes give them, with the lowest death toll and the dispute named", () => {
    assert.deepEqual(rows[3], {
      event_date: "2023-03-24T02:40:00+03:00",
      time_precision: "exact",
      event_type: "strike",
      actors: "US Air Force; US Central Command; Lloyd Austin; Joe Biden",
      location: "Deir ez-Zor, Syria",
      latitude: "35.333",
      longitude: "40.15",
      geo_precision: "approximate",
      source: "US Department of Defense; Daily Caller News Foundation; Not named in the copy (with agency inputs); Reuters (figures of the Syrian Observatory for Human Rights)",
      notes: "Two US Air Force F-15E aircraft struck two facilities near Deir ez-Zor used by groups affiliated with the IRGC; the death toll is disputed. Sources disagree on: targets, killed, who was killed.",
      fatalities: "8",
    });
    assert.equal(rows[1].event_date, "2023-03-23");
    assert.equal(rows[1].time_precision, "day");
    assert.equal(rows[1].fatalities, "");
    assert.equal(rows[0].fatalities, "1");
  });

  test("quotes commas, quotes and line breaks, and defuses text a spreadsheet would run as a formula", async () => {
    assert.equal(csvField('a "b", c'), '"a ""b"", c"');
    assert.equal(csvField("two\r\nlines"), '"two\r\nlines"');
    assert.equal(csvField("=1+1"), "'=1+1");
    assert.equal(csvField(-77.036), "-77.036");
    const hostile = pageAt(await renderWith(fixture("views-hostile-notes")), "/data/incidents.csv");
    const [row] = parse(hostile, { columns: true, strict: true } as never) as Record<string, string>[];
    assert.equal(row.actors, "+Actor, one; -Actor \"two\"".replace(/^/, "'"));
    assert.equal(row.source, "'=HYPERLINK(\"http://example.org\"), Wire");
    assert.equal(row.notes, "'@SUM(1+1), \"quoted\" & <b>bold</b> Sources disagree on: killed.");
    assert.equal(row.fatalities, "1");
  });
});
