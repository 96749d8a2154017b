/**
 * Everything the visual views need, computed once per build from the site data: maps, the chart,
 * the sequence, the disputes and the briefing. Pure apart from reading the bundled map data.
 */
import type { Place } from "../notes/content.ts";
import { buildBriefing, type BriefingIncident, type BriefingView, type SourceDetails } from "./briefing/briefing.ts";
import { buildChart, type ChartIncident, type ChartView } from "./chart/chart-view.ts";
import { listDisputes, type DisputeIncident, type IncidentDisputes } from "./disputes/disputes.ts";
import { buildMaps } from "./map/map-view.ts";
import type { MapSet, MapView } from "./map/map-types.ts";
import { buildSequence, type IncidentChain, type SequenceIncident, type SequenceView } from "./sequence/sequence.ts";

export type ViewIncident = ChartIncident & SequenceIncident & DisputeIncident & BriefingIncident & { place: string };

export interface Views {
  maps: MapSet;
  /** The briefing's map: the places of its incidents (the latest), numbered as its chronology. */
  briefingMap: MapView[];
  chart?: ChartView;
  sequence: SequenceView;
  chains: Record<string, IncidentChain>;
  disputes: IncidentDisputes[];
  briefing: BriefingView;
}

export function buildViews(
  incidents: readonly ViewIncident[],
  places: readonly Place[],
  sources: readonly SourceDetails[],
  displayZone: string,
  urls: { place: (id: string) => string },
  options: { overviewLimit?: number; pages?: readonly (readonly ViewIncident[])[]; briefingLimit?: number } = {},
): Views {
  const { overviewLimit = Infinity, pages, briefingLimit = Infinity } = options;
  const sequence = buildSequence(incidents);
  // The briefing covers the latest incidents: a summary of thousands would be neither one page nor a summary.
  const briefingIncidents = incidents.slice(-briefingLimit);
  // NOTE: beyond the limit a chart or a numbered map of every incident would outweigh the page it is on (docs/performance.md):
  // the timeline pages draw their own, and the maps of the whole site show places and counts without numbers.
  const maps = buildMaps(places, incidents, urls.place, { maxBadges: overviewLimit, pages: [...(pages ?? []), briefingIncidents] });
  const briefingMap = maps.pages.pop()!;
  return {
    maps,
    briefingMap,
    chart: incidents.length <= overviewLimit ? buildChart(incidents, displayZone) : undefined,
    sequence: sequence.view,
    chains: sequence.chains,
    disputes: listDisputes(incidents),
    briefing: buildBriefing(briefingIncidents, sources),
  };
}
