/**
 * /data/incidents.geojson (RFC 7946): one Point feature per incident at its place's coordinates,
 * [longitude, latitude] in WGS 84, with how sure the place is (`geo_precision`, `uncertainty_km`)
 * so that a GIS can draw the same circle the map draws.
 */
import type { SiteData } from "../site/site-data.ts";
import { incidentSpan } from "../views/chart/chart-view.ts";
import { UNCERTAINTY_RADIUS_KM } from "../views/map/uncertainty.ts";
import { safeJson } from "./escape.ts";
import type { SiteUrls } from "./site-urls.ts";
import { utcIso } from "./times.ts";


export function incidentsGeoJson(data: SiteData, urls: SiteUrls): string {
  const collection = {
    type: "FeatureCollection",
    features: data.incidents.map((incident) => {
      const span = incidentSpan(incident);
      return {
        type: "Feature",
        id: incident.id,
        geometry: { type: "Point", coordinates: [incident.placeInfo.lon, incident.placeInfo.lat] },
        properties: {
          number: incident.number,
          title: incident.title,
          summary: incident.summary ?? null,
          kind: incident.kind,
          url: urls.to(incident.url),
          date: incident.date,
          zone: incident.zone,
          time_precision: incident.precision,
          utc: incident.precision === "day" ? null : utcIso(span.at),
          earliest: utcIso(span.from),
          latest: utcIso(span.to),
          day: incident.day,
          place: incident.placeInfo.id,
          place_name: incident.placeInfo.name,
          country: incident.placeInfo.country,
          geo_precision: incident.placeInfo.precision,
          uncertainty_km: UNCERTAINTY_RADIUS_KM[incident.placeInfo.precision],
          disputed: incident.disputed,
          actors: incident.actors,
        },
      };
    }),
  };
  return `${safeJson(collection)}\n`;
}
