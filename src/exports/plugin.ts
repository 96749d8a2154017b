/**
 * The data files: /data/incidents.json (+ its JSON Schema), /data/incidents.geojson,
 * /data/incidents.csv, /feed.xml (Atom, with @11ty/eleventy-plugin-rss) and /sitemap.xml.
 * Pages are listed in src/site/pages.ts; this registers the filters their one-line templates call.
 */
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { generateJsonSchemas } from "../notes/json-schema.ts";
import type { SiteData } from "../site/site-data.ts";
import { buildPlannerOf } from "../site/build-planner.ts";
import { incidentsCsv } from "./csv.ts";
import { safeJson, xmlChars } from "./escape.ts";
import { feedData } from "./feed.ts";
import { incidentsGeoJson } from "./geojson.ts";
import { incidentsJson } from "./incidents-json.ts";
import { FRONT_MATTER_SCHEMA_FILE, incidentsSchema } from "./incidents-schema.ts";
import { timelineJson } from "./timelinejs.ts";
import { sitemapUrls, sitemapXml } from "./sitemap.ts";
import { siteUrls } from "./site-urls.ts";

interface ExportsConfig {
  pathPrefix?: string;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  on(event: "eleventy.contentMap", handler: (map: { urlToInputPath: Record<string, unknown> }) => void): void;
}

export interface ExportsOptions {
  /** Where the site is served (absolute addresses in the feed and sitemap); default: the SITE_URL environment variable. */
  siteUrl?: string;
}

/** The content contract's front-matter schema, published beside the export that refers to it. */
export function frontMatterSchemaText(): string | undefined {
  return generateJsonSchemas()[FRONT_MATTER_SCHEMA_FILE];
}

export function exportsPlugin(eleventyConfig: ExportsConfig, options: ExportsOptions = {}): void {
  const siteUrl = options.siteUrl ?? (process.env.SITE_URL || undefined);
  // NOTE: read at render time: the path prefix (--pathprefix) is set after plugins are added.
  const urls = () => siteUrls({ pathPrefix: eleventyConfig.pathPrefix, siteUrl });
  let pageUrls: string[] = [];
  const planner = buildPlannerOf(eleventyConfig);

  // The RSS plugin's date filter only: the whole plugin would add Eleventy's HTML base plugin a
  // second time and prefix every link twice under --pathprefix. https://www.11ty.dev/docs/plugins/rss/
  eleventyConfig.addFilter("dateToRfc3339", dateToRfc3339);
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }) => {
    // NOTE: the dev server's quick builds map only the pages they write (src/preview/render-plan.ts): the pages of
    // earlier builds are kept. A production build maps every page.
    // A build of one search shard alone maps its own pages, and lists the other shards' too (src/search/shard-job.ts).
    pageUrls = sitemapUrls([...pageUrls, ...Object.keys(urlToInputPath), ...(planner?.renderedElsewhere?.() ?? [])]);
  });

  eleventyConfig.addFilter("incidentsJson", (data: SiteData) => incidentsJson(data, urls()));
  eleventyConfig.addFilter("incidentsSchemaJson", () => `${safeJson(incidentsSchema({ frontMatter: frontMatterSchemaText() !== undefined }))}\n`);
  eleventyConfig.addFilter("frontMatterSchemaJson", () => frontMatterSchemaText() ?? "{}\n");
  eleventyConfig.addFilter("incidentsGeoJson", (data: SiteData) => incidentsGeoJson(data, urls()));
  eleventyConfig.addFilter("incidentsCsv", (data: SiteData) => incidentsCsv(data));
  eleventyConfig.addFilter("timelineJs", (data: SiteData) => timelineJson(data, urls()));
  eleventyConfig.addFilter("feedData", (data: SiteData) => feedData(data, urls()));
  eleventyConfig.addFilter("sitemapXml", () => sitemapXml(pageUrls, urls()));
  // Drops what XML 1.0 forbids; autoescape then escapes the rest.
  eleventyConfig.addFilter("xmlText", (text: string) => xmlChars(String(text ?? "")));
}
