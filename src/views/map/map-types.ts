/**
 * The maps as a template receives them (map-view.ts builds them): places, labels, badges, cities,
 * detail frames and insets, all as plain numbers and text.
 */
import type { Place } from "../../notes/content.ts";
import type { Badge } from "../layout/boxes.ts";
import type { ScaleBar } from "./framing.ts";

export interface MapIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  disputed: boolean;
  place: string;
}

/** An incident's numbered badge beside its place: which incident, and where the badge is drawn. */
export interface MapBadge extends Badge {
  number: number;
  id: string;
  url: string;
  title: string;
  disputed: boolean;
}

export interface MapLabel {
  /** Anchor of the name text. */
  x: number;
  y: number;
  anchor: "start" | "end";
  /** A line from beside the mark to a label set further away, or undefined. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
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
  /** Drawn here unnamed: its name and numbers are in a detail inset (too close to others at this scale). */
  inDetail: boolean;
  label: MapLabel;
  badges: MapBadge[];
  /** The incidents numbered here; empty on a map without numbers (see MapView.numbered). */
  incidents: MapIncident[];
  /** How many incidents took place here, numbered or not. */
  incidentCount: number;
}

/** A frame on a map around places shown enlarged in a detail inset, with its name. */
export interface MapDetailFrame {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: MapLabel;
}

export interface MapCity {
  name: string;
  x: number;
  y: number;
  label: MapLabel;
}

export interface MapView {
  /** Prefix for element ids, unique on a page. */
  id: string;
  /** The main map of a figure, an inset for far-away places, or a detail enlarging close places. */
  kind: "main" | "inset" | "detail";
  /** Drawn at its own size beside the main map (inset or detail). */
  inset: boolean;
  /** Size class of an inset, by what it holds. */
  size: "s" | "m" | "l";
  width: number;
  height: number;
  title: string;
  description: string;
  /** The countries of the places on it ("Syria", "United States and Canada"); for a detail, the places it enlarges. */
  areaName: string;
  countries: { name: string; d: string; focus: boolean }[];
  countryLabels: { name: string; x: number; y: number }[];
  cities: MapCity[];
  places: MapPlace[];
  detailFrames: MapDetailFrame[];
  /** The detail insets of this map's close places. */
  details: MapView[];
  scaleBar: ScaleBar;
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
  /** Each place's map: its region and neighbours, the place highlighted. */
  byPlace: Record<string, MapView>;
  /** Every place, with or without incidents, unnumbered (the places index). */
  all: MapView[];
}
