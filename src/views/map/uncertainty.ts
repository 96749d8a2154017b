/**
 * How sure a place's coordinates are, drawn honestly: an exact place is a point; an approximate
 * place or a region is a circle of this radius around the coordinates, never a false-precision pin.
 */
import type { Place } from "../../notes/content.ts";

/** Radius of the drawn uncertainty circle, in kilometres, by place precision. */
export const UNCERTAINTY_RADIUS_KM: Record<Place["precision"], number> = {
  exact: 0,
  approximate: 25,
  region: 100,
};

export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Angular radius in degrees of a circle of `km` on the globe (for d3's geoCircle). */
export const kmToDegrees = (km: number) => (km / EARTH_RADIUS_KM) * (180 / Math.PI);
