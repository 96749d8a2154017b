/**
 * Quotes are checked against their source's text. Reports differ from a note only in typography
 * (curly or straight quotes, dashes, line breaks), so both sides are normalised before comparing.
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize("NFKC")
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
