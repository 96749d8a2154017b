/**
 * The actors and tags of the notes as pages of their own: each name gets one address, spellings
 * that differ only in case, accents or punctuation ("IRGC", "irgc") share it. Pure.
 */
import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { remembering } from "./remember.ts";

export interface NamedGroup<T> {
  /** The spelling most notes use (the first seen among equals). */
  name: string;
  /** The other spellings that share its address, if any. */
  variants: string[];
  url: string;
  items: T[];
}

/** A URL-safe segment for a name; a name with nothing to transliterate gets a short hash of itself. */
export const nameSlug: (name: string) => string = remembering((name) => {
  const slug = slugify(name, { decamelize: false });
  return slug || `name-${createHash("sha1").update(name).digest("hex").slice(0, 8)}`;
});

/** Groups items by the names `namesOf` gives (an item under each of its names, once), ordered by name. */
export function groupByName<T>(items: readonly T[], namesOf: (item: T) => readonly string[], base: string): NamedGroup<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; items: T[] }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const name of namesOf(item)) {
      const slug = nameSlug(name);
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { spellings: new Map(), items: [] }));
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) group.items.push(item);
      seen.add(slug);
    }
  }
  return [...groups]
    .map(([slug, group]) => {
      // Map order is first-seen order, so among equally common spellings the first seen wins.
      const [name, ...variants] = [...group.spellings].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
      return { name, variants, url: `${base}${slug}/`, items: group.items };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.url.localeCompare(b.url));
}
