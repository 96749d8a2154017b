/**
 * Chronological order. Timed incidents sort by their instant. An incident known only by its day is
 * placed right after the latest same-day incident it follows or responds to (that is what its note
 * says of its order), otherwise at the start of its day. Equal keys fall back to the id, so the
 * order never depends on file-system order.
 */
import { DateTime } from "luxon";
import type { Incident } from "../notes/content.ts";
import { remembering } from "../site/remember.ts";

interface SortKey {
  millis: number;
  /** How many day-only links lead here: keeps a chain in order when it shares an anchor's instant. */
  depth: number;
}

const ORDERING_RELATIONS = new Set(["follows", "responds-to"]);

// NOTE: luxon's parsing is most of the ordering's time; the dev server orders the same instants after every save.
const instantMillis = remembering((instant) => DateTime.fromISO(instant).toMillis());
const dayStartMillis = remembering((key) => {
  const [zone, day] = key.split(" ");
  return DateTime.fromISO(day, { zone }).toMillis();
});

export function orderIncidents<T extends Incident>(incidents: readonly T[], displayZone: string): T[] {
  return orderWithKeys(incidents, displayZone).map(({ incident }) => incident);
}

/** The order with each incident's effective sort instant (for a day alone, where it was placed). */
export function orderWithKeys<T extends Incident>(incidents: readonly T[], displayZone: string): { incident: T; sortMillis: number }[] {
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const keys = new Map<string, SortKey>();
  const visiting = new Set<string>();

  const keyOf = (incident: Incident): SortKey => {
    const known = keys.get(incident.id);
    if (known) return known;
    if (incident.precision !== "day") {
      const timed = { millis: instantMillis(incident.instant), depth: 0 };
      keys.set(incident.id, timed);
      return timed;
    }
    let key: SortKey = { millis: dayStartMillis(`${displayZone} ${incident.day}`), depth: 0 };
    // NOTE: a cycle of day-only links (a follows b, b follows a) is cut where it closes: there the
    // incident counts as unanchored, at the start of its day, and that key is not kept.
    if (visiting.has(incident.id)) return key;
    visiting.add(incident.id);
    for (const link of incident.related) {
      const anchor = byId.get(link.incident);
      if (!anchor || !ORDERING_RELATIONS.has(link.relation) || anchor.day !== incident.day) continue;
      const anchorKey = keyOf(anchor);
      if (anchorKey.millis > key.millis || (anchorKey.millis === key.millis && anchorKey.depth + 1 > key.depth)) {
        key = { millis: anchorKey.millis, depth: anchorKey.depth + 1 };
      }
    }
    visiting.delete(incident.id);
    keys.set(incident.id, key);
    return key;
  };
  // Keys are worked out in id order, so where a cycle is cut never depends on the order notes were read in.
  for (const incident of [...incidents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) keyOf(incident);

  return [...incidents]
    .sort((a, b) => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      return ka.millis - kb.millis || ka.depth - kb.depth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    })
    .map((incident) => ({ incident, sortMillis: keyOf(incident).millis }));
}
