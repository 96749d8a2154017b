/** The map's pure pieces: clusters of close places, a label's spot clear of others and inside the frame, and the frame taking in a city just outside it. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { box, overlapArea, outsideArea } from "../../../src/views/layout/boxes.ts";
import { CLUSTER_KM, findClusters, fitsDetail } from "../../../src/views/map/clusters.ts";
import { frameBounds } from "../../../src/views/map/framing.ts";
import { LEADER_GAP, gapTo, placeLabel, segmentCrosses } from "../../../src/views/map/label-placement.ts";
import { distanceKm } from "../../../src/views/map/uncertainty.ts";

const deirEzZor = { id: "deir-ez-zor", lat: 35.333, lon: 40.15 };
const conoco = { id: "conoco", lat: 35.336, lon: 40.309 };
const alOmar = { id: "al-omar", lat: 35.152, lon: 40.576 };
const hasakah = { id: "hasakah", lat: 36.512, lon: 40.742 };

describe("clusters of close places", () => {
  test("chains places closer than 60 km, and leaves a place 130 km away alone", () => {
    assert.ok(distanceKm(deirEzZor, alOmar) < CLUSTER_KM && distanceKm(conoco, hasakah) > 2 * CLUSTER_KM);
    const clusters = findClusters([hasakah, deirEzZor, conoco, alOmar]);
    assert.deepEqual(clusters.map((group) => group.map((place) => place.id).sort()), [["al-omar", "conoco", "deir-ez-zor"]]);
  });

  test("chains through a middle place: A–B and B–C under 60 km make one cluster though A–C is over", () => {
    const a = { id: "a", lat: 35, lon: 40 };
    const b = { id: "b", lat: 35, lon: 40.55 };
    const c = { id: "c", lat: 35, lon: 41.1 };
    assert.ok(distanceKm(a, c) > CLUSTER_KM);
    assert.deepEqual(findClusters([a, b, c]).map((group) => group.length), [3]);
  });

  test("a detail holds a few places over a small area, not a region's worth", () => {
    assert.ok(fitsDetail([deirEzZor, conoco, alOmar]));
    const many = Array.from({ length: 7 }, (_, i) => ({ lat: 35, lon: 40 + i * 0.05 }));
    assert.ok(!fitsDetail(many));
  });
});

describe("a label's spot", () => {
  const frame = box(2, 2, 396, 296);
  const request = { x: 200, y: 150, reach: 6, width: 80, height: 17, firstLine: 7 };

  test("is beside its mark when nothing is in the way, with no leader line", () => {
    const placed = placeLabel(request, [], frame);
    assert.ok(placed.clear && !placed.leader);
    assert.ok(gapTo(200, 150, placed.box) <= request.reach + 1);
  });

  test("moves off what is taken, the nearest clear spot first", () => {
    const taken = [box(204, 135, 90, 30)];
    const placed = placeLabel(request, taken, frame);
    assert.ok(placed.clear && !placed.leader);
    assert.equal(overlapArea(placed.box, taken[0]), 0);
    assert.equal(placed.side, "west");
  });

  test("set further than the leader gap, a label is joined to its mark by a leader line, which may pass between marks", () => {
    // Other marks crowd the mark on every side (a leader may cross marks, not labels).
    const marks = [box(140, 110, 120, 80)];
    const placed = placeLabel(request, marks, frame, [], []);
    assert.ok(placed.clear);
    assert.equal(overlapArea(placed.box, marks[0]), 0);
    assert.ok(gapTo(200, 150, placed.box) > LEADER_GAP && placed.leader);
    const { x1, y1, x2, y2 } = placed.leader!;
    assert.ok(Math.hypot(x1 - 200, y1 - 150) <= 3.5, "starts beside the mark");
    assert.ok(gapTo(x2, y2, placed.box) < 0.5, "ends on the label");
  });

  test("stays whole inside the frame at its edge", () => {
    const placed = placeLabel({ ...request, x: 390, y: 8 }, [], frame);
    assert.equal(outsideArea(placed.box, frame), 0);
    assert.equal(placed.side, "west");
  });

  test("a segment crossing a box is told from one that ends at it", () => {
    assert.ok(segmentCrosses({ x1: 0, y1: 5, x2: 20, y2: 5 }, box(8, 0, 4, 10)));
    assert.ok(!segmentCrosses({ x1: 0, y1: 5, x2: 8, y2: 5 }, box(8, 0, 4, 10)));
    assert.ok(!segmentCrosses({ x1: 0, y1: 20, x2: 20, y2: 20 }, box(8, 0, 4, 10)));
  });
});

describe("a map's frame", () => {
  const syria = [hasakah, conoco].map((place) => ({ ...place, precision: "approximate" as const, country: "Syria" }));
  const options = { minSpan: { lon: 8, lat: 6 }, wholeCountrySpan: { lon: 16, lat: 12 }, pad: 0.1 };

  test("shows Syria whole, and takes in Baghdad lying just beyond its eastern edge", () => {
    const [[w, s], [e, n]] = frameBounds(syria, options);
    assert.ok(w < 35.8 && e > 42.3 && s < 32.4 && n > 37.3, "Syria is cut");
    const baghdad = { lon: 44.391923, lat: 33.340594 };
    assert.ok(e < baghdad.lon, "already inside: the case shows nothing");
    const [, [east]] = frameBounds(syria, { ...options, alsoNear: [baghdad] });
    assert.ok(east > baghdad.lon);
  });

  test("leaves out a city far beyond it", () => {
    const [, [east]] = frameBounds(syria, { ...options, alsoNear: [{ lon: 51.422398, lat: 35.673889 }] });
    assert.ok(east < 45);
  });
});
