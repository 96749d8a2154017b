/**
 * The bench's step `shapes`: the ways the search step could hand (f)'s pages to Pagefind, timed
 * alone on the same pages so that the build's choice is measured, not guessed (docs/performance.md).
 * Run as its own process per shape (`node --import tsx search-step-shapes.ts <site> <shape>`), so
 * that its peak memory is its own; prints one line of JSON with the time Pagefind took to add the
 * pages and to write the bundle. Reading the pages from disk comes first and is not counted.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { check } from "../../src/search/index-site.ts";
import { mainProcess, workerProcess, type PagefindIndex } from "../../src/search/pagefind-processes.ts";
import { IN_FLIGHT, toSend } from "../../src/search/stream-index.ts";

export const SHAPES = {
  pages: "one Pagefind, each page as the build sends it (`addHTMLFile`)",
  directory: "one Pagefind reading the output folder (`addDirectory`, as its CLI does)",
  records: "one Pagefind, each page as a record of its text, filters and meta (`addCustomRecord`)",
  "two-processes": "two Pagefinds side by side, half the pages each (two shards)",
} as const;
export type Shape = keyof typeof SHAPES;

export interface ShapeTimes {
  pages: number;
  /** From the first page sent to the last answered, ms; for two processes, the later of the two. */
  addMs: number;
  /** writeFiles, ms; for two processes, from the first write's start to the later end. */
  writeMs: number;
  /** From the first page sent to the bundle written, ms. */
  totalMs: number;
}

interface Page {
  url: string;
  content: string;
}

/** A Pagefind process whose indexes are of type I: the module's own (every call) or the build's (pagefind-processes.ts). */
interface Process<I> {
  createIndex(options: { forceLanguage: string }): Promise<{ errors: string[]; index?: I }>;
  close(): Promise<unknown>;
}

/**
 * A record as one made from the notes' data would be: the page's text, and its filters, meta and
 * sort read from its data-pagefind-* elements. NOTE: regular expressions suffice for our own
 * templates' output, where each of these elements holds text only.
 */
function asRecord(page: Page) {
  const values = (kind: string) => [...page.content.matchAll(new RegExp(`data-pagefind-${kind}="([\\w-]+)"[^>]*>([^<]*)<`, "g"))].map((match) => [match[1], match[2]] as const);
  const filters: Record<string, string[]> = {};
  for (const [name, value] of values("filter")) (filters[name] ??= []).push(value);
  const body = page.content.slice(page.content.indexOf("<body>"));
  return {
    url: page.url,
    content: body.replace(/<[^>]+>/g, " "),
    language: "en",
    meta: { title: /<h1[^>]*>([^<]*)</.exec(body)?.[1] ?? page.url, ...Object.fromEntries(values("meta")) },
    filters,
    sort: Object.fromEntries(values("sort")),
  };
}

/** Sends each page as the build does (IN_FLIGHT at a time), as a page or as a record. */
async function addEach<I extends PagefindIndex>(index: I, pages: readonly Page[], send: (index: I, page: Page) => Promise<{ errors: string[] }>): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < pages.length) {
      const page = pages[next++];
      check(`indexing ${page.url}`, await send(index, page));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
}
const asPage = (index: PagefindIndex, page: Page) => index.addHTMLFile({ url: page.url, content: page.content });

/** One Pagefind process: adds the pages (or the folder), then writes the bundle. Times from `start`. */
async function onePagefind<I extends PagefindIndex>(process: Process<I>, add: (index: I) => Promise<void>, outputPath: string, start: number) {
  const { index } = check("starting Pagefind", await process.createIndex({ forceLanguage: "en" }));
  if (!index) throw new Error("Pagefind did not start");
  await add(index);
  const added = performance.now();
  check("writing the bundle", await index.writeFiles({ outputPath }));
  const written = performance.now();
  await process.close();
  return { added: added - start, writeStart: added - start, written: written - start };
}

export async function readSearchablePages(site: string): Promise<Page[]> {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  const pages: Page[] = [];
  for (const file of files) {
    const url = `/${file.replace(/index\.html$/, "")}`;
    const sent = toSend({ url, outputPath: path.join(site, file), content: await readFile(path.join(site, file), "utf8") });
    if (sent) pages.push({ url, content: sent.content });
  }
  return pages;
}

export async function timeShape(site: string, shape: Shape, outputPath: string): Promise<ShapeTimes> {
  const pages = await readSearchablePages(site);
  await rm(outputPath, { recursive: true, force: true });
  const start = performance.now();
  if (shape === "two-processes") {
    const half = Math.ceil(pages.length / 2);
    // The build's second process (pagefind-processes.ts): a worker thread with a Pagefind of its own.
    const [first, second] = await Promise.all([
      onePagefind(mainProcess, (index) => addEach(index, pages.slice(0, half), asPage), outputPath, start),
      onePagefind(workerProcess(), (index) => addEach(index, pages.slice(half), asPage), path.join(outputPath, "shard-2"), start),
    ]);
    return {
      pages: pages.length,
      addMs: Math.max(first.added, second.added),
      writeMs: Math.max(first.written, second.written) - Math.min(first.writeStart, second.writeStart),
      totalMs: Math.max(first.written, second.written),
    };
  }
  const times = await onePagefind(
    pagefind,
    shape === "directory"
      ? async (index) => void check("indexing the folder", await index.addDirectory({ path: site }))
      : (index) => addEach(index, pages, shape === "pages" ? asPage : (index, page) => index.addCustomRecord(asRecord(page))),
    outputPath,
    start,
  );
  return { pages: pages.length, addMs: times.added, writeMs: times.written - times.writeStart, totalMs: times.written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [site, shape, output] = process.argv.slice(2);
  if (!site || !output || !(shape in SHAPES)) {
    console.error(`Usage: search-step-shapes.ts <site> <${Object.keys(SHAPES).join("|")}> <output>`);
    process.exit(1);
  }
  console.log(JSON.stringify(await timeShape(site, shape as Shape, output)));
}
