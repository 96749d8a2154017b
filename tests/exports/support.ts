/** Builds a content folder in memory with a path prefix and a site address, for the export tests. */
import { tmpdir } from "node:os";
import path from "node:path";
import { createEleventy } from "../../src/cli/run-eleventy.ts";
import type { BuiltPage } from "../helpers/build.ts";

export async function renderWith(contentDir: string, options: { pathPrefix?: string; siteUrl?: string } = {}): Promise<Map<string, string>> {
  const saved = process.env.SITE_URL;
  if (options.siteUrl) process.env.SITE_URL = options.siteUrl;
  else delete process.env.SITE_URL;
  try {
    const eleventy = createEleventy({ content: contentDir, output: path.join(tmpdir(), "unused-output"), pathPrefix: options.pathPrefix });
    const pages = (await eleventy.toJSON()) as unknown as BuiltPage[];
    return new Map(pages.filter((page) => page.url).map((page) => [page.url, page.content]));
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
}
