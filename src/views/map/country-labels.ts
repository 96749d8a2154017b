/**
 * Country names on a map, set inside their country where they cover nothing else; a country with
 * no free spot goes unnamed rather than covering a place. Pure apart from reading Natural Earth once.
 */
import { geoContains, type GeoProjection } from "d3-geo";
import { box, outsideArea, overlapArea, round1, textWidth, type Box } from "../layout/boxes.ts";
import type { Country } from "./atlas.ts";

export const COUNTRY_LABEL_SIZE = 12.5;
export const COUNTRY_LETTER_SPACING = 0.1;

const DISPLAY_NAMES: Record<string, string> = { "United States of America": "United States" };

export interface CountryShape {
  country: Country;
  /** Projected area and centroid, in px. */
  area: number;
  centroid: [number, number];
}

interface LabelSpots {
  name: string;
  width: number;
  spots: { x: number; y: number }[];
}

// NOTE: the spots depend only on the projection and the countries, shared by every map of the same base.
const spotsCache = new WeakMap<object, LabelSpots[]>();

/** Where each country's label may go: spots around its centroid that lie inside it, largest countries first. */
function labelSpots(key: object, countries: readonly CountryShape[], projection: GeoProjection, frameArea: number): LabelSpots[] {
  const cached = spotsCache.get(key);
  if (cached) return cached;
  const ranked = countries.filter(({ area }) => area >= frameArea * 0.006).sort((a, b) => b.area - a.area || a.country.name.localeCompare(b.country.name));
  const result: LabelSpots[] = [];
  for (const { country, centroid } of ranked) {
    const name = DISPLAY_NAMES[country.name] ?? country.name;
    const width = textWidth(name, COUNTRY_LABEL_SIZE, { caps: true, letterSpacing: COUNTRY_LETTER_SPACING });
    const [cx, cy] = centroid;
    if (!Number.isFinite(cx)) continue;
    const spots: { x: number; y: number }[] = [];
    for (const [dx, dy] of [[0, 0], [0, -18], [0, 18], [-30, 0], [30, 0], [0, -36], [0, 36], [-30, -18], [30, 18], [-30, 18], [30, -18], [0, -54], [0, 54], [-60, 0], [60, 0]]) {
      const inside = projection.invert?.([cx + dx, cy + dy]);
      if (inside && geoContains(country.shape, inside)) spots.push({ x: cx + dx, y: cy + dy });
    }
    result.push({ name, width, spots });
  }
  spotsCache.set(key, result);
  return result;
}

/** The country labels that fit, each clear of `taken` (which they join) and whole inside `frame`. */
export function layoutCountryLabels(
  key: object,
  countries: readonly CountryShape[],
  projection: GeoProjection,
  frame: Box,
  taken: Box[],
): { name: string; x: number; y: number }[] {
  const labels: { name: string; x: number; y: number }[] = [];
  const frameArea = (frame.x1 - frame.x0) * (frame.y1 - frame.y0);
  for (const { name, width, spots } of labelSpots(key, countries, projection, frameArea)) {
    const boxAt = (x: number, y: number) => box(x - width / 2, y - COUNTRY_LABEL_SIZE * 0.8, width, COUNTRY_LABEL_SIZE);
    const free = spots.find(({ x, y }) => {
      const candidate = boxAt(x, y);
      return outsideArea(candidate, frame) === 0 && taken.every((other) => overlapArea(candidate, other) === 0);
    });
    if (!free) continue;
    taken.push(boxAt(free.x, free.y));
    labels.push({ name, x: round1(free.x), y: round1(free.y) });
  }
  return labels;
}
