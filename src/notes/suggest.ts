import { closest, distance } from "fastest-levenshtein";

/** The known word nearest to a typo, if it is near enough to be what was meant. */
export function nearest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(word, [...known]);
  return distance(word, best) <= nearEnough(word) ? best : undefined;
}

const nearEnough = (word: string) => Math.max(2, Math.floor(word.length / 3));

// Ids are long (2023-03-24-us-officials-evening-attacks): an author often types only their start.
const MIN_PREFIX = 3;
const MAX_SUGGESTIONS = 3;

/**
 * Up to three known words the author may have meant, best first: near misses (fewest edits), then
 * words that start with what was typed, or with a near miss of it (shortest first).
 */
export function suggestions(word: string, known: readonly string[]): string[] {
  if (word.length === 0) return [];
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of known) {
    if (candidate === word) continue;
    const edits = distance(word, candidate);
    if (edits <= nearEnough(word)) scored.push({ candidate, score: edits });
    else if (word.length >= MIN_PREFIX && candidate.length > word.length) {
      // A start one letter shorter or longer too: a dropped or doubled letter shifts the rest.
      const startEdits = candidate.startsWith(word)
        ? 0
        : word.length >= 6
          ? Math.min(...[-1, 0, 1].map((shift) => distance(word, candidate.slice(0, word.length + shift))))
          : Infinity;
      if (startEdits <= 1) scored.push({ candidate, score: 100 + startEdits * 1000 + candidate.length });
    }
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ candidate }) => candidate);
}

export function didYouMean(word: string, known: readonly string[]): string {
  const found = suggestions(word, known).map((candidate) => `"${candidate}"`);
  if (found.length === 0) return "";
  const listed = found.length === 1 ? found[0] : `${found.slice(0, -1).join(", ")} or ${found.at(-1)}`;
  return ` (did you mean ${listed}?)`;
}
