/**
 * The timeline in pages: one page per calendar month (of the timeline's days), split into parts
 * when a month holds more than `pageSize` incidents, so that no page grows with the archive.
 * URLs are stable: /timeline/2023-03/, then /timeline/2023-03/2/ for a second part. Pure.
 */
import { DateTime } from "luxon";
import type { DayGroup } from "./group-by-day.ts";

export interface TimelinePageRef {
  url: string;
  label: string;
}

export interface TimelinePage<T> extends TimelinePageRef {
  /** YYYY-MM */
  month: string;
  /** 1-based part of the month; most months have one. */
  part: number;
  parts: number;
  /** Whole days, except a day with more incidents than a page holds, which continues on the next part. */
  days: DayGroup<T>[];
  incidents: T[];
  previous?: TimelinePageRef;
  next?: TimelinePageRef;
}

export interface TimelineMonth {
  month: string;
  /** "March 2023" */
  label: string;
  url: string;
  incidents: number;
  parts: number;
}

export const timelineMonthUrl = (month: string, part = 1) => `/timeline/${month}/${part > 1 ? `${part}/` : ""}`;
export const monthLabel = (month: string) => DateTime.fromISO(`${month}-01`, { zone: "UTC" }).setLocale("en-GB").toFormat("LLLL yyyy");

/** Splits one month's days into parts of at most `pageSize` incidents, keeping days whole where they fit. */
function splitMonth<T>(days: readonly DayGroup<T>[], pageSize: number): DayGroup<T>[][] {
  const parts: DayGroup<T>[][] = [[]];
  let count = 0;
  const newPart = () => {
    parts.push([]);
    count = 0;
  };
  for (const group of days) {
    let rest = group.incidents;
    // A day that would not fit in what is left of this part, but fits on a page of its own, starts the next part whole.
    if (count > 0 && rest.length > pageSize - count && rest.length <= pageSize) newPart();
    while (rest.length > 0) {
      if (count === pageSize) newPart();
      const take = Math.min(rest.length, pageSize - count);
      parts.at(-1)!.push({ day: group.day, incidents: rest.slice(0, take) });
      count += take;
      rest = rest.slice(take);
    }
  }
  return parts.filter((part) => part.length > 0);
}

export function paginateTimeline<T>(days: readonly DayGroup<T>[], pageSize: number): { pages: TimelinePage<T>[]; months: TimelineMonth[] } {
  const byMonth = new Map<string, DayGroup<T>[]>();
  for (const group of days) {
    const month = group.day.slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, []);
    byMonth.get(month)!.push(group);
  }
  const pages: TimelinePage<T>[] = [];
  const months: TimelineMonth[] = [];
  for (const [month, monthDays] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = splitMonth(monthDays, pageSize);
    const label = monthLabel(month);
    months.push({ month, label, url: timelineMonthUrl(month), incidents: monthDays.reduce((sum, group) => sum + group.incidents.length, 0), parts: parts.length });
    parts.forEach((partDays, index) => {
      pages.push({
        month,
        part: index + 1,
        parts: parts.length,
        url: timelineMonthUrl(month, index + 1),
        label: parts.length > 1 ? `${label}, part ${index + 1} of ${parts.length}` : label,
        days: partDays,
        incidents: partDays.flatMap((group) => group.incidents),
      });
    });
  }
  pages.forEach((page, index) => {
    const ref = (other: TimelinePage<T> | undefined) => (other ? { url: other.url, label: other.label } : undefined);
    page.previous = ref(pages[index - 1]);
    page.next = ref(pages[index + 1]);
  });
  return { pages, months };
}
