/**
 * Where the sources disagree: every claim whose values disagree in substance (see
 * src/notes/claim-agreement.ts), with the values grouped so that "8 (two sources) or 19 (one)"
 * reads at a glance. Claims whose sources agree in other words are listed apart, as agreeing.
 */
import type { ClaimValue } from "../../notes/claim-agreement.ts";

/** A claim entry as the views take it: typed value, how it is shown, its source. */
export interface ShownEntry {
  value: ClaimValue;
  shown: string;
  shownInDisplayZone?: string;
  as?: string;
  source: string;
  quote?: string;
  ref: ClaimSource;
}

export interface ClaimSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface DisputeIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  disputed: boolean;
  claimsShown: { what: string; disputed: boolean; entries: ShownEntry[] }[];
}

export interface ValueGroup {
  /** The value as shown. */
  value: string;
  sources: (ClaimSource & { quote?: string })[];
}

export interface Disagreement {
  /** The claim's name in words: "rockets", "killed". */
  what: string;
  /** The claim's name as the note gives it ("people-killed"): its anchor, here and on the incident page. */
  name: string;
  values: ValueGroup[];
  /** For numbers: the lowest and highest value. */
  range?: { low: number; high: number };
  /** The range in words: "from 8 to 19", "at least 3". */
  rangeText?: string;
  entries: DisputeIncident["claimsShown"][number]["entries"];
}

export interface IncidentDisputes {
  id: string;
  number: number;
  title: string;
  url: string;
  disagreements: Disagreement[];
  /** Claims on which its sources agree. */
  agreed: string[];
}

export const claimLabel = (what: string) => what.replace(/-/g, " ");

export function groupValues(entries: DisputeIncident["claimsShown"][number]["entries"]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const entry of entries) {
    const group = groups.find((known) => known.value === entry.shown);
    const source = { ...entry.ref, quote: entry.quote };
    if (group) group.sources.push(source);
    else groups.push({ value: entry.shown, sources: [source] });
  }
  return groups;
}

/** The lowest and highest figure a claim's figures and ranges allow (an open range reaches 0 or Infinity); undefined for words or times. */
export function numericRange(values: readonly ClaimValue[]): { low: number; high: number } | undefined {
  if (values.length === 0 || !values.every((value) => value.type === "number" || value.type === "range")) return undefined;
  const lows = values.map((value) => (value.type === "number" ? value.number : (value.min ?? 0)));
  const highs = values.map((value) => (value.type === "number" ? value.number : (value.max ?? Infinity)));
  return { low: Math.min(...lows), high: Math.max(...highs) };
}

function describeRange(range: { low: number; high: number } | undefined): string | undefined {
  if (!range) return undefined;
  return range.high === Infinity ? `${range.low} or more` : `${range.low} to ${range.high}`;
}

export function listDisputes(incidents: readonly DisputeIncident[]): IncidentDisputes[] {
  return incidents
    .filter((incident) => incident.disputed)
    .map((incident) => ({
      id: incident.id,
      number: incident.number,
      title: incident.title,
      url: incident.url,
      disagreements: incident.claimsShown
        .filter((claim) => claim.disputed)
        .map((claim) => ({
          what: claimLabel(claim.what),
          name: claim.what,
          values: groupValues(claim.entries),
          range: numericRange(claim.entries.map((entry) => entry.value)),
          rangeText: describeRange(numericRange(claim.entries.map((entry) => entry.value))),
          entries: claim.entries,
        })),
      agreed: incident.claimsShown.filter((claim) => !claim.disputed).map((claim) => claimLabel(claim.what)),
    }));
}
