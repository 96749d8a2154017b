/**
 * Addresses in exports. HTML pages get the path prefix from Eleventy's base plugin; files built
 * here (JSON, CSV, XML) must add it themselves. With a site address (SITE_URL) they are absolute,
 * as feeds and sitemaps want; without one they are root-relative, prefix included.
 */

export interface SiteUrls {
  /** The address of a site path such as "/incidents/x/". */
  to(path: string): string;
  /** Whether addresses are absolute (a site address was given). */
  absolute: boolean;
}

export interface UrlOptions {
  /** Eleventy's path prefix, e.g. "/" or "/briefing/". */
  pathPrefix?: string;
  /** Where the site is served, e.g. "https://example.org/" or "https://example.github.io/briefing/". */
  siteUrl?: string;
}

export function normalisePrefix(prefix = "/"): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function siteUrls(options: UrlOptions = {}): SiteUrls {
  const prefix = normalisePrefix(options.pathPrefix);
  const rooted = (path: string) => `${prefix}${path.replace(/^\/+/, "")}`;
  if (!options.siteUrl) return { to: rooted, absolute: false };
  const base = new URL(options.siteUrl);
  if (base.protocol !== "http:" && base.protocol !== "https:") throw new Error(`SITE_URL is "${options.siteUrl}"; expected an http:// or https:// address`);
  const basePath = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  // NOTE: a site address that already ends with the prefix (…/briefing/) does not get it twice.
  const root = basePath.endsWith(prefix) ? basePath : `${basePath.replace(/\/$/, "")}${prefix}`;
  return { to: (path: string) => new URL(`${root}${path.replace(/^\/+/, "")}`, base.origin).href, absolute: true };
}
