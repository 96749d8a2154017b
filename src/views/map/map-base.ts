/**
 * A map's base: what it frames and how (projection, size), the country shapes and the places'
 * positions and circles, worked out once and shared by every map of the same places. Pure apart
 * from reading the bundled Natural Earth data once.
 */
import { geoCircle, geoPath, type GeoProjection } from "d3-geo";
import type { Place } from "../../notes/content.ts";
import { box, type Box } from "../layout/boxes.ts";
import { findCountry, loadCountries, mayOverlap } from "./atlas.ts";
import { compactPath } from "./compact-path.ts";
import type { CountryShape } from "./country-labels.ts";
import { fitProjection, frameBounds, MERCATOR_MAX_LAT, type Bounds, type FrameOptions } from "./framing.ts";
import { majorCities } from "./reference-cities.ts";
import { kmToDegrees, UNCERTAINTY_RADIUS_KM } from "./uncertainty.ts";

export type Framing = FrameOptions & { takeInMajorCities?: boolean };
/** An area's map shows its small countries whole, and a major city just beyond them (Baghdad beside Syria). */
export const AREA_FRAME: Framing = { minSpan: { lon: 8, lat: 6 }, wholeCountrySpan: { lon: 16, lat: 12 }, pad: 0.1, takeInMajorCities: true };
/** A place's map shows its region: the place and its neighbours, not the whole country again. */
export const REGION_FRAME: Framing = { minSpan: { lon: 2.5, lat: 2 }, pad: 0.12 };
/** A detail frames the places' centres, not their circles: it is there to tell the places apart. */
export const DETAIL_FRAME: Framing = { minSpan: { lon: 0.6, lat: 0.45 }, pad: 0.15, circles: false };

export interface Base {
  projection: GeoProjection;
  bounds: Bounds;
  width: number;
  height: number;
  frame: Box;
  countries: (CountryShape & { d: string })[];
  focusCountries: Set<string>;
  geometry: Map<string, { x: number; y: number; radiusKm: number; radiusPx: number; circle: string }>;
}

// NOTE: a base (projection, borders, circles) depends only on the places it frames and its width, so it is
// shared by every map of the same places in a build: the timeline draws one map per page.
const baseCache = new Map<string, Base>();

export function baseFor(places: readonly Place[], width: number, options: Framing): Base {
  const key = `${width}:${JSON.stringify(options.minSpan)}:${places.map((place) => `${place.id}@${place.lat},${place.lon},${place.precision},${place.country}`).join(";")}`;
  let base = baseCache.get(key);
  if (!base) {
    if (baseCache.size > 500) baseCache.clear();
    base = prepareBase(places, width, options);
    baseCache.set(key, base);
  }
  return base;
}

function prepareBase(places: readonly Place[], targetWidth: number, options: Framing): Base {
  const bounds = frameBounds(places, { ...options, alsoNear: options.takeInMajorCities ? majorCities() : undefined });
  const { projection, width, height } = fitProjection(bounds, targetWidth);
  const path = geoPath(projection).digits(1);
  // The frame shows a little more than its bounds (the aspect ratio is fitted), hence the margin.
  const [[w, south], [e, north]] = bounds;
  const margin = Math.max(e - w, north - south);
  const seen: Bounds = [[w - margin, south - margin], [e + margin, north + margin]];
  const countries = loadCountries()
    .filter((country) => mayOverlap(country, seen))
    .map((country) => ({ country, d: compactPath(projection, country.shape) }))
    .filter(({ d }) => d !== "")
    .map((item) => ({ ...item, area: path.area(item.country.shape), centroid: path.centroid(item.country.shape) }));
  const geometry = new Map<string, { x: number; y: number; radiusKm: number; radiusPx: number; circle: string }>();
  for (const place of places) {
    // Mercator sends the poles to infinity: a place beyond the map's ±85° is drawn on its edge.
    const lat = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, place.lat));
    const [x, y] = projection([place.lon, lat])!;
    const radiusKm = UNCERTAINTY_RADIUS_KM[place.precision];
    // A 36-gon strays from its circle by under 0.4% of the radius; whole pixels suffice once its radius is 16 px or more.
    const circleShape = radiusKm > 0 ? geoCircle().center([place.lon, lat]).radius(kmToDegrees(radiusKm)).precision(10)() : undefined;
    // Measured northwards, or southwards where north would leave the map.
    const toward = lat + kmToDegrees(radiusKm) <= MERCATOR_MAX_LAT ? 1 : -1;
    const radiusPx = circleShape ? Math.abs(projection([place.lon, lat + toward * kmToDegrees(radiusKm)])![1] - y) : 0;
    geometry.set(place.id, { x, y, radiusKm, radiusPx, circle: circleShape ? compactPath(projection, circleShape, radiusPx >= 16 ? 0 : 1) : "" });
  }
  return {
    projection,
    bounds,
    width,
    height,
    frame: box(4, 4, width - 8, height - 8),
    countries,
    focusCountries: new Set(places.map((place) => findCountry(place.country)?.name).filter((name): name is string => name !== undefined)),
    geometry,
  };
}
