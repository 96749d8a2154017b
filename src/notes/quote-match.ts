import { foldScript } from "./script-folding.ts";

/**
 * Quotes are checked against their source's text. Reports differ from a note only in typography
 * (curly or straight quotes, dashes, line breaks) and, in some scripts, in marks a writer may leave
 * out (Arabic harakat: script-folding.ts), so both sides are normalised before comparing.
 */
export function normaliseForQuote(text: string): string {
  return foldScript(text.normalize("NFKC"))
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

export function quoteOccursIn(quote: string, sourceText: string): boolean {
  return normaliseForQuote(sourceText).includes(normaliseForQuote(quote));
}

const wordSegmenter = new Intl.Segmenter("und", { granularity: "word" });

/** A source text prepared for quotes: normalised, with the offsets where its words start and end (Unicode word boundaries). */
export interface QuotableText {
  text: string;
  boundaries: Set<number>;
}

export function quotableText(sourceText: string): QuotableText {
  const text = normaliseForQuote(sourceText);
  const boundaries = new Set<number>([0, text.length]);
  for (const segment of wordSegmenter.segment(text)) {
    boundaries.add(segment.index);
    boundaries.add(segment.index + segment.segment.length);
  }
  return { text, boundaries };
}

/** Why a quote identifies no passage on its own ("expected …"), or undefined: at least two words or four letters. */
// NOTE: both checks below are pure, and the dev server checks every quote again after each save:
// answers are kept (a source's prepared text is the same object while its file is unchanged).
const shortAnswers = new Map<string, string | undefined>();
const foundAnswers = new WeakMap<QuotableText, Map<string, "found" | "inside-words" | "absent">>();

export function quoteTooShort(quote: string): string | undefined {
  if (shortAnswers.has(quote)) return shortAnswers.get(quote);
  if (shortAnswers.size > 100_000) shortAnswers.clear();
  const answer = quoteTooShortOf(quote);
  shortAnswers.set(quote, answer);
  return answer;
}

function quoteTooShortOf(quote: string): string | undefined {
  const normalised = normaliseForQuote(quote);
  const words = [...wordSegmenter.segment(normalised)].filter((segment) => segment.isWordLike).length;
  const letters = normalised.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return words >= 2 || letters >= 4 ? undefined : "expected at least two words or four letters, so that the quote identifies a passage";
}

/** Where a quote stands in a source: on word boundaries, only inside words (`"even rock"` in "seven rockets"), or not at all. */
export function findQuote(source: QuotableText, quote: string): "found" | "inside-words" | "absent" {
  let answers = foundAnswers.get(source);
  if (!answers) foundAnswers.set(source, (answers = new Map()));
  let answer = answers.get(quote);
  if (answer === undefined) answers.set(quote, (answer = findQuoteIn(source, quote)));
  return answer;
}

function findQuoteIn(source: QuotableText, quote: string): "found" | "inside-words" | "absent" {
  const wanted = normaliseForQuote(quote);
  let from = source.text.indexOf(wanted);
  if (from < 0) return "absent";
  while (from >= 0) {
    if (source.boundaries.has(from) && source.boundaries.has(from + wanted.length)) return "found";
    from = source.text.indexOf(wanted, from + 1);
  }
  return "inside-words";
}
