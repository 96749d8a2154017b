/**
 * The map as plain numbers for a template to draw: country shapes as SVG path data, places as
 * points or uncertainty circles, labels already laid out, incident numbers linked. Pure apart from
 * reading the bundled Natural Earth data once.
 */
import { geoCircle, geoContains, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { MultiPoint } from "geojson";
import type { Place } from "../../notes/content.ts";
import { box, outsideArea, overlapArea, round1, textWidth, type Box } from "../layout/boxes.ts";
import { areaName, groupIntoAreas, type MapArea } from "./areas.ts";
import { findCountry, loadCountries, mayOverlap, type Country } from "./atlas.ts";
import { compactPath } from "./compact-path.ts";
import { distanceKm, kmToDegrees, UNCERTAINTY_RADIUS_KM } from "./uncertainty.ts";

export interface MapIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  disputed: boolean;
  place: string;
}

export interface MapBadge {
  number: number;
  id: string;
  url: string;
  title: string;
  disputed: boolean;
  /** Top-left corner and size of the badge. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the number is written. */
  textX: number;
  textY: number;
}

export interface MapPlace {
  id: string;
  name: string;
  /** The name without a parenthesis, for the label: "Al-Omar oil field". */
  shortName: string;
  url: string;
  country: string;
  lat: number;
  lon: number;
  precision: Place["precision"];
  /** Radius of the uncertainty circle in km (0 for an exact place). */
  radiusKm: number;
  /** Projected position of the coordinates. */
  x: number;
  y: number;
  /** The uncertainty circle as SVG path data (projected on the globe), empty for an exact place. */
  circle: string;
  /** Its radius on the map, in px (0 for an exact place). */
  radiusPx: number;
  highlighted: boolean;
  label: {
    /** Anchor of the name text. */
    x: number;
    y: number;
    anchor: "start" | "end";
    /** A line from the marker to a label set further away, or undefined. */
    leader?: { x1: number; y1: number; x2: number; y2: number };
  };
  badges: MapBadge[];
  /** The incidents numbered here; empty on a map without numbers (see MapView.numbered). */
  incidents: MapIncident[];
  /** How many incidents took place here, numbered or not. */
  incidentCount: number;
}

export interface MapView {
  /** Prefix for element ids, unique on a page. */
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  /** The countries of the places on it: "Syria", "United States and Canada". */
  areaName: string;
  countries: { name: string; d: string; focus: boolean }[];
  countryLabels: { name: string; x: number; y: number; small: boolean }[];
  places: MapPlace[];
  scaleBar: { x: number; y: number; width: number; label: string; textX: number };
  inset: boolean;
  /** Whether some place is drawn as a circle (the legend explains circles only when there are any). */
  hasCircles: boolean;
  hasPoints: boolean;
  /** Whether incidents are drawn as numbered badges; false when there are more than the map can carry. */
  numbered: boolean;
}

export interface MapSet {
  /** The timeline's map: the main area first, then insets for places far from it. */
  overview: MapView[];
  /** The same for each page of incidents asked for (`pages` option): only the places of the page's incidents are drawn. */
  pages: MapView[][];
  /** Each place's map: its area, the place highlighted. */
  byPlace: Record<string, MapView>;
}

export const MAP_WIDTH = 480;
export const INSET_WIDTH = 240;
/** A map shows at least this many degrees of longitude and latitude, so a single place still has neighbours around it. */
const MIN_SPAN = { lon: 8, lat: 6 };
/** A country of the places is shown whole when it is no larger than this (Syria, not Russia or the United States). */
const WHOLE_COUNTRY_SPAN = { lon: 16, lat: 12 };
const PAD = 0.1;
const NAME_SIZE = 12.5;
const BADGE_HEIGHT = 16;
const BADGES_PER_ROW = 6;
const COUNTRY_LABEL_SIZE = 11;
const COUNTRY_LETTER_SPACING = 0.12;
const POINT_RADIUS = 4;
/** A place's own map shows it with at most this many places, the nearest. */
export const PLACES_AROUND = 8;

const DISPLAY_NAMES: Record<string, string> = { "United States of America": "United States" };

export function shortPlaceName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, "").trim() || name;
}

// NOTE: an area's base (projection, borders, circles) depends only on its places and size, so it is
// shared by every map of the same area in a build: the timeline draws one map per page.
const baseCache = new Map<string, AreaBase>();

export function buildMaps(
  places: readonly Place[],
  incidents: readonly MapIncident[],
  placeUrl: (id: string) => string,
  options: { maxBadges?: number; pages?: readonly (readonly MapIncident[])[] } = {},
): MapSet {
  const { maxBadges = Infinity, pages = [] } = options;
  const atPlace = new Map<string, MapIncident[]>();
  for (const incident of incidents) {
    if (!atPlace.has(incident.place)) atPlace.set(incident.place, []);
    atPlace.get(incident.place)!.push(incident);
  }
  const count = (placeId: string) => atPlace.get(placeId)?.length ?? 0;
  const areas = groupIntoAreas(places, count);
  // NOTE: an area's projection, borders and circles are the same on every page; only labels differ.
  const bases = new Map<string, AreaBase>();
  const baseOf = (area: MapArea, width: number, inset: boolean) => {
    const key = `${areas.indexOf(area)}:${width}:${inset}`;
    if (!bases.has(key)) {
      const shared = `${width}:${inset}:${area.places.map((place) => `${place.id}@${place.lat},${place.lon},${place.precision}`).join(";")}`;
      if (!baseCache.has(shared)) {
        if (baseCache.size > 500) baseCache.clear();
        baseCache.set(shared, prepareArea(area, width, inset));
      }
      bases.set(key, baseCache.get(shared)!);
    }
    return bases.get(key)!;
  };
  const none = new Map<string, MapIncident[]>();
  const badgesOf = (area: MapArea) => (area.weight <= maxBadges ? atPlace : none);
  const withIncidents = areas.filter((area) => area.weight > 0);
  const overview = withIncidents.map((area, index) =>
    drawArea(baseOf(area, index === 0 ? MAP_WIDTH : INSET_WIDTH, index > 0), area, badgesOf(area), count, placeUrl, { id: `map-${index + 1}` }),
  );
  // A page's maps keep the site's areas (and so their shared bases), drawing only the page's places.
  const pageMaps = pages.map((pageIncidents) => {
    const here = new Map<string, MapIncident[]>();
    for (const incident of pageIncidents) {
      if (!here.has(incident.place)) here.set(incident.place, []);
      here.get(incident.place)!.push(incident);
    }
    const hereCount = (placeId: string) => here.get(placeId)?.length ?? 0;
    return areas
      .filter((area) => area.places.some((place) => hereCount(place.id) > 0))
      .map((area, index) =>
        drawArea(baseOf(area, index === 0 ? MAP_WIDTH : INSET_WIDTH, index > 0), area, pageIncidents.length <= maxBadges ? here : none, hereCount, placeUrl, {
          id: `map-${index + 1}`,
          only: new Set(area.places.filter((place) => hereCount(place.id) > 0).map((place) => place.id)),
        }),
      );
  });
  const byPlace: Record<string, MapView> = {};
  for (const area of areas) {
    for (const place of area.places) {
      // NOTE: a place's map draws its nearest neighbours only, so its size does not grow with the number of places.
      const nearby = [...area.places].sort((a, b) => distanceKm(place, a) - distanceKm(place, b) || a.id.localeCompare(b.id)).slice(0, PLACES_AROUND);
      const weight = nearby.reduce((sum, other) => sum + count(other.id), 0);
      byPlace[place.id] = drawArea(baseOf(area, MAP_WIDTH, false), area, weight <= maxBadges ? atPlace : none, count, placeUrl, {
        id: "map-place",
        highlight: place.id,
        only: new Set(nearby.map((other) => other.id)),
      });
    }
  }
  return { overview, pages: pageMaps, byPlace };
}

interface DrawOptions {
  id: string;
  highlight?: string;
  /** The places drawn, when not all of the area's. */
  only?: ReadonlySet<string>;
}

interface AreaBase {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  width: number;
  height: number;
  inset: boolean;
  scale: number;
  frame: Box;
  countries: { country: Country; d: string; area: number; centroid: [number, number] }[];
  focusCountries: Set<string>;
  scaleBar: MapView["scaleBar"];
  geometry: Map<string, { x: number; y: number; radiusKm: number; radiusPx: number; circle: string }>;
}

function prepareArea(area: MapArea, targetWidth: number, inset: boolean): AreaBase {
  const bounds = frameBounds(area);
  const { projection, width, height } = fitProjection(bounds, targetWidth);
  const path = geoPath(projection).digits(1);
  // The frame shows a little more than its bounds (the aspect ratio is fitted), hence the margin.
  const [[w, south], [e, north]] = bounds;
  const margin = Math.max(e - w, north - south);
  const seen: [[number, number], [number, number]] = [[w - margin, south - margin], [e + margin, north + margin]];
  const countries = loadCountries()
    .filter((country) => mayOverlap(country, seen))
    .map((country) => ({ country, d: compactPath(projection, country.shape) }))
    .filter(({ d }) => d !== "")
    .map((item) => ({ ...item, area: path.area(item.country.shape), centroid: path.centroid(item.country.shape) }));
  const geometry = new Map<string, { x: number; y: number; radiusKm: number; radiusPx: number; circle: string }>();
  for (const place of area.places) {
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
  const scale = inset ? 0.9 : 1;
  const points = [...geometry.values()].map(({ x, y, radiusPx }) => {
    const r = Math.max(radiusPx, POINT_RADIUS);
    return box(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
  });
  return {
    projection,
    path,
    width,
    height,
    inset,
    scale,
    frame: box(3, 3, width - 6, height - 6),
    countries,
    focusCountries: new Set(area.places.map((place) => findCountry(place.country)?.name).filter((name): name is string => name !== undefined)),
    scaleBar: makeScaleBar(projection, width, height, scale, points),
    geometry,
  };
}

function drawArea(
  base: AreaBase,
  area: MapArea,
  atPlace: ReadonlyMap<string, MapIncident[]>,
  count: (placeId: string) => number,
  placeUrl: (id: string) => string,
  options: DrawOptions,
): MapView {
  const { projection, width, height, frame, countries, focusCountries, scaleBar, scale } = base;
  // The scale bar and its text are kept clear of labels.
  const placed: Box[] = [box(scaleBar.x - 2, scaleBar.y - 14, scaleBar.textX - scaleBar.x + textWidth(scaleBar.label, 10) + 4, 18)];
  const markers: { id: string; box: Box }[] = [];
  const drawn = area.places.filter((place) => !options.only || options.only.has(place.id)).map((place) => {
    const { x, y, radiusKm, radiusPx, circle } = base.geometry.get(place.id)!;
    markers.push({ id: place.id, box: box(x - 3, y - 3, 6, 6) });
    return { place, x, y, radiusKm, radiusPx, circle, here: atPlace.get(place.id) ?? [], total: count(place.id) };
  });

  // Labels of the highlighted place and of busy places first: they get the best spots.
  const order = [...drawn].sort(
    (a, b) => Number(b.place.id === options.highlight) - Number(a.place.id === options.highlight) || b.total - a.total || a.place.id.localeCompare(b.place.id),
  );
  const labels = new Map<string, MapPlace["label"] & { badges: MapBadge[] }>();
  for (const item of order) {
    const shortName = shortPlaceName(item.place.name);
    const nameSize = NAME_SIZE * scale;
    const nameWidth = textWidth(shortName, item.place.id === options.highlight ? nameSize * 1.12 : nameSize, { bold: true }) + 2;
    const badgeWidths = item.here.map((incident) => (10 + 6.5 * String(incident.number).length) * scale);
    const rows: number[][] = [];
    badgeWidths.forEach((w, i) => {
      if (i % BADGES_PER_ROW === 0) rows.push([]);
      rows.at(-1)!.push(w);
    });
    const rowWidths = rows.map((row) => row.reduce((sum, w) => sum + w, 0) + 3 * (row.length - 1));
    const blockWidth = Math.max(nameWidth, ...rowWidths, 0);
    const lineHeight = nameSize * 1.2;
    const badgeRow = (BADGE_HEIGHT + 3) * scale;
    const blockHeight = lineHeight + rows.length * badgeRow;
    const reach = Math.max(item.radiusPx, POINT_RADIUS) + 4;
    const chosen = placeBlock({ x: item.x, y: item.y, reach }, blockWidth, blockHeight, [...placed, ...markers.filter((m) => m.id !== item.place.id).map((m) => m.box)], frame);
    placed.push(chosen.box);
    const rightAligned = chosen.side === "west";
    const textX = rightAligned ? chosen.box.x1 : chosen.box.x0;
    const badges: MapBadge[] = [];
    let index = 0;
    rows.forEach((row, r) => {
      let cursor = rightAligned ? chosen.box.x1 - rowWidths[r] : chosen.box.x0;
      for (const w of row) {
        const incident = item.here[index++];
        badges.push({ number: incident.number, id: incident.id, url: incident.url, title: incident.title, disputed: incident.disputed, x: round1(cursor), y: round1(chosen.box.y0 + lineHeight + r * badgeRow + 1), width: round1(w), height: round1(BADGE_HEIGHT * scale), textX: round1(cursor + w / 2), textY: round1(chosen.box.y0 + lineHeight + r * badgeRow + 1 + BADGE_HEIGHT * scale * 0.72) });
        cursor += w + 3;
      }
    });
    labels.set(item.place.id, {
      x: round1(textX),
      y: round1(chosen.box.y0 + nameSize),
      anchor: rightAligned ? "end" : "start",
      leader: chosen.far ? leaderLine(item, chosen.box) : undefined,
      badges,
    });
  }

  const countryLabels = layoutCountryLabels(base, frame, placed);

  const placeCount = drawn.filter((d) => d.total > 0).length;
  const incidentCount = drawn.reduce((sum, d) => sum + d.total, 0);
  const numbered = drawn.every((d) => d.here.length === d.total);
  const name = areaName(area);
  const highlighted = area.places.find((place) => place.id === options.highlight);
  const circles = drawn.filter((d) => d.radiusKm > 0);
  const radii = [...new Set(circles.map((d) => `${d.place.precision} places within about ${d.radiusKm} km`))];
  return {
    id: options.id,
    width,
    height,
    areaName: name,
    title: highlighted
      ? `Map of ${name} showing ${highlighted.name}`
      : `Map of ${name}: ${incidentCount} ${incidentCount === 1 ? "incident" : "incidents"} at ${placeCount} ${placeCount === 1 ? "place" : "places"}`,
    description: [
      `Country borders from Natural Earth.`,
      highlighted ? `${highlighted.name} is highlighted.` : "",
      circles.length ? `A circle marks a place known only approximately (${radii.join("; ")}); a dot marks an exact place.` : "Each dot marks a place.",
      numbered
        ? `Numbers are incidents in timeline order; each links to the incident. The same places are listed after the map.`
        : `The places are listed after the map, each with its number of incidents and a link to them.`,
    ]
      .filter(Boolean)
      .join(" "),
    countries: countries.map(({ country, d }) => ({ name: country.name, d, focus: focusCountries.has(country.name) })),
    countryLabels,
    places: drawn.map((item) => {
      const { badges, ...label } = labels.get(item.place.id)!;
      return {
        id: item.place.id,
        name: item.place.name,
        shortName: shortPlaceName(item.place.name),
        url: placeUrl(item.place.id),
        country: item.place.country,
        lat: item.place.lat,
        lon: item.place.lon,
        precision: item.place.precision,
        radiusKm: item.radiusKm,
        x: round1(item.x),
        y: round1(item.y),
        circle: item.circle,
        radiusPx: round1(item.radiusPx),
        highlighted: item.place.id === options.highlight,
        label,
        badges,
        incidents: item.here,
        incidentCount: item.total,
      };
    }),
    scaleBar,
    inset: base.inset,
    hasCircles: circles.length > 0,
    hasPoints: circles.length < drawn.length,
    numbered,
  };
}

type Bounds = [[number, number], [number, number]];

/** The lon/lat rectangle a map shows: its places with their circles, whole small countries, a minimum span, a margin. */
export function frameBounds(area: MapArea): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const include = (w: number, s: number, e: number, n: number) => {
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  };
  for (const place of area.places) {
    const dLat = kmToDegrees(UNCERTAINTY_RADIUS_KM[place.precision]);
    const dLon = dLat / Math.max(0.2, Math.cos((place.lat * Math.PI) / 180));
    include(place.lon - dLon, place.lat - dLat, place.lon + dLon, place.lat + dLat);
  }
  for (const countryName of new Set(area.places.map((place) => place.country))) {
    const country = findCountry(countryName);
    if (!country) continue;
    const [[w, s], [e, n]] = country.bounds;
    if (e > w && e - w <= WHOLE_COUNTRY_SPAN.lon && n - s <= WHOLE_COUNTRY_SPAN.lat) include(w, s, e, n);
  }
  const grow = (low: number, high: number, min: number): [number, number] => {
    const span = Math.max(high - low, min);
    const middle = (low + high) / 2;
    const padded = span * (1 + 2 * PAD);
    return [middle - padded / 2, middle + padded / 2];
  };
  const [w, e] = grow(west, east, MIN_SPAN.lon);
  const [s, n] = grow(south, north, MIN_SPAN.lat);
  return [
    [Math.max(-180, w), Math.max(-MERCATOR_MAX_LAT, s)],
    [Math.min(180, e), Math.min(MERCATOR_MAX_LAT, n)],
  ];
}

/** The latitude beyond which a Mercator map is not drawn (Web Mercator stops near 85°). */
const MERCATOR_MAX_LAT = 85;

function fitProjection(bounds: Bounds, width: number): { projection: GeoProjection; width: number; height: number } {
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

type Side = "east" | "west" | "north" | "south";

/** Tries spots around a marker, nearest first; takes the first that hides nothing, else the least bad. */
function placeBlock(anchor: { x: number; y: number; reach: number }, width: number, height: number, obstacles: Box[], frame: Box): { box: Box; side: Side; far: boolean } {
  let best: { box: Box; side: Side; far: boolean; cost: number } | undefined;
  for (const step of [0, 16, 34, 56]) {
    const d = anchor.reach + step;
    const candidates: [Side, number, number][] = [
      ["east", anchor.x + d, anchor.y - height / 2],
      ["west", anchor.x - d - width, anchor.y - height / 2],
      ["east", anchor.x + d * 0.7, anchor.y - d * 0.7 - height],
      ["east", anchor.x + d * 0.7, anchor.y + d * 0.7],
      ["west", anchor.x - d * 0.7 - width, anchor.y - d * 0.7 - height],
      ["west", anchor.x - d * 0.7 - width, anchor.y + d * 0.7],
      ["north", anchor.x - width / 2, anchor.y - d - height],
      ["south", anchor.x - width / 2, anchor.y + d],
    ];
    for (const [side, x, y] of candidates) {
      const candidate = box(x, y, width, height);
      const cost = obstacles.reduce((sum, obstacle) => sum + overlapArea(candidate, obstacle), 0) + 4 * outsideArea(candidate, frame) + step;
      if (!best || cost < best.cost) best = { box: candidate, side: side === "west" ? "west" : side, far: step > 0, cost };
      if (cost === step) return { box: candidate, side, far: step > 0 };
    }
  }
  return best!;
}

function leaderLine(item: { x: number; y: number; radiusPx: number }, label: Box) {
  const tx = Math.min(Math.max(item.x, label.x0), label.x1);
  const ty = Math.min(Math.max(item.y, label.y0), label.y1);
  const dx = tx - item.x;
  const dy = ty - item.y;
  const length = Math.hypot(dx, dy) || 1;
  const start = Math.max(item.radiusPx, POINT_RADIUS) * 0.6;
  return { x1: round1(item.x + (dx / length) * start), y1: round1(item.y + (dy / length) * start), x2: round1(tx), y2: round1(ty) };
}

/** Where each country's label may go: spots around its centroid that lie inside it. Depends only on the area's base, so it is worked out once per base. */
interface LabelSpots {
  name: string;
  small: boolean;
  size: number;
  width: number;
  spots: { x: number; y: number }[];
}
const labelSpotsCache = new WeakMap<AreaBase, LabelSpots[]>();

function countryLabelSpots(base: AreaBase): LabelSpots[] {
  const cached = labelSpotsCache.get(base);
  if (cached) return cached;
  const { countries, projection } = base;
  const frameArea = base.width * base.height;
  const ranked = countries.filter(({ area }) => area >= frameArea * 0.004).sort((a, b) => b.area - a.area || a.country.name.localeCompare(b.country.name));
  const result: LabelSpots[] = [];
  for (const { country, area, centroid } of ranked) {
    const name = DISPLAY_NAMES[country.name] ?? country.name;
    const small = area < frameArea * 0.03;
    const size = small ? COUNTRY_LABEL_SIZE * 0.85 : COUNTRY_LABEL_SIZE;
    const width = textWidth(name, size, { caps: true, letterSpacing: COUNTRY_LETTER_SPACING });
    const [cx, cy] = centroid;
    if (!Number.isFinite(cx)) continue;
    const spots: { x: number; y: number }[] = [];
    for (const [dx, dy] of [[0, 0], [0, -18], [0, 18], [-30, 0], [30, 0], [0, -36], [0, 36], [-30, -18], [30, 18], [-30, 18], [30, -18], [0, -54], [0, 54]]) {
      const inside = projection.invert?.([cx + dx, cy + dy]);
      if (inside && geoContains(country.shape, inside)) spots.push({ x: cx + dx, y: cy + dy });
    }
    result.push({ name, small, size, width, spots });
  }
  labelSpotsCache.set(base, result);
  return result;
}

function layoutCountryLabels(base: AreaBase, frame: Box, taken: Box[]): MapView["countryLabels"] {
  const labels: MapView["countryLabels"] = [];
  for (const { name, small, size, width, spots } of countryLabelSpots(base)) {
    let best: { x: number; y: number; cost: number } | undefined;
    for (const { x, y } of spots) {
      const candidate = box(x - width / 2, y - size * 0.8, width, size);
      const cost = taken.reduce((sum, obstacle) => sum + overlapArea(candidate, obstacle), 0) + 10 * outsideArea(candidate, frame);
      if (!best || cost < best.cost) best = { x, y, cost };
      if (cost === 0) break;
    }
    if (!best || best.cost > 40) continue;
    taken.push(box(best.x - width / 2, best.y - size * 0.8, width, size));
    labels.push({ name, x: round1(best.x), y: round1(best.y), small });
  }
  return labels;
}

function makeScaleBar(projection: GeoProjection, width: number, height: number, scale: number, avoid: Box[]): MapView["scaleBar"] {
  const [lon, lat] = projection.invert!([width / 2, height / 2])!;
  const [ax] = projection([lon, lat])!;
  const [bx] = projection([lon + kmToDegrees(100) / Math.cos((lat * Math.PI) / 180), lat])!;
  const pxPer100 = Math.abs(bx - ax);
  const target = 90 * scale;
  const km = [10, 20, 50, 100, 200, 250, 500, 1000, 2000].reduce((best, candidate) =>
    Math.abs((candidate / 100) * pxPer100 - target) < Math.abs((best / 100) * pxPer100 - target) ? candidate : best,
  );
  const barWidth = round1((km / 100) * pxPer100);
  const label = `${km} km`;
  const total = barWidth + 4 + textWidth(label, 10);
  // A corner where it hides no place: bottom left, bottom right, top left, top right.
  const corners: [number, number][] = [
    [10, height - 12],
    [width - 10 - total, height - 12],
    [10, 22],
    [width - 10 - total, 22],
  ];
  const [x, y] = corners.find(([cx, cy]) => avoid.every((b) => overlapArea(box(cx - 2, cy - 14, total + 4, 18), b) === 0)) ?? corners[0];
  return { x: round1(x), y: round1(y), width: barWidth, label, textX: round1(x + barWidth + 4) };
}
