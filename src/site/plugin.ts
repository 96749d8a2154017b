/**
 * The site plugin: validates the content folder before anything renders, hands templates the
 * ordered data, and adds the pages, filters, Markdown library and stylesheet.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { loadContent, takeHandedOverNotes, type NoteCache } from "../notes/load-content.ts";
import { ContentError } from "../notes/problems.ts";
import { contentFolderOf } from "./content-folder.ts";
import { compactHtml } from "./compact-html.ts";
import { createMarkdown } from "./markdown.ts";
import { minifyCss } from "./minify-css.ts";
import { pageTitle } from "./page-title.ts";
import { plural } from "./plural.ts";
import { languageName } from "./language-name.ts";
import { virtualPages } from "./pages.ts";
import { buildPlannerOf } from "./build-planner.ts";
import { ACTORS_URL, buildSiteData, TAGS_URL, type SiteData } from "./site-data.ts";
import { nameSlug } from "./named-groups.ts";
import { writeMedia } from "./media-output.ts";
import { VIEW_FILTERS } from "../views/filters.ts";
import { exportsPlugin } from "../exports/plugin.ts";
import { socialPlugin } from "../social/plugin.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, "templates");
/** Eleventy's input: empty, so that only the virtual pages of src/site/pages.ts are rendered. */
export const ELEVENTY_INPUT = path.join(PROJECT_ROOT, "src/site/eleventy-input");

// Eleventy's config type is loose JavaScript; the plugin names only what it uses.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTemplate(path: string, content: string, data: Record<string, unknown>): void;
  addTransform(name: string, transform: (this: { page: { url: string; outputPath: string | false } }, content: string) => string | Promise<string>): void;
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

  // Which notes a build reads again and which pages it writes: all of them, unless a preview plans otherwise (src/preview).
  const planner = buildPlannerOf(eleventyConfig);

  // Validate everything first: an invalid note fails the build before a single page is written.
  const contentDir = contentFolderOf(eleventyConfig);
  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    siteData = undefined;
    const { content, problems } = await loadContent(contentDir, {
      // A production build has just checked the folder (src/cli/build) and hands its reads over.
      cache: planner?.noteCache ?? takeHandedOverNotes(contentDir),
    });
    if (problems.length > 0) throw new ContentError(problems);
    siteData = buildSiteData(content, { includeDrafts: runMode !== "build" });
    planner?.plan(siteData);
  });
  // The images the notes show, under their published names.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (siteData) await writeMedia(directories.output, siteData.incidents.flatMap((incident) => incident.images.map((entry) => entry.image)));
  });
  // NOTE: frozen at the top, so Eleventy hands templates this object instead of deep-copying it for each of them.
  eleventyConfig.addGlobalData("briefing", () => siteData && Object.freeze(siteData));

  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("pageTitle", pageTitle);
  eleventyConfig.addFilter("plural", plural);
  eleventyConfig.addFilter("languageName", languageName);
  // An actor's or tag's page, from the name as a note gives it (named-groups.ts).
  eleventyConfig.addFilter("actorUrl", (name: string) => `${ACTORS_URL}${nameSlug(name)}/`);
  eleventyConfig.addFilter("tagUrl", (name: string) => `${TAGS_URL}${nameSlug(name)}/`);
  eleventyConfig.addFilter("renderMarkdown", (body: string) => markdown.render(body));
  // A source's text is shown verbatim, as paragraphs: reports are plain text, not Markdown.
  eleventyConfig.addFilter("paragraphs", (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));

  for (const [name, filter] of Object.entries(VIEW_FILTERS)) eleventyConfig.addFilter(name, filter);

  for (const page of virtualPages(planner)) eleventyConfig.addTemplate(page.path, page.content ?? "", page.data);
  // Light pages (docs/performance.md): the templates' indentation is not shipped.
  eleventyConfig.addTransform("compactHtml", function (content) {
    const { outputPath } = this.page;
    return typeof outputPath === "string" && outputPath.endsWith(".html") ? compactHtml(content) : content;
  });
  // Stylesheets are served minified (virtual templates reading the file at each build); other assets are copied as they are.
  const assets = path.join(TEMPLATES_DIR, "assets");
  for (const file of readdirSync(assets)) {
    if (file.endsWith(".css")) {
      eleventyConfig.addTemplate(`assets-${file}.njk`, "{{ cssFile | minifiedCss | safe }}", { permalink: `/assets/${file}`, cssFile: path.join(assets, file), eleventyExcludeFromCollections: true });
    } else {
      eleventyConfig.addPassthroughCopy({ [path.join(assets, file)]: `assets/${file}` });
    }
  }
  eleventyConfig.addFilter("minifiedCss", (file: string) => minifyCss(readFileSync(file, "utf8")));
  eleventyConfig.addWatchTarget(TEMPLATES_DIR);
  // Rewrites root-relative URLs in the HTML for a site served under a sub-path (--pathprefix).
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // The data files, the Atom feed and the sitemap; SITE_URL makes their addresses absolute.
  eleventyConfig.addPlugin(exportsPlugin);
  // Open Graph and Twitter tags on every page, and the preview image they name.
  eleventyConfig.addPlugin(socialPlugin, { siteData: () => siteData });
}
