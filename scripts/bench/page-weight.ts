/** How heavy the pages of a built site are: the figures the performance targets are stated in. */
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { timelinePages } from "./dev-loop.ts";

export interface PageWeights {
  htmlPages: number;
  /** `/`: its HTML plus every stylesheet it links. */
  homeWithCss: number;
  largestTimelinePage: { page: string; bytes: number };
  timelinePageCount: number;
  largestPage: { page: string; bytes: number };
  /** Pages other than /search/ that load or hold a script. */
  pagesWithScript: string[];
  /** The search bundle, pagefind/. */
  searchBundleBytes: number;
}

const urlOf = (output: string, file: string) => `/${path.relative(output, file).split(path.sep).join("/")}`.replace(/index\.html$/, "");

export async function measurePageWeights(output: string): Promise<PageWeights> {
  const files = (await readdir(output, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  let largestPage = { page: "", bytes: 0 };
  const pagesWithScript: string[] = [];
  let htmlPages = 0;
  let searchBundleBytes = 0;
  for (const file of files) {
    const url = urlOf(output, file);
    if (url.startsWith("/pagefind/")) {
      searchBundleBytes += (await stat(file)).size;
      continue;
    }
    if (!file.endsWith(".html")) continue;
    htmlPages++;
    const html = await readFile(file, "utf8");
    const bytes = Buffer.byteLength(html);
    if (bytes > largestPage.bytes) largestPage = { page: url, bytes };
    if (/<script\b/i.test(html) && !url.startsWith("/search/")) pagesWithScript.push(url);
  }
  const timeline = await timelinePages(output);
  let largestTimelinePage = { page: "", bytes: 0 };
  for (const file of timeline) {
    const bytes = (await stat(file)).size;
    if (bytes > largestTimelinePage.bytes) largestTimelinePage = { page: urlOf(output, file), bytes };
  }
  const home = await readFile(path.join(output, "index.html"), "utf8");
  let homeWithCss = Buffer.byteLength(home);
  for (const [, href] of home.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)) homeWithCss += (await stat(path.join(output, href))).size;
  return { htmlPages, homeWithCss, largestTimelinePage, timelinePageCount: timeline.length, largestPage, pagesWithScript, searchBundleBytes };
}
