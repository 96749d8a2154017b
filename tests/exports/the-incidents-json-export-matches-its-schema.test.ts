import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, test } from "node:test";
import { Ajv } from "ajv";
import { fixture, ROOT, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import { incidentSchema } from "../../src/notes/schema.ts";
import { siteDataOf } from "../views/support.ts";
import { renderWith } from "./support.ts";

interface Exported {
  $schema: string;
  url: string;
  incidents: { id: string; number: number; url: string; title: string; disputed: boolean; time: Record<string, unknown>; place: Record<string, unknown>; note: Record<string, unknown>; sources: { url: string }[]; relatedBy: unknown[] }[];
  sources: unknown[];
  places: unknown[];
}

describe("the incidents JSON export", () => {
  let pages: Map<string, string>;
  let exported: Exported;
  let validate: ReturnType<Ajv["compile"]>;
  before(async () => {
    pages = await renderWith(SHIPPED_CONTENT);
    exported = JSON.parse(pageAt(pages, "/data/incidents.json"));
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(JSON.parse(pageAt(pages, "/data/incident.schema.json")), "incident.schema.json");
    validate = ajv.compile(JSON.parse(pageAt(pages, "/data/incidents.schema.json")));
  });

  test("parses, names its schema, and matches it", () => {
    assert.equal(exported.$schema, "incidents.schema.json");
    assert.ok(validate(exported), JSON.stringify(validate.errors, null, 2));
  });

  test("publishes the content contract's front-matter schema beside it, as generated in schemas/", async () => {
    assert.equal(pageAt(pages, "/data/incident.schema.json"), await readFile(path.join(ROOT, "schemas/incident.schema.json"), "utf8"));
    assert.match(pageAt(pages, "/data/incidents.schema.json"), /"\$ref": "incident\.schema\.json"/);
  });

  test("fails the schema when an incident loses a required field or gains an unknown one", () => {
    const broken = structuredClone(exported);
    delete (broken.incidents[0] as Partial<Exported["incidents"][number]>).title;
    assert.equal(validate(broken), false);
    const extra = structuredClone(exported);
    (extra.incidents[0].note as Record<string, unknown>).plcae = "x";
    assert.equal(validate(extra), false);
  });

  test("holds every incident in timeline order, each note valid front matter again", async () => {
    const data = await siteDataOf(SHIPPED_CONTENT);
    assert.deepEqual(exported.incidents.map((incident) => [incident.number, incident.id, incident.url]), data.incidents.map((incident) => [incident.number, incident.id, incident.url]));
    for (const incident of exported.incidents) assert.equal(incidentSchema.safeParse(incident.note).success, true, incident.id);
    assert.equal(exported.sources.length, data.sources.length);
    assert.equal(exported.places.length, data.places.length);
  });

  test("says what is known of each time: the instant, or the span of a day in the note's zone", () => {
    const byId = Object.fromEntries(exported.incidents.map((incident) => [incident.id, incident]));
    assert.deepEqual(byId["2023-03-24-f15e-strikes-deir-ez-zor"].time, {
      date: "2023-03-24T02:40",
      zone: "Asia/Damascus",
      precision: "exact",
      instant: "2023-03-24T02:40:00+03:00",
      utc: "2023-03-23T23:40:00Z",
      day: "2023-03-24",
      earliest: "2023-03-23T23:40:00Z",
      latest: "2023-03-23T23:40:00Z",
    });
    assert.deepEqual(byId["2023-03-24-rocket-attack-green-village"].time.earliest, "2023-03-24T04:05:00Z");
    assert.deepEqual(byId["2023-03-24-ryder-pentagon-briefing"].time, {
      date: "2023-03-24",
      zone: "America/New_York",
      precision: "day",
      instant: null,
      utc: null,
      day: "2023-03-24",
      earliest: "2023-03-24T04:00:00Z",
      latest: "2023-03-25T04:00:00Z",
    });
    assert.deepEqual(byId["2023-03-23-drone-strike-hasakah-base"].place, {
      id: "hasakah",
      name: "Hasakah",
      country: "Syria",
      lat: 36.512,
      lon: 40.742,
      precision: "approximate",
      uncertaintyKm: 25,
    });
    assert.deepEqual(byId["2023-03-23-drone-strike-hasakah-base"].relatedBy, [
      { incident: "2023-03-23-kurilla-house-testimony", relation: "follows" },
      { incident: "2023-03-24-air-defence-not-fully-operational", relation: "see-also" },
      { incident: "2023-03-24-f15e-strikes-deir-ez-zor", relation: "responds-to" },
    ]);
  });

  test("gives absolute addresses with SITE_URL and the path prefix, and root-relative ones without", async () => {
    assert.equal(exported.url, "/");
    assert.equal(exported.incidents[0].url, "/incidents/2023-03-23-drone-strike-hasakah-base/");
    const prefixed = JSON.parse(pageAt(await renderWith(fixture("small-briefing"), { pathPrefix: "/briefing/" }), "/data/incidents.json")) as Exported;
    assert.equal(prefixed.incidents[0].url, "/briefing/incidents/2023-03-23-drone-strike-hasakah/");
    const absolute = JSON.parse(pageAt(await renderWith(fixture("small-briefing"), { pathPrefix: "/briefing/", siteUrl: "https://example.org/" }), "/data/incidents.json")) as Exported;
    assert.equal(absolute.url, "https://example.org/briefing/");
    assert.equal(absolute.incidents[1].sources[0].url, "https://example.org/briefing/sources/centcom-release/");
  });

  test("keeps hostile text as data: it parses back to exactly what the note says", async () => {
    const hostile = await renderWith(fixture("views-hostile-notes"));
    const text = pageAt(hostile, "/data/incidents.json");
    assert.doesNotMatch(text, /<\/?script/i);
    const parsed = JSON.parse(text) as Exported;
    assert.equal(parsed.incidents[0].title, "=cmd|' /C calc'!A0 <script>alert(\"t\")</script> ]]> & \"quotes\", commas\nand a line break");
  });
});
