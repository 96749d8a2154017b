/**
 * Answers kept between builds of one process (the dev server rebuilds after every save), for
 * pure work whose inputs rarely change: a date's long form, a name's slug, a page's chart. A
 * production build runs each once, so this only spares the dev server the same work again.
 */

/** Keeps at most this many answers per cache; past it the cache starts again (an archive larger than this is not the common case). */
const LIMIT = 50_000;

export function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as T;
  if (cache.size >= LIMIT) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

/** `work`, answering each argument from its cache after the first time. `work` must be pure. */
export function remembering<T>(work: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => remember(cache, key, () => work(key));
}
