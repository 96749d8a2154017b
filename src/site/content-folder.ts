/**
 * Which content folder a build reads. Eleventy's own input is an empty folder of this project
 * (src/site/eleventy-input), so that nothing in the content folder is treated as a template or a
 * data file; the content folder travels on the Eleventy config instead.
 */
import path from "node:path";

const KEY = Symbol.for("incident-briefing.contentFolder");

type Carrier = object & { [KEY]?: string };

/** Records the content folder on an Eleventy config object (before the config file runs). */
export function setContentFolder(eleventyConfig: object, contentDir: string): void {
  (eleventyConfig as Carrier)[KEY] = path.resolve(contentDir);
}

/** The content folder recorded on an Eleventy config; `content` in the working directory when Eleventy was started some other way. */
export function contentFolderOf(eleventyConfig: object): string {
  return (eleventyConfig as Carrier)[KEY] ?? path.resolve("content");
}
