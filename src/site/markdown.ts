/**
 * The Markdown renderer for note bodies. Notes are untrusted: raw HTML is shown as text, and only
 * web, mail and in-site links survive (no javascript:, data:, vbscript: or file: URLs), and no
 * image is ever loaded from anywhere.
 */
import MarkdownIt from "markdown-it";

const SAFE_LINK = /^(https?:|mailto:|\/|#|\.{0,2}\/|[^:]*$)/i;

export function isSafeLink(url: string): boolean {
  // Browsers ignore tabs, newlines and leading control characters in a scheme, so check without them.
  const compact = url.replace(/[\u0000-\u0020\u007F]+/g, "");
  return SAFE_LINK.test(compact);
}

export function createMarkdown() {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
  markdown.validateLink = (url) => isSafeLink(url);
  const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet("href") ?? "");
    if (/^(https?:)?\/\//i.test(href)) tokens[idx].attrSet("rel", "noopener noreferrer external");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  // The check refuses images in a note's text (src/notes/note-body.ts); should one reach the renderer, it
  // shows as its description, never as a request to wherever it points (a page or a feed reader).
  markdown.renderer.rules.image = (tokens, idx, options, env, self) => markdown.utils.escapeHtml(self.renderInlineAsText(tokens[idx].children ?? [], options, env));
  return markdown;
}
