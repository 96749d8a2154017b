/**
 * The one-page briefing: key figures (with disputes as ranges and who says what), numbered
 * citations, and the numbers each chronology row cites.
 *
 * NOTE: killed and wounded are added up over attacks and strikes only. Statements and assessments
 * restate those figures (the death-toll report repeats the strikes' toll), so adding them would
 * count the same people twice.
 */
import type { Kind } from "../../notes/schema.ts";
import { groupValues, numericRange, type ClaimSource, type ShownEntry, type ValueGroup } from "../disputes/disputes.ts";

export interface BriefingIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  kind: Kind;
  day: string;
  casualties?: { killed?: number; wounded?: number };
  citations: { source: string; quote?: string; ref: ClaimSource }[];
  claimsShown: { what: string; disputed: boolean; entries: ShownEntry[] }[];
}

export interface FigurePart {
  id: string;
  number: number;
  title: string;
  url: string;
  low: number;
  high: number;
  text: string;
  /** What each source says, when the note records it as a claim. */
  values: ValueGroup[];
  /** The sources word it differently though the figure is agreed (text claims beside the casualties field). */
  wordedDifferently: boolean;
}

export interface KeyFigure {
  key: "killed" | "wounded" | "attacks" | "strikes";
  label: string;
  low: number;
  high: number;
  /** "9–20" or "6". */
  text: string;
  disputed: boolean;
  parts: FigurePart[];
}

export interface NumberedSource extends ClaimSource {
  number: number;
  /** "Thursday 23 March 2023" */
  published?: string;
  /** The original's address, when the source note gives one. */
  originalUrl?: string;
}

export interface SourceDetails {
  id: string;
  publishedText: string;
  originalUrl?: string;
}

export interface BriefingView {
  figures: KeyFigure[];
  /** Every source cited, numbered in order of first citation in the chronology. */
  citations: NumberedSource[];
  /** Incident id → the citation numbers of its sources and claims, ascending. */
  citedBy: Record<string, number[]>;
  /** Source id → its citation number. */
  numberOf: Record<string, number>;
  /** The last day with an incident (YYYY-MM-DD), or undefined when there is none. */
  lastDay?: string;
}

/** Kinds whose casualties are counted in the key figures. */
export const COUNTED_KINDS: readonly Kind[] = ["attack", "strike"];

export const rangeText = (low: number, high: number) => (high === Infinity ? `at least ${low}` : low === high ? String(low) : `${low}\u2013${high}`);

/** An incident's share of a casualty figure: a numeric claim (a range where sources differ), else the agreed casualties field. */
export function casualtyPart(incident: BriefingIncident, key: "killed" | "wounded"): FigurePart | undefined {
  const claim = incident.claimsShown.find((c) => c.what === key);
  const range = claim ? numericRange(claim.entries.map((entry) => entry.value)) : undefined;
  const base = { id: incident.id, number: incident.number, title: incident.title, url: incident.url };
  if (claim && range) {
    // Sources that agree are cited by their wordings, so that each wording shows who uses it.
    const wordings = groupValues(claim.entries.map((entry) => ({ ...entry, shown: entry.as ?? entry.shown })));
    const wordedDifferently = !claim.disputed && wordings.length > 1;
    return { ...base, ...range, text: rangeText(range.low, range.high), values: wordedDifferently ? wordings : groupValues(claim.entries), wordedDifferently };
  }
  const agreed = incident.casualties?.[key];
  if (agreed === undefined) return undefined;
  return { ...base, low: agreed, high: agreed, text: String(agreed), values: claim ? groupValues(claim.entries) : [], wordedDifferently: claim !== undefined };
}

export function buildBriefing(incidents: readonly BriefingIncident[], sources: readonly SourceDetails[] = []): BriefingView {
  const counted = incidents.filter((incident) => COUNTED_KINDS.includes(incident.kind));
  const casualties = (key: "killed" | "wounded", label: string): KeyFigure => {
    const parts = counted.map((incident) => casualtyPart(incident, key)).filter((part): part is FigurePart => part !== undefined);
    const low = parts.reduce((sum, part) => sum + part.low, 0);
    const high = parts.reduce((sum, part) => sum + part.high, 0);
    return { key, label, low, high, text: rangeText(low, high), disputed: low !== high, parts };
  };
  const count = (kind: Kind, key: "attacks" | "strikes", label: string): KeyFigure => {
    const parts = incidents
      .filter((incident) => incident.kind === kind)
      .map((incident) => ({ id: incident.id, number: incident.number, title: incident.title, url: incident.url, low: 1, high: 1, text: "1", values: [], wordedDifferently: false }));
    return { key, label, low: parts.length, high: parts.length, text: String(parts.length), disputed: false, parts };
  };

  const citations: NumberedSource[] = [];
  const byId = new Map<string, NumberedSource>();
  const detailsOf = new Map(sources.map((source) => [source.id, source]));
  const citedBy: Record<string, number[]> = {};
  for (const incident of incidents) {
    const refs = [...incident.citations.map((citation) => citation.ref), ...incident.claimsShown.flatMap((claim) => claim.entries.map((entry) => entry.ref))];
    const numbers = new Set<number>();
    for (const ref of refs) {
      let known = byId.get(ref.id);
      if (!known) {
        const details = detailsOf.get(ref.id);
        known = { ...ref, number: citations.length + 1, published: details?.publishedText, originalUrl: details?.originalUrl };
        citations.push(known);
        byId.set(ref.id, known);
      }
      numbers.add(known.number);
    }
    citedBy[incident.id] = [...numbers].sort((a, b) => a - b);
  }

  return {
    figures: [casualties("killed", "Killed"), casualties("wounded", "Wounded"), count("attack", "attacks", "Attacks"), count("strike", "strikes", "Strikes")],
    citations,
    citedBy,
    numberOf: Object.fromEntries(citations.map((citation) => [citation.id, citation.number])),
    lastDay: incidents.map((incident) => incident.day).sort().at(-1),
  };
}
