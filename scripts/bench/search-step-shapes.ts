/**
 * The bench's step `shapes`: the ways the search step could hand (f)'s pages to Pagefind, timed
 * alone on the same pages so that the build's choice is measured, not guessed (docs/performance.md).
 * Run as its own process per shape (`node --import tsx search-step-shapes.ts <site> <shape>`), so
 * that its peak memory is its own; prints one line of JSON with the time Pagefind took to add the
 * pages and to write the bundle. Reading the pages from disk comes first and is not counted.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import { toSend } from "../../src/search/stream-index.ts";

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

/** Pages in flight, as the build keeps them (stream-index.ts). */
const IN_FLIGHT = 32;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

function answered(what: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`${what}: ${response.errors.join("; ")}`);
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

async function addEach(index: Index, pages: readonly Page[], shape: "pages" | "records"): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < pages.length) {
      const page = pages[next++];
      if (shape === "pages") answered(`indexing ${page.url}`, await index.addHTMLFile({ url: page.url, content: page.content }));
      else answered(`indexing ${page.url}`, await index.addCustomRecord(asRecord(page)));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
}

/** One Pagefind process: adds the pages (or the folder), then writes the bundle. Times from `start`. */
async function onePagefind(add: (index: Index) => Promise<void>, outputPath: string, start = performance.now()) {
  const { index } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error("Pagefind did not start");
  await add(index);
  const added = performance.now();
  answered("writing the bundle", await index.writeFiles({ outputPath }));
  const written = performance.now();
  await pagefind.close();
  return { added: added - start, writeStart: added - start, written: written - start };
}

/**
 * The second Pagefind of `two-processes`: the npm module keeps one Pagefind process per module
 * instance, so a second process needs a second instance, in a worker thread. NOTE: tsx's loader is
 * registered in the worker by hand; `execArgv: ["--import", "tsx"]` does not reach it in Node 20.
 */
function inWorker(pages: readonly Page[], outputPath: string, start: number): Promise<Awaited<ReturnType<typeof onePagefind>>> {
  const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(source, { eval: true, workerData: { pages, outputPath, startedAt: performance.timeOrigin + start } });
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
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
    const [first, second] = await Promise.all([
      onePagefind((index) => addEach(index, pages.slice(0, half), "pages"), outputPath, start),
      inWorker(pages.slice(half), path.join(outputPath, "shard-2"), start),
    ]);
    return {
      pages: pages.length,
      addMs: Math.max(first.added, second.added),
      writeMs: Math.max(first.written, second.written) - Math.min(first.writeStart, second.writeStart),
      totalMs: Math.max(first.written, second.written),
    };
  }
  const times = await onePagefind(
    shape === "directory"
      ? async (index) => answered("indexing the folder", await index.addDirectory({ path: site }))
      : (index) => addEach(index, pages, shape),
    outputPath,
    start,
  );
  return { pages: pages.length, addMs: times.added, writeMs: times.written - times.writeStart, totalMs: times.written };
}

if (!isMainThread) {
  const { pages, outputPath, startedAt } = workerData as { pages: Page[]; outputPath: string; startedAt: number };
  const start = startedAt - performance.timeOrigin;
  parentPort!.postMessage(await onePagefind((index) => addEach(index, pages, "pages"), outputPath, start));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const [site, shape, output] = process.argv.slice(2);
  if (!site || !output || !(shape in SHAPES)) {
    console.error(`Usage: search-step-shapes.ts <site> <${Object.keys(SHAPES).join("|")}> <output>`);
    process.exit(1);
  }
  console.log(JSON.stringify(await timeShape(site, shape as Shape, output)));
}
