/**
 * A few well-known cities to find one's way by (Damascus, Baghdad …), drawn quieter than the places
 * of incidents. From Natural Earth's 1:110m populated places (public domain), extracted by
 * scripts/map/extract-reference-cities.ts into reference-cities.json.
 */
import { readFileSync } from "node:fs";
import { distanceKm } from "./uncertainty.ts";
import type { Bounds } from "./framing.ts";

export interface ReferenceCity {
  name: string;
  country: string;
  lon: number;
  lat: number;
  /** Natural Earth's rank, 0 for the best known. */
  scalerank: number;
  neId: number;
}

/** A city this close to a place of incidents is that place, or would be read as it: it is left out. */
const SAME_PLACE_KM = 40;

let cached: ReferenceCity[] | undefined;

export function loadReferenceCities(): ReferenceCity[] {
  cached ??= (JSON.parse(readFileSync(new URL("./reference-cities.json", import.meta.url), "utf8")) as { cities: ReferenceCity[] }).cities;
  return cached;
}

/** The cities inside `bounds` and away from every place, best known first. */
export function referenceCitiesIn(bounds: Bounds, places: readonly { lat: number; lon: number }[]): ReferenceCity[] {
  const [[w, s], [e, n]] = bounds;
  return loadReferenceCities()
    .filter((city) => city.lon >= w && city.lon <= e && city.lat >= s && city.lat <= n)
    .filter((city) => places.every((place) => distanceKm(place, city) > SAME_PLACE_KM))
    .sort((a, b) => a.scalerank - b.scalerank || a.name.localeCompare(b.name));
}

/** Major cities (Natural Earth rank 0–1) worth taking into a frame they lie just outside of. */
export const majorCities = () => loadReferenceCities().filter((city) => city.scalerank <= 1);
