/**
 * The dev loop as an author feels it: with `npm start` running, save an edit to one note and wait
 * until both its own page and the timeline page listing it show the edit. The summary is edited,
 * because it appears on both.
 */
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { spawnGroup, stopGroup, watchMemory } from "./measure.ts";

export interface DevLoopResult {
  /** From starting the server to its first "Watching…". */
  startMs: number;
  /** One per edit: from the write to both pages holding the edit. */
  editMs: number[];
  /** One per edit: from the write to the search index holding it (the background reindex's line, src/search/reindex-output.ts). */
  searchMs: number[];
  peakRss: number;
}

/** A TCP port free on this machine now (for a server the caller starts at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, log: () => string, everyMs = 10): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`dev loop: timed out waiting for ${what}\n--- server log (end):\n${log().slice(-3000)}`);
    await sleep(everyMs);
  }
}

const readOrEmpty = async (file: string) => (existsSync(file) ? readFile(file, "utf8").catch(() => "") : "");

/** Timeline pages: `/` and anything under /timeline/ or /page/ (where a paginated timeline lives). */
export async function timelinePages(output: string): Promise<string[]> {
  const pages = [path.join(output, "index.html")];
  for (const folder of ["timeline", "page"]) {
    const dir = path.join(output, folder);
    if (!existsSync(dir)) continue;
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".html")) pages.push(path.join(entry.parentPath, entry.name));
    }
  }
  return pages;
}

async function timelinePageOf(output: string, id: string): Promise<string> {
  const link = `href="/incidents/${id}/"`;
  for (const page of await timelinePages(output)) {
    if ((await readOrEmpty(page)).includes(link)) return page;
  }
  throw new Error(`dev loop: no timeline page in ${output} links to /incidents/${id}/`);
}

export async function measureDevLoop(options: {
  projectRoot: string;
  content: string;
  output: string;
  /** Notes to edit, one per measured run. */
  edits: { id: string; file: string }[];
  startTimeoutMs?: number;
}): Promise<DevLoopResult> {
  const { projectRoot, content, output, edits, startTimeoutMs = 30 * 60_000 } = options;
  const port = await freePort();
  let log = "";
  const started = performance.now();
  const server = spawnGroup(process.execPath, ["--import", "tsx", path.join(projectRoot, "src/cli/main.ts"), "serve", "--content", content, "--output", output, "--port", String(port)], projectRoot);
  const memory = watchMemory(server.pid!, 100);
  // When the background reindex last said it was done.
  let reindexedAt = 0;
  server.stdout!.on("data", (chunk) => {
    log += chunk;
    if (/^\[search\] Indexed \d+ pages again/m.test(String(chunk))) reindexedAt = performance.now();
  });
  server.stderr!.on("data", (chunk) => (log += chunk));
  const builds = () => log.split("Watching…").length - 1;
  try {
    await until("the first build", () => builds() > 0 || server.exitCode !== null, startTimeoutMs, () => log, 50);
    if (server.exitCode !== null) throw new Error(`dev loop: the server exited (${server.exitCode})\n${log.slice(-3000)}`);
    const startMs = performance.now() - started;
    // NOTE: the file watcher is ready a moment after the first build; an edit before that would be missed.
    await sleep(1000);
    const editMs: number[] = [];
    const searchMs: number[] = [];
    for (const [run, { id, file }] of edits.entries()) {
      const notePage = path.join(output, "incidents", id, "index.html");
      const timelinePage = await timelinePageOf(output, id);
      const marker = `benchedit${run}x${Date.now().toString(36)}`;
      const text = await readFile(file, "utf8");
      const edited = text.replace(/^summary: "(.*)"$/m, (_, summary: string) => `summary: "${summary} ${marker}"`);
      if (edited === text) throw new Error(`dev loop: ${file} has no summary line to edit`);
      const buildsBefore = builds();
      const editStarted = performance.now();
      await writeFile(file, edited);
      await until(
        `${path.relative(output, notePage)} and ${path.relative(output, timelinePage)} to show the edit`,
        async () => (await readOrEmpty(notePage)).includes(marker) && (await readOrEmpty(timelinePage)).includes(marker),
        10 * 60_000,
        () => log,
      );
      editMs.push(performance.now() - editStarted);
      await until("the search index to follow the edit", () => reindexedAt > editStarted, 10 * 60_000, () => log, 20);
      searchMs.push(reindexedAt - editStarted);
      // Let the rebuild and any follow-up (the dev server's second pass) finish before the next edit: quiet for a second.
      await until("the rebuild to finish", () => builds() > buildsBefore, 10 * 60_000, () => log, 20);
      for (let seen = log.length; ; seen = log.length) {
        await sleep(1000);
        // The background search index's own lines (src/search/reindex-output.ts) may follow the build's last.
        if (log.length === seen && log.replace(/^\[search\] .*\n?/gm, "").trimEnd().endsWith("Watching…")) break;
      }
    }
    return { startMs, editMs, searchMs, peakRss: memory.stop() };
  } finally {
    memory.stop();
    const exited = new Promise((resolve) => server.once("exit", resolve));
    stopGroup(server);
    await Promise.race([exited, sleep(5000)]);
  }
}
