/**
 * Eleventy config: the content folder is the input (notes and data only), templates/ holds every
 * page's look, src/ how it behaves. Build with `npm run build`; see README.md.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { searchPlugin } from "./src/search/plugin.ts";
import { briefingSitePlugin, TEMPLATES_DIR, type EleventyConfig } from "./src/site/plugin.ts";

export default function briefingConfig(eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(briefingSitePlugin);
  eleventyConfig.addPlugin(searchPlugin);
  // Notes are read and validated by src/notes, never rendered as templates of their own.
  eleventyConfig.setTemplateFormats(["njk"]);
  // NOTE: includes are relative to the input folder, which `--content` may move anywhere.
  const input = path.resolve((eleventyConfig.directories as { input?: string }).input ?? "content");
  return {
    dir: {
      includes: path.relative(input, TEMPLATES_DIR),
    },
  };
}
export type { EleventyConfig };
