import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { getIssues } from "@placemarkio/check-geojson";
import type { FeatureCollection, Point } from "geojson";
import { fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { siteDataOf } from "../views/support.ts";
import { renderWith } from "./support.ts";

describe("the GeoJSON export", () => {
  let text: string;
  let collection: FeatureCollection<Point>;
  let data: SiteData;
  before(async () => {
    const [pages, loaded] = await Promise.all([renderWith(SHIPPED_CONTENT), siteDataOf(SHIPPED_CONTENT)]);
    text = pageAt(pages, "/data/incidents.geojson");
    collection = JSON.parse(text);
    data = loaded;
  });

  test("is valid GeoJSON (RFC 7946) by Placemark's checker", () => {
    assert.deepEqual(getIssues(text), []);
    assert.equal(collection.type, "FeatureCollection");
  });

  test("has one point per incident, at its place's longitude and latitude, in timeline order", () => {
    assert.deepEqual(
      collection.features.map((feature) => [feature.id, feature.geometry.type, feature.geometry.coordinates]),
      data.incidents.map((incident) => [incident.id, "Point", [incident.placeInfo.lon, incident.placeInfo.lat]]),
    );
  });

  test("says how sure each place and time is, and whether the sources disagree", () => {
    const rockets = collection.features.find((feature) => feature.id === "2023-03-24-rocket-attack-green-village")!;
    assert.deepEqual(
      Object.fromEntries(["geo_precision", "uncertainty_km", "time_precision", "utc", "earliest", "latest", "disputed", "place_name"].map((key) => [key, rockets.properties![key]])),
      {
        geo_precision: "approximate",
        uncertainty_km: 25,
        time_precision: "approximate",
        utc: "2023-03-24T05:05:00Z",
        earliest: "2023-03-24T04:05:00Z",
        latest: "2023-03-24T06:05:00Z",
        disputed: true,
        place_name: "Al-Omar oil field (MSS Green Village)",
      },
    );
  });

  test("gives each precision its uncertainty radius", async () => {
    const fixtureCollection = JSON.parse(pageAt(await renderWith(fixture("views-precisions-and-dst")), "/data/incidents.geojson")) as FeatureCollection<Point>;
    assert.deepEqual(
      fixtureCollection.features.map((feature) => [feature.properties!.place, feature.properties!.geo_precision, feature.properties!.uncertainty_km]),
      [
        ["london", "exact", 0],
        ["oxford", "approximate", 25],
        ["kent", "region", 100],
        ["new-york", "approximate", 25],
      ],
    );
  });
});
