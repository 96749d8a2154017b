/**
 * What a reader's browser downloads for a first search: the built site served as a static host
 * would (text compressed with gzip), the search page opened in Chromium, then a common word typed;
 * bytes counted from the network (body as sent plus headers), for the page and for the search.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";

export interface SearchTransfer {
  /** The search page and what it loads before a word is typed: HTML, CSS, scripts, and Pagefind's start (its metadata and WebAssembly). */
  pageBytes: number;
  /** The largest requests of the page before the search. */
  pageLargest: { url: string; bytes: number }[];
  /** Everything the first search fetched after the word was typed. */
  searchBytes: number;
  results: number;
  /** The largest requests of the search, for tuning. */
  largest: { url: string; bytes: number }[];
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".svg", ".xml"]);

function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) return void response.writeHead(404).end();
    const extension = path.extname(file);
    // Pagefind's own index files are compressed already; text is compressed as any static host does.
    const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(200, { "content-type": TYPES[extension] ?? "application/octet-stream", ...(gzip ? { "content-encoding": "gzip" } : {}) });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

export async function measureSearchTransfer(site: string, word: string, chromiumPath: string): Promise<SearchTransfer> {
  const { chromium } = await import("playwright-core");
  const server = await serve(path.resolve(site));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    // Pagefind fetches its index from a worker: the context sees those requests too, the page's own CDP session does not.
    context.on("requestfinished", (request) => {
      void request.sizes().then((size) => sizes.push({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize }));
    });
    page.on("worker", () => undefined);
    const quiet = async () => {
      for (let seen = -1; seen !== sizes.length; ) {
        seen = sizes.length;
        await page.waitForTimeout(700);
      }
    };
    await page.goto(`${server.url}/search/`, { waitUntil: "load" });
    await page.waitForSelector("#search-query");
    await quiet();
    const pageBytes = sizes.reduce((sum, entry) => sum + entry.bytes, 0);
    const before = sizes.length;
    await page.fill("#search-query", word);
    await page.waitForSelector(".search-result", { timeout: 60_000 }).catch(() => undefined);
    await quiet();
    const search = sizes.slice(before);
    const results = await page.locator(".search-result").count();
    return {
      pageBytes,
      searchBytes: search.reduce((sum, entry) => sum + entry.bytes, 0),
      results,
      pageLargest: [...sizes.slice(0, before)].sort((a, b) => b.bytes - a.bytes).slice(0, 6).map(({ url, bytes }) => ({ url: url.replace(server.url, ""), bytes })),
      largest: [...search].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(({ url, bytes }) => ({ url: url.replace(server.url, ""), bytes })),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
