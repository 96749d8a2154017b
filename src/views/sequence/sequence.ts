/**
 * The chain of events: which incident answered which, and how long after. An incident that
 * `responds-to` or `follows` an earlier one hangs under it; where a note names several, it hangs
 * under the latest and the others are kept as "also after". Only links to earlier incidents (in
 * timeline order) make the tree, so it never loops.
 */
import { DateTime } from "luxon";
import type { IncidentTimes } from "../../timeline/format-time.ts";

export interface SequenceIncident {
  id: string;
  number: number;
  title: string;
  url: string;
  kind: string;
  instant: string;
  day: string;
  precision: "exact" | "approximate" | "day";
  disputed: boolean;
  times: IncidentTimes;
  related: { incident: string; relation: "responds-to" | "follows" | "see-also" }[];
}

export interface StepRef {
  id: string;
  number: number;
  title: string;
  url: string;
}

export interface SequenceStep extends StepRef {
  kind: string;
  disputed: boolean;
  /** The time in the display zone, as text. */
  when: string;
  /** How it hangs under its parent: "Responds to" or "Follows"; undefined for a first step. */
  relation?: string;
  parent?: StepRef;
  /** Time since the parent: "13 h 2 min later", "about 5 h later", "the same day". */
  gap?: string;
  /** Other earlier incidents it responds to or follows. */
  alsoAfter: (StepRef & { relation: string })[];
  /** "see-also" links, both ways. */
  seeAlso: StepRef[];
  children: SequenceStep[];
}

export interface SequenceView {
  /** Chains: each first step with what came of it, in timeline order. */
  chains: SequenceStep[];
  /** Incidents linked to no chain. */
  unlinked: SequenceStep[];
}

export interface IncidentChain {
  /** From the first step of its chain down to its parent. */
  before: SequenceStep[];
  /** What came of it: its children, with theirs. */
  after: SequenceStep[];
  /** Its own step (its gap and relation to its parent). */
  self: SequenceStep;
}

const HOUR = 3_600_000;
const ORDERING = new Set(["responds-to", "follows"]);
const RELATION_TEXT: Record<string, string> = { "responds-to": "Responds to", follows: "Follows" };

/** Elapsed time from one incident to the next, as honestly as their precision allows. */
export function gapText(from: SequenceIncident, to: SequenceIncident): string {
  if (from.precision === "day" || to.precision === "day") {
    const days = Math.round(DateTime.fromISO(to.day).diff(DateTime.fromISO(from.day), "days").days);
    if (days === 0) return "the same day";
    if (days === 1) return "the next day";
    if (days === -1) return "the day before";
    return days > 0 ? `${days} days later` : `${-days} days earlier`;
  }
  const millis = DateTime.fromISO(to.instant).toMillis() - DateTime.fromISO(from.instant).toMillis();
  const later = millis >= 0 ? "later" : "earlier";
  const abs = Math.abs(millis);
  if (from.precision === "approximate" || to.precision === "approximate") {
    const hours = Math.round(abs / HOUR);
    if (hours === 0) return "within about an hour";
    return `about ${hours} h ${later}`;
  }
  const minutes = Math.round(abs / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min ${later}`;
  return `${h} h${m ? ` ${m} min` : ""} ${later}`;
}

function whenInDisplayZone(times: IncidentTimes): string {
  if (times.precision === "day") return `${times.local.date}, time not reported`;
  const shown = times.display ?? times.local;
  return `${shown.clock}, ${shown.date}`;
}

export function buildSequence(incidents: readonly SequenceIncident[]): { view: SequenceView; chains: Record<string, IncidentChain> } {
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const ref = (incident: SequenceIncident): StepRef => ({ id: incident.id, number: incident.number, title: incident.title, url: incident.url });

  const parentOf = new Map<string, { parent: SequenceIncident; relation: string }>();
  const alsoAfter = new Map<string, (StepRef & { relation: string })[]>();
  const seeAlso = new Map<string, StepRef[]>(incidents.map((incident) => [incident.id, []]));
  for (const incident of incidents) {
    const earlier = incident.related
      .filter((link) => ORDERING.has(link.relation))
      .map((link) => ({ other: byId.get(link.incident), relation: RELATION_TEXT[link.relation] }))
      .filter((link): link is { other: SequenceIncident; relation: string } => link.other !== undefined && link.other.number < incident.number)
      .sort((a, b) => b.other.number - a.other.number);
    if (earlier.length > 0) {
      parentOf.set(incident.id, { parent: earlier[0].other, relation: earlier[0].relation });
      alsoAfter.set(incident.id, earlier.slice(1).map((link) => ({ ...ref(link.other), relation: link.relation })));
    }
    for (const link of incident.related) {
      const other = byId.get(link.incident);
      if (!other) continue;
      if (link.relation === "see-also") {
        addOnce(seeAlso.get(incident.id)!, ref(other));
        addOnce(seeAlso.get(other.id)!, ref(incident));
      } else if (other.number > incident.number) {
        // A link to a later incident cannot hang in the tree; it is still shown.
        (alsoAfter.get(incident.id) ?? alsoAfter.set(incident.id, []).get(incident.id)!).push({ ...ref(other), relation: RELATION_TEXT[link.relation] });
      }
    }
  }
  for (const list of seeAlso.values()) list.sort((a, b) => a.number - b.number);

  const steps = new Map<string, SequenceStep>();
  const ordered = [...incidents].sort((a, b) => a.number - b.number);
  for (const incident of ordered) {
    const parent = parentOf.get(incident.id);
    steps.set(incident.id, {
      ...ref(incident),
      kind: incident.kind,
      disputed: incident.disputed,
      when: whenInDisplayZone(incident.times),
      relation: parent?.relation,
      parent: parent ? ref(parent.parent) : undefined,
      gap: parent ? gapText(parent.parent, incident) : undefined,
      alsoAfter: alsoAfter.get(incident.id) ?? [],
      seeAlso: seeAlso.get(incident.id)!,
      children: [],
    });
  }
  for (const incident of ordered) {
    const parent = parentOf.get(incident.id);
    if (parent) steps.get(parent.parent.id)!.children.push(steps.get(incident.id)!);
  }
  const roots = ordered.filter((incident) => !parentOf.has(incident.id)).map((incident) => steps.get(incident.id)!);

  const chains: Record<string, IncidentChain> = {};
  for (const incident of ordered) {
    const before: SequenceStep[] = [];
    for (let up = parentOf.get(incident.id); up; up = parentOf.get(up.parent.id)) before.unshift(steps.get(up.parent.id)!);
    const self = steps.get(incident.id)!;
    chains[incident.id] = { before, after: self.children, self };
  }
  return {
    view: { chains: roots.filter((root) => root.children.length > 0), unlinked: roots.filter((root) => root.children.length === 0) },
    chains,
  };
}

function addOnce(list: StepRef[], item: StepRef): void {
  if (!list.some((known) => known.id === item.id)) list.push(item);
}
