/**
 * Folds away the differences of a script that writers leave out or vary without changing the word,
 * so that a quote typed without them matches a source text that has them (docs/sources-in-other-languages.md).
 *
 * Arabic: short-vowel and other marks (harakat U+064B–U+065F, the superscript alef U+0670), the
 * tatweel that only stretches a line (U+0640), the hamza- and madda-carrying alefs and alef wasla
 * (أ إ آ ٱ → ا), and the final alef maqsura written for ya (ى → ي: Egyptian and much web text write
 * one for the other). Ta marbuta (ة) is NOT folded to ha (ه): they are different words (a noun's
 * feminine ending against a pronoun), and a quote that confuses them misquotes.
 * Persian and Urdu forms of kaf and ya (ک ی) are folded to the Arabic ones, which keyboards mix.
 */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_LETTERS: Record<string, string> = {
  "\u0623": "\u0627", // أ alef with hamza above
  "\u0625": "\u0627", // إ alef with hamza below
  "\u0622": "\u0627", // آ alef with madda
  "\u0671": "\u0627", // ٱ alef wasla
  "\u0649": "\u064A", // ى alef maqsura → ي ya
  "\u06CC": "\u064A", // ی Farsi ya → ي
  "\u06A9": "\u0643", // ک keheh → ك kaf
};
const ARABIC_LETTER = new RegExp(`[${Object.keys(ARABIC_LETTERS).join("")}]`, "g");

/** The text with its script's optional marks and variant letters folded (see above); other scripts unchanged. */
export function foldScript(text: string): string {
  // Fast path: most texts have no Arabic at all.
  if (!/[\u0600-\u06FF]/.test(text)) return text;
  return text.replace(ARABIC_MARKS, "").replace(ARABIC_LETTER, (letter) => ARABIC_LETTERS[letter]);
}
