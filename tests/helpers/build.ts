/** Real Eleventy builds of content folders for tests: in memory (toJSON) or to a temporary folder. */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createEleventy } from "../../src/cli/run-eleventy.ts";
import { buildSite } from "../../src/cli/build/build-site.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SHIPPED_CONTENT = path.join(ROOT, "content");
export const fixture = (name: string) => path.join(ROOT, "tests/fixtures", name);

export interface BuiltPage {
  url: string;
  content: string;
}

/** Renders a content folder in memory; returns pages by URL. Runs the same validation as a build. */
export async function renderPages(contentDir: string, runMode: "build" | "serve" = "build"): Promise<Map<string, string>> {
  const eleventy = createEleventy({ content: contentDir, output: path.join(tmpdir(), "unused-output"), runMode });
  const pages = (await eleventy.toJSON()) as unknown as BuiltPage[];
  return new Map(pages.filter((page) => page.url).map((page) => [page.url, page.content]));
}

/** Builds a content folder to disk exactly as `npm run build` does; returns the output folder. */
export async function buildToTemp(contentDir: string, options: { pathPrefix?: string; output?: string } = {}): Promise<string> {
  const output = options.output ?? path.join(await mkdtemp(path.join(tmpdir(), "briefing-site-")), "_site");
  await buildSite({ content: contentDir, output, pathPrefix: options.pathPrefix });
  return output;
}

export const readPage = (output: string, urlPath: string) =>
  readFile(path.join(output, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath), "utf8");
