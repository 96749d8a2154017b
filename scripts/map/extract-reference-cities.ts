/**
 * Writes src/views/map/reference-cities.json: the Natural Earth populated places (1:110m, public
 * domain) that the maps draw as quiet reference cities, within the regions below.
 *
 *   node --import tsx scripts/map/extract-reference-cities.ts path/to/ne_110m_populated_places_simple.geojson
 *
 * The file is Natural Earth's own (github.com/nvkelso/natural-earth-vector, geojson/); no network is
 * needed here, so the extract is committed and this script says how it was made. NOTE: the committed
 * extract comes from that file at commit 693f11422f4e, its point geometry (not the rounded
 * latitude/longitude properties), for the regions below.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** [west, south, east, north]: the regions of the shipped content and its fixtures, with room around them. */
const REGIONS: [number, number, number, number][] = [
  [20, 22, 53, 43], // eastern Mediterranean, Middle East
  [-90, 22, -70, 47], // eastern North America
  [-8, 47, 6, 55], // north-western Europe
];

interface NaturalEarthPlace {
  properties: { name: string; scalerank: number; ne_id: number; adm0name: string };
  geometry: { type: "Point"; coordinates: [number, number] };
}

const [source] = process.argv.slice(2);
if (!source) {
  console.error("usage: extract-reference-cities.ts <ne_110m_populated_places_simple.geojson>");
  process.exit(2);
}
const { features } = JSON.parse(readFileSync(source, "utf8")) as { features: NaturalEarthPlace[] };
const inRegion = ([lon, lat]: [number, number]) => REGIONS.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
const cities = features
  .filter((feature) => feature.geometry?.type === "Point" && inRegion(feature.geometry.coordinates))
  .map(({ properties, geometry }) => ({
    name: properties.name,
    country: properties.adm0name,
    lon: geometry.coordinates[0],
    lat: geometry.coordinates[1],
    scalerank: properties.scalerank,
    neId: properties.ne_id,
  }))
  .sort((a, b) => a.scalerank - b.scalerank || a.name.localeCompare(b.name));
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/views/map/reference-cities.json");
// One city a line: a small file whose diffs read well.
const lines = cities.map((city) => `  ${JSON.stringify(city)}`).join(",\n");
writeFileSync(out, `{\n "source": ${JSON.stringify(`Natural Earth 1:110m populated places, public domain (${path.basename(source)})`)},\n "cities": [\n${lines}\n ]\n}\n`);
console.log(`${cities.length} cities written to ${path.relative(process.cwd(), out)}`);
