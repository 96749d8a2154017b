import { closest, distance } from "fastest-levenshtein";

/** The known word nearest to a typo, if it is near enough to be what was meant. */
export function nearest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(word, [...known]);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function didYouMean(word: string, known: readonly string[]): string {
  const best = nearest(word, known);
  return best ? ` (did you mean "${best}"?)` : "";
}
