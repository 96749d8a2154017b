/**
 * The dev server's fast path: after the first build, saving a note rewrites its page and the
 * timeline page at once, leaves pages that do not show it untouched, and brings the whole-site
 * files (data exports) up to date in a second pass right after.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { after, before, test } from "node:test";
import { MAIN, TSX, workspace, type Workspace } from "./support.ts";

let space: Workspace;
let server: ChildProcess;
let log = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}\n--- server log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const site = (file: string) => path.join(space.dir, "site", file);
const shows = (file: string, text: string) => async () => existsSync(site(file)) && (await readFile(site(file), "utf8")).includes(text);

before(async () => {
  space = await workspace();
  const port = await freePort();
  // detached: the server leads its own process group, so the whole group can be ended.
  server = spawn(process.execPath, ["--import", TSX, MAIN, "serve", "--content", "content", "--output", "site", "--port", String(port)], {
    cwd: space.dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  await until("the server to start", () => log.includes("Server at"), 60_000);
  // The watcher is ready a moment after the first build.
  await new Promise((resolve) => setTimeout(resolve, 1000));
});

after(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    const timer = setTimeout(() => process.kill(-server.pid!, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  await space.remove();
});

test("a new summary reaches the note's page and the timeline; the other incident's page is not rewritten; the data files follow", async () => {
  const other = "incidents/2023-03-24-rockets-green-village/index.html";
  const untouched = (await stat(site(other))).mtimeMs;
  const note = path.join(space.content, "incidents/2023-03-23-drone-strike-hasakah.md");
  await writeFile(note, (await readFile(note, "utf8")).replace(/^summary: ".*"$/m, 'summary: "Edited while serving."'));

  await until("the note's page", shows("incidents/2023-03-23-drone-strike-hasakah/index.html", "Edited while serving."));
  await until("the timeline", shows("index.html", "Edited while serving."));
  assert.match(log, /Only notes changed: writing the \d+ pages of \d+ whose data changed/);
  await until("the data files", shows("data/incidents.json", "Edited while serving."));
  assert.match(log, /Second pass: writing the \d+ pages of \d+ whose data changed/);
  assert.equal((await stat(site(other))).mtimeMs, untouched, `${other} was rewritten`);
});
