/**
 * Country shapes from Natural Earth, as shipped by the `world-atlas` npm package (TopoJSON, 1:50m):
 * the map needs no tile server and no network. Read once per process.
 * See https://github.com/topojson/world-atlas
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { geoBounds } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface Country {
  name: string;
  shape: Feature<Polygon | MultiPolygon, { name: string }>;
  /** [[west, south], [east, north]]; west > east for a country across the antimeridian. */
  bounds: [[number, number], [number, number]];
}

let cached: Country[] | undefined;

export function loadCountries(): Country[] {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  cached = collection.features
    .filter((shape): shape is Country["shape"] => shape.geometry?.type === "Polygon" || shape.geometry?.type === "MultiPolygon")
    .map((shape) => ({ name: shape.properties.name, shape, bounds: geoBounds(shape) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return cached;
}

/** Natural Earth's short names differ from how notes name some countries. */
const ALIASES: Record<string, string> = {
  "united states": "United States of America",
  usa: "United States of America",
  us: "United States of America",
  "the united states": "United States of America",
  "syrian arab republic": "Syria",
  uk: "United Kingdom",
};

export function findCountry(name: string): Country | undefined {
  const wanted = name.trim().toLowerCase();
  const canonical = (ALIASES[wanted] ?? name).toLowerCase();
  return loadCountries().find((country) => country.name.toLowerCase() === canonical);
}

/** Whether a country's bounding box meets a lon/lat rectangle (always true across the antimeridian, to be safe). */
export function mayOverlap(country: Country, [[west, south], [east, north]]: [[number, number], [number, number]]): boolean {
  const [[w, s], [e, n]] = country.bounds;
  if (w > e) return true;
  return w <= east && e >= west && s <= north && n >= south;
}
