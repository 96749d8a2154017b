import type { Incident } from "../notes/content.ts";

export interface DayGroup<T> {
  /** YYYY-MM-DD */
  day: string;
  incidents: T[];
}

/** Groups ordered incidents by their listing day, keeping the order. */
export function groupByDay<T extends Pick<Incident, "day">>(ordered: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const incident of ordered) {
    const last = groups.at(-1);
    if (last && last.day === incident.day) last.incidents.push(incident);
    else groups.push({ day: incident.day, incidents: [incident] });
  }
  return groups;
}
