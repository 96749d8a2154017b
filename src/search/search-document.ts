/**
 * The part of a rendered page that Pagefind reads, sent instead of the whole page: Pagefind parses
 * every byte it is given, and at 10,000 notes the site chrome and the inline SVG maps (about half of
 * an incident page) cost it seconds and memory while adding nothing to the index.
 *
 * Kept: the <html> start tag (language), the <head> (title), and the element marked
 * data-pagefind-body, minus the elements it marks data-pagefind-ignore that hold no
 * data-pagefind-* attribute (filters, meta and sort values inside an ignored element still count).
 *
 * NOTE: this reads our own templates' output, where every note value is escaped, so a "<" in the
 * markup always starts a tag. Anything unexpected returns the page unchanged.
 */

const BODY_MARK = "data-pagefind-body";
const IGNORE_MARK = "data-pagefind-ignore";

/** The end (exclusive) of the element whose start tag begins at `start`, counting nested tags of the same name. */
function elementEnd(html: string, start: number): number | undefined {
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 40))?.[1];
  if (!name) return undefined;
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth--;
    else if (!match[0].endsWith("/>")) depth++;
    if (depth === 0) return tags.lastIndex;
  }
  return undefined;
}

/** The start of the tag that holds the attribute found at `at`, or -1 when `at` is in text, not in a tag. */
function tagStart(html: string, at: number): number {
  const start = html.lastIndexOf("<", at);
  return start !== -1 && html.indexOf(">", start) > at ? start : -1;
}

/** Drops, inside `body`, each ignored element that carries no Pagefind data. */
function withoutIgnoredElements(body: string): string {
  let result = "";
  let from = 0;
  for (let at = body.indexOf(IGNORE_MARK, from); at !== -1; at = body.indexOf(IGNORE_MARK, from)) {
    const start = tagStart(body, at);
    const end = start >= from ? elementEnd(body, start) : undefined;
    if (end === undefined) {
      // Not a tag we can bound (or inside one already kept): keep the text up to the mark and go on.
      result += body.slice(from, at + IGNORE_MARK.length);
      from = at + IGNORE_MARK.length;
      continue;
    }
    const element = body.slice(start, end);
    const carriesData = /data-pagefind-(filter|meta|sort)/.test(element);
    result += body.slice(from, start) + (carriesData ? element : "");
    from = end;
  }
  return result + body.slice(from);
}

export function searchDocument(html: string): string {
  const mark = html.indexOf(BODY_MARK);
  const start = mark === -1 ? -1 : tagStart(html, mark);
  if (start === -1) return html;
  const end = elementEnd(html, start);
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const headEnd = html.search(/<\/head>/i);
  if (end === undefined || !htmlTag || headEnd === -1 || headEnd > start) return html;
  const head = html.slice(htmlTag.index + htmlTag[0].length, headEnd);
  return `<!DOCTYPE html>${htmlTag[0]}${head}</head><body>${withoutIgnoredElements(html.slice(start, end))}</body></html>`;
}
