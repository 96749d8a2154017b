/**
 * Places too close to tell apart at a map's scale: at 1:5,000,000 the Deir ez-Zor, Conoco and
 * al-Omar circles (14 to 47 km apart) are one blob. Such a group is drawn again, enlarged, in a
 * detail inset. Pure.
 */
import { distanceKm } from "./uncertainty.ts";

/** Places closer than this join one cluster (chained: A–B and B–C put A, B and C together). */
export const CLUSTER_KM = 60;
/** A cluster gets a detail inset only while it stays small enough to read there. */
export const MAX_DETAIL_PLACES = 6;
export const MAX_DETAIL_KM = 150;

/** Groups of at least two places, each within CLUSTER_KM of another of its group, closest groups first. */
export function findClusters<T extends { id: string; lat: number; lon: number }>(places: readonly T[]): T[][] {
  const parent = places.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  // NOTE: a cheap latitude test first keeps this near-linear for the hundreds of places a large archive has.
  const byLat = places.map((place, index) => ({ place, index })).sort((a, b) => a.place.lat - b.place.lat);
  const latWindow = CLUSTER_KM / 111;
  for (let a = 0; a < byLat.length; a++) {
    for (let b = a + 1; b < byLat.length && byLat[b].place.lat - byLat[a].place.lat <= latWindow; b++) {
      if (distanceKm(byLat[a].place, byLat[b].place) < CLUSTER_KM) parent[root(byLat[a].index)] = root(byLat[b].index);
    }
  }
  const groups = new Map<number, T[]>();
  places.forEach((place, index) => {
    const key = root(index);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(place);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Whether a cluster can be shown enlarged: few places, not spread over a region. */
export function fitsDetail(cluster: readonly { lat: number; lon: number }[]): boolean {
  if (cluster.length > MAX_DETAIL_PLACES) return false;
  return cluster.every((a) => cluster.every((b) => distanceKm(a, b) <= MAX_DETAIL_KM));
}
