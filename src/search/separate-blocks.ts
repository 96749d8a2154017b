/**
 * Pagefind reads text across element boundaries as it stands in the HTML, so `<dt>Publisher</dt><dd>US
 * Department of Defense</dd>` is indexed (and shown in excerpts) as "PublisherUS Department of
 * Defense". A space after each block element's end tag that a tag follows directly keeps the words
 * apart. Applied only to what Pagefind is sent, never to the page: between inline-displayed items
 * (a list shown as "a, b") a space would show.
 */
const BLOCK_END = /(<\/(?:address|article|aside|blockquote|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|td|th|tr|ul)>|<br\s*\/?>)(?=<)/gi;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, "$1 ");
}
