/**
 * The map's framing and furniture, from the site data and the rendered pages: a place's map shows its
 * region (not the whole country again), close places get a detail, insets are sized by what they
 * hold, a few Natural Earth cities are drawn for reference, and /places/ maps every place.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import type { MapView } from "../../src/views/map/map-types.ts";
import { loadReferenceCities } from "../../src/views/map/reference-cities.ts";
import { distanceKm } from "../../src/views/map/uncertainty.ts";
import { attributeValues, siteDataOf, svgsOf } from "./support.ts";

const pxPerKm = (map: MapView) => map.scaleBar.width / Number.parseFloat(map.scaleBar.label);

describe("the maps of the shipped content", () => {
  let data: SiteData;
  let pages: Map<string, string>;
  before(async () => {
    [data, pages] = await Promise.all([siteDataOf(SHIPPED_CONTENT), renderPages(SHIPPED_CONTENT)]);
  });

  test("a place's map shows its region at a larger scale than the timeline's map of Syria", () => {
    const syria = data.views.maps.overview[0];
    for (const id of ["conoco", "hasakah", "deir-ez-zor", "al-omar"]) {
      const map = data.views.maps.byPlace[id];
      assert.ok(pxPerKm(map) >= 2.5 * pxPerKm(syria), `${id}: ${pxPerKm(map).toFixed(2)} px/km against ${pxPerKm(syria).toFixed(2)}`);
      assert.deepEqual(map.places.map((place) => place.id).sort(), ["al-omar", "conoco", "deir-ez-zor", "hasakah"]);
      assert.ok(!map.cities.some((city) => city.name === "Damascus"), `${id}: Damascus is on a regional map`);
    }
  });

  test("places within 60 km of each other are framed on the main map and named in its detail, once", () => {
    const [main] = data.views.maps.overview;
    const close = ["al-omar", "conoco", "deir-ez-zor"];
    assert.deepEqual(main.places.filter((place) => place.inDetail).map((place) => place.id).sort(), close);
    assert.equal(main.detailFrames.length, 1);
    const [detail] = main.details;
    assert.equal(detail.kind, "detail");
    assert.deepEqual(detail.places.map((place) => place.id).sort(), close);
    assert.ok(detail.places.every((place) => !place.inDetail));
    assert.ok(main.places.filter((place) => place.inDetail).every((place) => place.badges.length === 0), "numbered twice");
    // Hasakah, 130 km away, stays on the main map.
    assert.ok(!main.places.find((place) => place.id === "hasakah")!.inDetail);
    const frame = main.detailFrames[0];
    for (const place of main.places.filter((item) => item.inDetail)) {
      assert.ok(place.x > frame.x && place.x < frame.x + frame.width && place.y > frame.y && place.y < frame.y + frame.height, `${place.id} outside its frame`);
    }
  });

  test("the inset of the United States and Canada, two places and four statements, is the smallest size", () => {
    const inset = data.views.maps.overview[1];
    assert.equal(inset.kind, "inset");
    assert.equal(inset.size, "s");
    assert.ok(inset.width <= data.views.maps.overview[0].width / 2);
  });

  test("reference cities come from the Natural Earth extract, quieter than places, never a place itself", () => {
    const extract = loadReferenceCities();
    assert.ok(extract.length >= 20);
    for (const city of extract) {
      assert.ok(city.name && city.country, JSON.stringify(city));
      assert.ok(Math.abs(city.lon) <= 180 && Math.abs(city.lat) <= 90 && Number.isInteger(city.scalerank) && Number.isInteger(city.neId), JSON.stringify(city));
    }
    const [syria, america] = data.views.maps.overview;
    const names = syria.cities.map((city) => city.name);
    for (const name of ["Damascus", "Baghdad"]) assert.ok(names.includes(name), `no ${name}: ${names.join(", ")}`);
    assert.ok(syria.cities.length <= 4);
    // Washington and Ottawa are places of incidents: Natural Earth's cities of those names are not drawn again.
    const places = [...syria.places, ...america.places];
    for (const map of [syria, america]) {
      for (const city of map.cities) {
        const source = extract.find((item) => item.name === city.name)!;
        assert.ok(places.every((place) => distanceKm(place, source) > 40), `${city.name} duplicates a place`);
      }
    }
    assert.ok(!america.cities.some((city) => /Washington|Ottawa/.test(city.name)));
  });

  test("/places/ shows a map of every place, unnumbered, with the map as a list", () => {
    const html = pageAt(pages, "/places/");
    const svgs = svgsOf(html, "map");
    assert.ok(svgs.length >= 1, "no map on /places/");
    const named = new Set(svgs.flatMap((svg) => [...svg.matchAll(/<g class="map-place[^"]*" data-place="([^"]+)"/g)].map((match) => match[1])));
    assert.deepEqual([...named].sort(), data.places.map((entry) => entry.place.id).sort());
    assert.deepEqual(svgs.flatMap((svg) => attributeValues(svg, "data-incident")), []);
    assert.match(html, /<details class="map-list">/);
  });
});
