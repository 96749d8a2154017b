/**
 * Where the sources disagree: every claim whose sources give more than one value, with the values
 * grouped so that "8 (two sources) or 19 (one)" reads at a glance.
 */

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
  claimsShown: { what: string; disputed: boolean; entries: { value: string | number; source: string; quote?: string; ref: ClaimSource }[] }[];
}

export interface ValueGroup {
  value: string | number;
  sources: (ClaimSource & { quote?: string })[];
}

export interface Disagreement {
  /** The claim's name in words: "rockets", "killed". */
  what: string;
  values: ValueGroup[];
  /** For numbers: the lowest and highest value. */
  range?: { low: number; high: number };
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
    const group = groups.find((known) => known.value === entry.value);
    const source = { ...entry.ref, quote: entry.quote };
    if (group) group.sources.push(source);
    else groups.push({ value: entry.value, sources: [source] });
  }
  return groups;
}

export function numericRange(values: readonly (string | number)[]): { low: number; high: number } | undefined {
  if (values.length === 0 || !values.every((value) => typeof value === "number")) return undefined;
  const numbers = values as number[];
  return { low: Math.min(...numbers), high: Math.max(...numbers) };
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
          values: groupValues(claim.entries),
          range: numericRange(claim.entries.map((entry) => entry.value)),
          entries: claim.entries,
        })),
      agreed: incident.claimsShown.filter((claim) => !claim.disputed).map((claim) => claimLabel(claim.what)),
    }));
}
