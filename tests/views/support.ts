/** Shared by the view tests: the site data of a content folder, as the build computes it. */
import assert from "node:assert/strict";
import { loadContent } from "../../src/notes/load-content.ts";
import { buildSiteData, type SiteData } from "../../src/site/site-data.ts";

export async function siteDataOf(dir: string): Promise<SiteData> {
  const { content, problems } = await loadContent(dir);
  assert.deepEqual(problems, []);
  return buildSiteData(content, { includeDrafts: false });
}

/** Attribute values of every element opened with `open` in `html`, e.g. all data-incident of `<a`. */
export function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\b${attribute}="([^"]*)"`, "g"))].map((match) => match[1]);
}

/** The SVG element(s) with `class` in a page. */
export function svgsOf(html: string, className: string): string[] {
  return [...html.matchAll(new RegExp(`<svg class="${className}[" ][\\s\\S]*?</svg>`, "g"))].map((match) => match[0]);
}
