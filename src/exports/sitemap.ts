/**
 * /sitemap.xml (sitemaps.org 0.9): every HTML page the build writes, from Eleventy's own URL map,
 * so that pages added later are listed without a change here. The protocol wants absolute
 * addresses: set SITE_URL for them; without it the addresses are root-relative.
 */
import { escapeXml } from "./escape.ts";
import type { SiteUrls } from "./site-urls.ts";

/** The page URLs worth listing: directory-style HTML pages, not the 404 page, data files or assets. */
export function sitemapUrls(allUrls: Iterable<string>): string[] {
  return [...new Set(allUrls)].filter((url) => url.endsWith("/")).sort((a, b) => (a === "/" ? -1 : b === "/" ? 1 : a.localeCompare(b)));
}

export function sitemapXml(pageUrls: readonly string[], urls: SiteUrls): string {
  const entries = pageUrls.map((url) => `  <url><loc>${escapeXml(urls.to(url))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`;
}
