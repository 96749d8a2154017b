/**
 * The site plugin: validates the content folder before anything renders, hands templates the
 * ordered data, and adds the pages, filters, Markdown library and stylesheet.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { loadContent } from "../notes/load-content.ts";
import { ContentError } from "../notes/problems.ts";
import { createMarkdown } from "./markdown.ts";
import { pageTitle } from "./page-title.ts";
import { plural } from "./plural.ts";
import { VIRTUAL_PAGES } from "./pages.ts";
import { buildSiteData, type SiteData } from "./site-data.ts";
import { VIEW_FILTERS } from "../views/filters.ts";
import { exportsPlugin } from "../exports/plugin.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, "templates");

// Eleventy's config type is loose JavaScript; the plugin names only what it uses.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTemplate(path: string, content: string, data: Record<string, unknown>): void;
  addPassthroughCopy(mapping: Record<string, string>): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addWatchTarget(target: string): void;
  setLibrary(name: string, library: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  on(event: string, handler: (args: { directories: { input: string; output: string }; runMode: string; outputMode: string }) => unknown): void;
}

export function briefingSitePlugin(eleventyConfig: EleventyConfig): void {
  const markdown = createMarkdown();
  let siteData: SiteData | undefined;

  // Validate everything first: an invalid note fails the build before a single page is written.
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }) => {
    siteData = undefined;
    const { content, problems } = await loadContent(directories.input);
    if (problems.length > 0) throw new ContentError(problems);
    siteData = buildSiteData(content, { includeDrafts: runMode !== "build" });
  });
  eleventyConfig.addGlobalData("briefing", () => siteData);

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("pageTitle", pageTitle);
  eleventyConfig.addFilter("plural", plural);
  eleventyConfig.addFilter("renderMarkdown", (body: string) => markdown.render(body));
  // A source's text is shown verbatim, as paragraphs: reports are plain text, not Markdown.
  eleventyConfig.addFilter("paragraphs", (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));

  for (const [name, filter] of Object.entries(VIEW_FILTERS)) eleventyConfig.addFilter(name, filter);

  for (const page of VIRTUAL_PAGES) eleventyConfig.addTemplate(page.path, page.content ?? "", page.data);
  eleventyConfig.addPassthroughCopy({ [path.join(TEMPLATES_DIR, "assets")]: "assets" });
  eleventyConfig.addWatchTarget(TEMPLATES_DIR);
  // Rewrites root-relative URLs in the HTML for a site served under a sub-path (--pathprefix).
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // The data files, the Atom feed and the sitemap; SITE_URL makes their addresses absolute.
  eleventyConfig.addPlugin(exportsPlugin);
}
