/**
 * Which places share a map. Places far apart (Syria and Washington) cannot share one readable map,
 * so places are grouped into areas: each place joins the first area whose first place lies within
 * AREA_RADIUS_KM, otherwise it starts a new one. The area with the most incidents is the main map;
 * the others are drawn as insets beside it.
 */
import type { Place } from "../../notes/content.ts";
import { distanceKm } from "./uncertainty.ts";

export const AREA_RADIUS_KM = 1500;

export interface MapArea {
  /** The places on this map, most incidents first. */
  places: Place[];
  /** Incidents at those places. */
  weight: number;
}

export function groupIntoAreas(places: readonly Place[], incidentCount: (placeId: string) => number): MapArea[] {
  const ordered = [...places].sort((a, b) => incidentCount(b.id) - incidentCount(a.id) || a.id.localeCompare(b.id));
  const areas: MapArea[] = [];
  for (const place of ordered) {
    const area = areas.find((candidate) => distanceKm(candidate.places[0], place) <= AREA_RADIUS_KM);
    if (area) {
      area.places.push(place);
      area.weight += incidentCount(place.id);
    } else areas.push({ places: [place], weight: incidentCount(place.id) });
  }
  return areas.sort((a, b) => b.weight - a.weight || a.places[0].id.localeCompare(b.places[0].id));
}

/** "Syria", "United States and Canada": the countries of an area's places, in order of first mention. */
export function areaName(area: MapArea): string {
  const countries = [...new Set(area.places.map((place) => place.country))];
  if (countries.length <= 1) return countries[0] ?? "";
  return `${countries.slice(0, -1).join(", ")} and ${countries.at(-1)}`;
}
