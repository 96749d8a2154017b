/**
 * What a map shows and at what scale: the lon/lat rectangle around its places, the Mercator
 * projection fitted to a width, and the scale bar. Pure.
 */
import { geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import type { Place } from "../../notes/content.ts";
import { box, overlapArea, round1, textWidth, type Box } from "../layout/boxes.ts";
import { findCountry } from "./atlas.ts";
import { kmToDegrees, UNCERTAINTY_RADIUS_KM } from "./uncertainty.ts";

export type Bounds = [[number, number], [number, number]];

/** The latitude beyond which a Mercator map is not drawn (Web Mercator stops near 85°). */
export const MERCATOR_MAX_LAT = 85;

export interface FrameOptions {
  /** At least this many degrees of longitude and latitude, so a single place still has surroundings. */
  minSpan: { lon: number; lat: number };
  /** Countries of the places no larger than this are shown whole (Syria, not Russia); undefined: never. */
  wholeCountrySpan?: { lon: number; lat: number };
  /** Margin around everything, as a share of the span on each side. */
  pad: number;
  /** Whether the places' uncertainty circles are framed whole (default), or only their centres. */
  circles?: boolean;
  /** Points the frame should also hold, when they lie just outside it (a major city nearby). */
  alsoNear?: readonly { lon: number; lat: number }[];
}

/** The lon/lat rectangle a map shows: its places with their circles, whole small countries, a minimum span, a margin. */
export function frameBounds(places: readonly Pick<Place, "lat" | "lon" | "precision" | "country">[], options: FrameOptions): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const include = (w: number, s: number, e: number, n: number) => {
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  };
  for (const place of places) {
    const dLat = options.circles === false ? 0 : kmToDegrees(UNCERTAINTY_RADIUS_KM[place.precision]);
    const dLon = dLat / Math.max(0.2, Math.cos((place.lat * Math.PI) / 180));
    include(place.lon - dLon, place.lat - dLat, place.lon + dLon, place.lat + dLat);
  }
  if (options.wholeCountrySpan) {
    const limit = options.wholeCountrySpan;
    for (const countryName of new Set(places.map((place) => place.country))) {
      const country = findCountry(countryName);
      if (!country) continue;
      const [[w, s], [e, n]] = country.bounds;
      if (e > w && e - w <= limit.lon && n - s <= limit.lat) include(w, s, e, n);
    }
  }
  const grow = (low: number, high: number, min: number): [number, number] => {
    const span = Math.max(high - low, min);
    const middle = (low + high) / 2;
    const padded = span * (1 + 2 * options.pad);
    return [middle - padded / 2, middle + padded / 2];
  };
  let [w, e] = grow(west, east, options.minSpan.lon);
  let [s, n] = grow(south, north, options.minSpan.lat);
  // A point a little outside (within a tenth of the span) is taken in, with a little room around it.
  for (const point of options.alsoNear ?? []) {
    const [spanLon, spanLat] = [e - w, n - s];
    const outside = Math.max(w - point.lon, point.lon - e, 0) / spanLon + Math.max(s - point.lat, point.lat - n, 0) / spanLat;
    if (outside === 0 || outside > 0.1) continue;
    [w, e] = [Math.min(w, point.lon - 0.04 * spanLon), Math.max(e, point.lon + 0.04 * spanLon)];
    [s, n] = [Math.min(s, point.lat - 0.04 * spanLat), Math.max(n, point.lat + 0.04 * spanLat)];
  }
  return [
    [Math.max(-180, w), Math.max(-MERCATOR_MAX_LAT, s)],
    [Math.min(180, e), Math.min(MERCATOR_MAX_LAT, n)],
  ];
}

/** A Mercator projection showing `bounds` at `width`; the height follows, within sensible proportions. */
export function fitProjection(bounds: Bounds, width: number): { projection: GeoProjection; width: number; height: number } {
  const [[w, s], [e, n]] = bounds;
  const corners: MultiPoint = { type: "MultiPoint", coordinates: [[w, s], [e, s], [e, n], [w, n]] };
  const unit = geoMercator().fitSize([1000, 1000], corners);
  const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(corners);
  const aspect = Math.min(1.15, Math.max(0.62, (y1 - y0) / (x1 - x0)));
  const height = Math.round(width * aspect);
  const projection = geoMercator().fitSize([width, height], corners).clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

export interface ScaleBar {
  x: number;
  y: number;
  width: number;
  label: string;
  textX: number;
}

/** A scale bar of a round distance about `target` px long, in a corner where it hides none of `avoid`. */
export function makeScaleBar(projection: GeoProjection, width: number, height: number, textSize: number, avoid: Box[], target = 80): ScaleBar {
  const [lon, lat] = projection.invert!([width / 2, height / 2])!;
  const [ax] = projection([lon, lat])!;
  const [bx] = projection([lon + kmToDegrees(100) / Math.cos((lat * Math.PI) / 180), lat])!;
  const pxPer100 = Math.abs(bx - ax);
  const km = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000].reduce((best, candidate) =>
    Math.abs((candidate / 100) * pxPer100 - target) < Math.abs((best / 100) * pxPer100 - target) ? candidate : best,
  );
  const barWidth = round1((km / 100) * pxPer100);
  const label = `${km} km`;
  const total = barWidth + 4 + textWidth(label, textSize);
  // Bottom left, bottom right, top left, top right: the first that hides nothing.
  const corners: [number, number][] = [
    [8, height - 8],
    [width - 8 - total, height - 8],
    [8, textSize + 8],
    [width - 8 - total, textSize + 8],
  ];
  const [x, y] = corners.find(([cx, cy]) => avoid.every((b) => overlapArea(scaleBarBox({ x: cx, y: cy, width: barWidth, label, textX: 0 }, textSize), b) === 0)) ?? corners[0];
  return { x: round1(x), y: round1(y), width: barWidth, label, textX: round1(x + barWidth + 4) };
}

/** The room a scale bar and its text take. */
export function scaleBarBox(bar: ScaleBar, textSize: number): Box {
  return box(bar.x - 2, bar.y - textSize - 2, bar.width + 4 + textWidth(bar.label, textSize) + 4, textSize + 5);
}
