/**
 * Folding of what Pagefind is sent, for the letters its own folding leaves apart. Pagefind
 * decomposes words (Unicode NFD) and drops the combining marks, which already makes a search without
 * harakat find a text with them, and the hamza and madda alefs (أ إ آ) find the bare one. The
 * tatweel (U+0640) is a letter of its own to it, so "القتـلى" (stretched for the line) was a word
 * that "القتلى" never finds; it only stretches a line, so dropping it changes no word nor excerpt.
 * search.js drops it from the query too. Letters that differ on the page (ى / ي) are not folded:
 * a result's excerpt shows the source's own letters.
 */
const TATWEEL = /\u0640/g;

export function foldForSearch(html: string): string {
  return html.includes("\u0640") ? html.replace(TATWEEL, "") : html;
}
