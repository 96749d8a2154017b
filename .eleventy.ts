/**
 * Eleventy config: the input is an empty folder (src/site/eleventy-input), the content folder is
 * data read by src/notes, templates/ holds every page's look, src/ how it behaves. Build with
 * `npm run build`; see README.md.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchPlugin } from "./src/search/plugin.ts";
import { briefingSitePlugin, ELEVENTY_INPUT, TEMPLATES_DIR, type EleventyConfig } from "./src/site/plugin.ts";

export default function briefingConfig(eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(briefingSitePlugin);
  eleventyConfig.addPlugin(searchPlugin);
  // Notes are read and validated by src/notes, never rendered as templates of their own.
  eleventyConfig.setTemplateFormats(["njk"]);
  return {
    dir: {
      // Eleventy's input is always ELEVENTY_INPUT (src/cli/run-eleventy.ts); includes are relative to it.
      input: path.relative(process.cwd(), ELEVENTY_INPUT) || ".",
      includes: path.relative(ELEVENTY_INPUT, TEMPLATES_DIR),
    },
  };
}
export type { EleventyConfig };
