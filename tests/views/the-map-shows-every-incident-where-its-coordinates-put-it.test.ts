import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture, renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import { between, linksIn, pageAt, textOf } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import { UNCERTAINTY_RADIUS_KM } from "../../src/views/map/uncertainty.ts";
import type { MapView } from "../../src/views/map/map-types.ts";
import { attributeValues, siteDataOf, svgsOf } from "./support.ts";

/** Pixels per km along the scale bar ("200 km" → width / 200). */
const pxPerKm = (map: MapView) => map.scaleBar.width / Number.parseFloat(map.scaleBar.label);
/** The maps of a figure with the detail insets they carry. */
const withDetails = (maps: readonly MapView[]): MapView[] => maps.flatMap((map) => [map, ...withDetails(map.details)]);

describe("the map of the shipped content", () => {
  let data: SiteData;
  let pages: Map<string, string>;
  before(async () => {
    [data, pages] = await Promise.all([siteDataOf(SHIPPED_CONTENT), renderPages(SHIPPED_CONTENT)]);
  });

  test("numbers every incident exactly once across the main map, its detail and its inset, linked to the incident", () => {
    const badges = withDetails(data.views.maps.overview).flatMap((map) => map.places.flatMap((place) => place.badges));
    assert.deepEqual(
      badges.map((badge) => badge.number).sort((a, b) => a - b),
      data.incidents.map((incident) => incident.number),
    );
    for (const badge of badges) assert.equal(badge.url, `/incidents/${badge.id}/`);
  });

  test("keeps Syria on the main map and puts Washington and Ottawa on an inset of their own", () => {
    const [main, ...insets] = data.views.maps.overview;
    assert.deepEqual(main.places.map((place) => place.id).sort(), ["al-omar", "conoco", "deir-ez-zor", "hasakah"]);
    assert.equal(main.areaName, "Syria");
    assert.equal(insets.length, 1);
    assert.deepEqual(insets[0].places.map((place) => place.id).sort(), ["ottawa", "washington"]);
    assert.equal(insets[0].areaName, "United States and Canada");
    assert.ok(insets[0].inset && !main.inset);
  });

  test("draws country borders and labels Syria and its neighbours", () => {
    const main = data.views.maps.overview[0];
    const names = main.countries.map((country) => country.name);
    for (const name of ["Syria", "Turkey", "Iraq", "Jordan", "Lebanon", "Israel"]) assert.ok(names.includes(name), `no border of ${name}`);
    assert.ok(main.countries.find((country) => country.name === "Syria")!.focus);
    const labels = main.countryLabels.map((label) => label.name);
    for (const name of ["Syria", "Turkey", "Iraq", "Jordan", "Lebanon"]) assert.ok(labels.includes(name), `no label for ${name}: ${labels.join(", ")}`);
    for (const label of main.countryLabels) assert.ok(label.x > 0 && label.x < main.width && label.y > 0 && label.y < main.height);
  });

  test("places points east of others further right and north of others higher up", () => {
    for (const map of Object.values(data.views.maps.byPlace)) {
      for (const a of map.places) {
        assert.ok(a.x >= 0 && a.x <= map.width && a.y >= 0 && a.y <= map.height, `${a.id} off the map`);
        for (const b of map.places) {
          if (a.lon < b.lon) assert.ok(a.x < b.x, `${a.id} should be west of ${b.id}`);
          if (a.lat < b.lat) assert.ok(a.y > b.y, `${a.id} should be south of ${b.id}`);
        }
      }
    }
  });

  test("draws each approximate place as a circle of 25 km, never a pin", () => {
    for (const map of withDetails(data.views.maps.overview)) {
      for (const place of map.places) {
        assert.equal(place.precision, "approximate");
        assert.ok(place.circle.startsWith("M"), `${place.id} has no circle`);
        const km = place.radiusPx / pxPerKm(map);
        assert.ok(Math.abs(km - UNCERTAINTY_RADIUS_KM.approximate) < 2.5, `${place.id}: circle of ${km} km`);
      }
    }
  });

  test("on the timeline: SVG maps (main, detail, inset) with a title, a description and every incident linked; a list says the same in text", () => {
    const home = pageAt(pages, "/");
    const maps = svgsOf(home, "map");
    assert.equal(maps.length, 3);
    for (const svg of maps) {
      assert.match(svg, /^<svg class="map[^"]*" viewBox="0 0 \d+ \d+" [^>]*aria-labelledby="(map-[\w-]+)-title" aria-describedby="\1-desc"/);
      assert.match(svg, /<title id="map-[\w-]+-title">(Map|Detail map) of /);
      assert.match(svg, /<desc id="map-[\w-]+-desc">Country borders (and cities )?from Natural Earth\./);
    }
    const linked = maps.flatMap((svg) => attributeValues(svg, "data-incident"));
    assert.deepEqual(linked.sort(), data.incidents.map((incident) => incident.id).sort());
    const list = between(home, '<details class="map-list">', "</details>");
    for (const incident of data.incidents) {
      assert.ok(linksIn(list).some(([href, text]) => href === incident.url && text === `${incident.number}. ${incident.title}`), `${incident.id} missing from the list`);
    }
    assert.match(textOf(list), /Hasakah, Syria — 36\.512, 40\.742, approximate location \(within about 25 km\)\./);
  });

  test("on each incident page: its place highlighted and its number marked", () => {
    for (const incident of data.incidents) {
      const html = pageAt(pages, incident.url);
      const [main] = svgsOf(html, "map");
      assert.ok(main, `no map on ${incident.url}`);
      // The place is named on the main map, or in its detail when it lies too close to others there.
      const svg = svgsOf(html, "map").join("");
      assert.match(svg, new RegExp(`<g class="map-place is-highlighted" data-place="${incident.place}">`));
      assert.equal([...svg.matchAll(/class="map-place is-highlighted"/g)].length, 1);
      assert.match(svg, new RegExp(`class="map-badge[^"]* is-current" data-incident="${incident.id}"`));
      assert.match(main, new RegExp(`<title id="map-place-title">Map of [^<]+ showing ${incident.placeInfo.name.replace(/[()]/g, "\\$&")}</title>`));
    }
  });

  test("on each place page: the place highlighted among its neighbours", () => {
    for (const { place, url } of data.places) {
      const svg = svgsOf(pageAt(pages, url), "map").join("");
      assert.match(svg, new RegExp(`<g class="map-place is-highlighted" data-place="${place.id}">`));
    }
  });
});

describe("the map of places known exactly, approximately and as a region", () => {
  let data: SiteData;
  before(async () => {
    data = await siteDataOf(fixture("views-precisions-and-dst"));
  });

  test("draws an exact place as a point and a region as a circle of 100 km", () => {
    const map = data.views.maps.byPlace.london;
    const byId = Object.fromEntries(map.places.map((place) => [place.id, place]));
    assert.equal(byId.london.circle, "");
    assert.equal(byId.london.radiusPx, 0);
    assert.ok(Math.abs(byId.oxford.radiusPx / pxPerKm(map) - 25) < 2.5);
    assert.ok(Math.abs(byId.kent.radiusPx / pxPerKm(map) - 100) < 10);
    assert.ok(byId.kent.radiusPx > byId.oxford.radiusPx * 3);
    assert.ok(map.hasCircles && map.hasPoints);
  });

  test("gives the far-away place a map of its own", () => {
    assert.deepEqual(data.views.maps.byPlace["new-york"].places.map((place) => place.id), ["new-york"]);
    assert.deepEqual(data.views.maps.overview.map((map) => map.places.length), [3, 1]);
  });
});
