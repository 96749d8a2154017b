/**
 * A list spread over pages at stable URLs, so that a page drawn from the whole archive (the
 * disputes, the sequence) stays light however large the archive grows: `/disputes/`, then
 * `/disputes/2/`, … Pure.
 */

export interface PagedList<T> {
  url: string;
  /** 1-based */
  page: number;
  pages: number;
  items: T[];
  previous?: string;
  next?: string;
}

/**
 * Pages of the given groups of items; always at least one page, empty when there is nothing.
 * Pages after the first are at `${laterBase}${n}/` (by default under the first page's URL).
 */
export function pagedList<T>(baseUrl: string, groups: readonly (readonly T[])[], laterBase = baseUrl): PagedList<T>[] {
  const pages = groups.length > 0 ? groups : [[]];
  const urlOf = (page: number) => (page === 1 ? baseUrl : `${laterBase}${page}/`);
  return pages.map((items, index) => ({
    url: urlOf(index + 1),
    page: index + 1,
    pages: pages.length,
    items: [...items],
    previous: index > 0 ? urlOf(index) : undefined,
    next: index < pages.length - 1 ? urlOf(index + 2) : undefined,
  }));
}

/** Consecutive groups of at most `size` items. */
export function inGroupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}

/**
 * Consecutive groups whose weights add up to at most `budget`, in order; an item heavier than the
 * budget has a group of its own (it is never split).
 */
export function inGroupsWeighing<T>(items: readonly T[], budget: number, weightOf: (item: T) => number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let weight = 0;
  for (const item of items) {
    const itemWeight = weightOf(item);
    if (current.length > 0 && weight + itemWeight > budget) {
      groups.push(current);
      current = [];
      weight = 0;
    }
    current.push(item);
    weight += itemWeight;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
