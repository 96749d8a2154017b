/**
 * The maps as plain numbers for a template to draw: country shapes as SVG path data, places as
 * points or uncertainty circles, labels laid out clear of each other, incident numbers linked, a
 * few reference cities, and a detail inset wherever places lie too close to tell apart. Pure apart
 * from reading the bundled Natural Earth data once.
 */
import type { Place } from "../../notes/content.ts";
import { box, round1, textWidth, type Box } from "../layout/boxes.ts";
import { areaName, groupIntoAreas, type MapArea } from "./areas.ts";
import { findClusters, fitsDetail } from "./clusters.ts";
import { layoutCountryLabels } from "./country-labels.ts";
import { makeScaleBar, scaleBarBox, type ScaleBar } from "./framing.ts";
import { gapTo, inflate, LEADER_GAP, leaderLine, placeLabel } from "./label-placement.ts";
import { AREA_FRAME, baseFor, DETAIL_FRAME, REGION_FRAME, type Base } from "./map-base.ts";
import { clipToFrame, labelBlock, layOut, LINE, placeCities, TEXT_SIZE, textAnchor } from "./map-labels.ts";
import type { MapBadge, MapDetailFrame, MapIncident, MapLabel, MapSet, MapView } from "./map-types.ts";
import { distanceKm } from "./uncertainty.ts";

/**
 * Sizes in SVG units. NOTE: the main map is 400 wide and shown at most 440 px wide, so on a 390 px phone
 * (358 px of column) it is drawn at 0.895: text of 12.5 units (map-labels.ts) stays above 11 px there.
 * Insets are shown at their own size.
 */
export const MAP_WIDTH = 400;
export const INSET_WIDTHS = { s: 180, m: 220, l: 280 } as const;
const HIGHLIGHT_SIZE = 14;
const POINT_RADIUS = 4;
/** At most this many detail insets beside a map. */
const MAX_DETAILS = 2;
/** Places whose centres lie closer than this on a map cannot be told apart there: they get a detail inset. */
const SEPARATION_PX = 40;
/** A place's own map shows the places within this distance (at least its nearest), at most PLACES_AROUND. */
const NEIGHBOUR_KM = 200;
export const PLACES_AROUND = 8;

export function shortPlaceName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, "").trim() || name;
}

export function buildMaps(
  places: readonly Place[],
  incidents: readonly MapIncident[],
  placeUrl: (id: string) => string,
  options: { maxBadges?: number; pages?: readonly (readonly MapIncident[])[] } = {},
): MapSet {
  const { maxBadges = Infinity, pages = [] } = options;
  const atPlace = groupByPlace(incidents);
  const count = (placeId: string) => atPlace.get(placeId)?.length ?? 0;
  const areas = groupIntoAreas(places, count);
  const none = new Map<string, MapIncident[]>();
  const figure = (shown: readonly MapArea[], here: ReadonlyMap<string, MapIncident[]>, total: (id: string) => number, numbered: (area: MapArea) => boolean, only?: (place: Place) => boolean) =>
    shown.map((area, index) =>
      drawMap(baseFor(area.places, index === 0 ? MAP_WIDTH : insetWidth(area.places.length), AREA_FRAME), area.places, {
        id: `map-${index + 1}`,
        kind: index === 0 ? "main" : "inset",
        badges: numbered(area) ? here : none,
        count: total,
        placeUrl,
        only,
      }),
    );

  const overview = figure(
    areas.filter((area) => area.weight > 0),
    atPlace,
    count,
    (area) => area.weight <= maxBadges,
  );
  // A page's maps keep the site's areas (and so their shared bases), drawing only the page's places.
  const pageMaps = pages.map((pageIncidents) => {
    const here = groupByPlace(pageIncidents);
    const hereCount = (placeId: string) => here.get(placeId)?.length ?? 0;
    return figure(
      areas.filter((area) => area.places.some((place) => hereCount(place.id) > 0)),
      here,
      hereCount,
      () => pageIncidents.length <= maxBadges,
      (place) => hereCount(place.id) > 0,
    );
  });
  const all = figure(areas, none, count, () => false);

  const byPlace: Record<string, MapView> = {};
  for (const area of areas) {
    for (const place of area.places) {
      // NOTE: a place's map draws its region only (not the whole country again), so its size does not grow with the number of places.
      const byDistance = [...area.places].sort((a, b) => distanceKm(place, a) - distanceKm(place, b) || a.id.localeCompare(b.id));
      const nearby = byDistance.filter((other, index) => index <= 1 || distanceKm(place, other) <= NEIGHBOUR_KM).slice(0, PLACES_AROUND);
      const weight = nearby.reduce((sum, other) => sum + count(other.id), 0);
      byPlace[place.id] = drawMap(baseFor(nearby, MAP_WIDTH, REGION_FRAME), nearby, {
        id: "map-place",
        kind: "main",
        badges: weight <= maxBadges ? atPlace : none,
        count,
        placeUrl,
        highlight: place.id,
      });
    }
  }
  return { overview, pages: pageMaps, byPlace, all };
}

function groupByPlace(incidents: readonly MapIncident[]): Map<string, MapIncident[]> {
  const byPlace = new Map<string, MapIncident[]>();
  for (const incident of incidents) {
    if (!byPlace.has(incident.place)) byPlace.set(incident.place, []);
    byPlace.get(incident.place)!.push(incident);
  }
  return byPlace;
}

/** An inset is as large as what it holds: two places need less room than six. */
function insetSize(placeCount: number): MapView["size"] {
  return placeCount <= 2 ? "s" : placeCount <= 4 ? "m" : "l";
}
const insetWidth = (placeCount: number) => INSET_WIDTHS[insetSize(placeCount)];

interface DrawOptions {
  id: string;
  kind: MapView["kind"];
  badges: ReadonlyMap<string, MapIncident[]>;
  count: (placeId: string) => number;
  placeUrl: (id: string) => string;
  highlight?: string;
  /** The places drawn, when not all the base frames. */
  only?: (place: Place) => boolean;
  /** A detail's name: the places it enlarges. */
  name?: string;
}

interface Drawn {
  place: Place;
  x: number;
  y: number;
  radiusKm: number;
  radiusPx: number;
  circle: string;
  here: MapIncident[];
  total: number;
}

function drawMap(base: Base, framed: readonly Place[], options: DrawOptions): MapView {
  const { width, height, frame, projection } = base;
  const drawn: Drawn[] = framed
    .filter((place) => !options.only || options.only(place))
    .map((place) => ({ place, ...base.geometry.get(place.id)!, here: options.badges.get(place.id) ?? [], total: options.count(place.id) }));

  // Marks are never covered: a point, or the centre dot of a circle.
  const markBox = (item: Drawn) => {
    const r = item.radiusKm > 0 ? 3 : POINT_RADIUS + 1;
    return box(item.x - r, item.y - r, 2 * r, 2 * r);
  };
  const circleBox = (item: Drawn) => box(item.x - item.radiusPx, item.y - item.radiusPx, 2 * item.radiusPx, 2 * item.radiusPx);

  // Places too close to tell apart here are drawn unnamed inside a frame; a detail inset names them.
  const detailGroups =
    options.kind === "detail"
      ? []
      : findClusters(drawn.map((item) => ({ ...item, id: item.place.id, lat: item.place.lat, lon: item.place.lon })))
          .filter((group) => fitsDetail(group) && closestPx(group) < SEPARATION_PX)
          .map((group) => group.map((member) => drawn.find((item) => item.place.id === member.id)!))
          // NOTE: each detail is a map of its own (2–4 kB): the busiest few are drawn, the rest named with leader lines.
          .sort((a, b) => weight(b) - weight(a) || a[0].place.id.localeCompare(b[0].place.id))
          .slice(0, MAX_DETAILS);
  const inDetail = new Set(detailGroups.flat().map((item) => item.place.id));

  const taken: Box[] = drawn.map(markBox);
  // Labels, frames and the scale bar: what a leader line must not cross (it may pass between marks).
  const solid: Box[] = [];
  const frames = detailGroups.map((group) => {
    const extent = group.map(circleBox).reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }));
    const padded = inflate(extent, 3);
    taken.push(padded);
    solid.push(padded);
    return { group, box: padded };
  });
  const scaleBar = makeScaleBar(projection, width, height, TEXT_SIZE, [...taken, ...drawn.map(circleBox)]);
  taken.push(scaleBarBox(scaleBar, TEXT_SIZE));
  solid.push(scaleBarBox(scaleBar, TEXT_SIZE));
  const circles = drawn.filter((item) => item.radiusKm > 0).map((item) => ({ id: item.place.id, box: circleBox(item) }));

  // The highlighted place and busy places are named first: they get the best spots.
  const order = drawn
    .filter((item) => !inDetail.has(item.place.id))
    .sort((a, b) => Number(b.place.id === options.highlight) - Number(a.place.id === options.highlight) || b.total - a.total || a.place.id.localeCompare(b.place.id));
  const labels = new Map<string, { label: MapLabel; badges: MapBadge[] }>();
  for (const item of order) {
    const own = markBox(item);
    const obstacles = taken.filter((other) => other !== taken[drawn.indexOf(item)]);
    const nameSize = item.place.id === options.highlight ? HIGHLIGHT_SIZE : TEXT_SIZE;
    const block = labelBlock(shortPlaceName(item.place.name), nameSize, item.here);
    const placed = placeLabel(
      {
        x: item.x,
        y: item.y,
        reach: (own.x1 - own.x0) / 2 + 3,
        width: block.width,
        height: block.height,
        firstLine: nameSize * 0.6,
        rivals: drawn.filter((other) => other !== item),
      },
      obstacles,
      frame,
      circles.filter((circle) => circle.id !== item.place.id).map((circle) => circle.box),
      solid,
    );
    taken.push(placed.box);
    solid.push(placed.box);
    labels.set(item.place.id, layOut(block, placed, nameSize, item));
  }

  const detailFrames: MapDetailFrame[] = frames.map(({ box: frameBox }, index) => {
    const name = frames.length > 1 ? `Detail ${index + 1}` : "Detail";
    const w = textWidth(name, TEXT_SIZE, { bold: true }) * 1.06 + 2;
    const cx = (frameBox.x0 + frameBox.x1) / 2;
    const cy = (frameBox.y0 + frameBox.y1) / 2;
    const reach = Math.max(frameBox.x1 - frameBox.x0, frameBox.y1 - frameBox.y0) / 2 + 3;
    const placed = placeLabel({ x: cx, y: cy, reach, width: w, height: TEXT_SIZE * LINE, firstLine: TEXT_SIZE * 0.6 }, taken.filter((other) => other !== frameBox), frame);
    taken.push(placed.box);
    const leader = gapTo(cx, cy, placed.box) > reach + LEADER_GAP ? leaderLine(cx, cy, placed.box) : undefined;
    return {
      name,
      x: round1(frameBox.x0),
      y: round1(frameBox.y0),
      width: round1(frameBox.x1 - frameBox.x0),
      height: round1(frameBox.y1 - frameBox.y0),
      label: { ...textAnchor(placed.box, placed.side), y: round1(placed.box.y0 + TEXT_SIZE), leader: leader && clipToFrame(leader, frameBox) },
    };
  });

  // Country names and cities take what room is left, clear of every circle too; each joins what the next must avoid.
  const rest = [...taken, ...circles.map((circle) => circle.box)];
  const countryLabels = layoutCountryLabels(base, base.countries, projection, frame, rest);
  const cities = placeCities(base, drawn.map((item) => item.place), rest);

  const details = detailGroups.map((group, index) =>
    drawMap(baseFor(group.map((item) => item.place), insetWidth(group.length), DETAIL_FRAME), group.map((item) => item.place), {
      ...options,
      id: `${options.id}-detail-${index + 1}`,
      kind: "detail",
      only: undefined,
      name: listNames(group.map((item) => shortPlaceName(item.place.name))),
    }),
  );

  const placeCount = drawn.filter((item) => item.total > 0).length;
  const incidentCount = drawn.reduce((sum, item) => sum + item.total, 0);
  const numbered = drawn.every((item) => item.here.length === item.total);
  const name = options.name ?? areaName({ places: [...framed], weight: 0 });
  const highlighted = drawn.find((item) => item.place.id === options.highlight)?.place;
  const withCircles = drawn.filter((item) => item.radiusKm > 0);
  const radii = [...new Set(withCircles.map((item) => `${item.place.precision} places within about ${item.radiusKm} km`))];
  const what = options.kind === "detail" ? `Detail map of ${name}` : `Map of ${name}`;
  return {
    id: options.id,
    kind: options.kind,
    inset: options.kind !== "main",
    size: insetSize(framed.length),
    width,
    height,
    areaName: name,
    title: highlighted
      ? `${what} showing ${highlighted.name}`
      : `${what}: ${incidentCount} ${incidentCount === 1 ? "incident" : "incidents"} at ${placeCount} ${placeCount === 1 ? "place" : "places"}`,
    description: [
      cities.length ? `Country borders and cities from Natural Earth.` : `Country borders from Natural Earth.`,
      highlighted ? `${highlighted.name} is highlighted.` : "",
      withCircles.length ? `A circle marks a place known only approximately (${radii.join("; ")}); a dot marks an exact place.` : "Each dot marks a place.",
      detailFrames.length ? `Places too close to tell apart are framed and shown enlarged in a detail map.` : "",
      numbered
        ? `Numbers are incidents in timeline order; each links to the incident. The same places are listed after the map.`
        : `The places are listed after the map, each with its number of incidents and a link to them.`,
    ]
      .filter(Boolean)
      .join(" "),
    countries: base.countries.map(({ country, d }) => ({ name: country.name, d, focus: base.focusCountries.has(country.name) })),
    countryLabels,
    cities,
    places: drawn.map((item) => {
      const laid = labels.get(item.place.id) ?? { label: { x: round1(item.x), y: round1(item.y), anchor: "start" as const }, badges: [] };
      return {
        id: item.place.id,
        name: item.place.name,
        shortName: shortPlaceName(item.place.name),
        url: options.placeUrl(item.place.id),
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
        inDetail: inDetail.has(item.place.id),
        label: laid.label,
        badges: laid.badges,
        incidents: item.here,
        incidentCount: item.total,
      };
    }),
    detailFrames,
    details,
    scaleBar,
    hasCircles: withCircles.length > 0,
    hasPoints: withCircles.length < drawn.length,
    numbered,
  };
}

const weight = (group: readonly Drawn[]) => group.reduce((sum, item) => sum + item.total, 0);

/** The smallest distance in px between two places of a group. */
function closestPx(group: readonly { x: number; y: number }[]): number {
  let closest = Infinity;
  for (const [i, a] of group.entries()) for (const b of group.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
  return closest;
}

/** "Deir ez-Zor, Conoco gas field and Al-Omar oil field". */
const listNames = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

