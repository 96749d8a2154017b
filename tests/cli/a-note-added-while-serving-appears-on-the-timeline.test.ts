/**
 * `npm start` in a real browser: a note added while serving appears on the open timeline without a
 * restart (live reload) and in search, and a note that turns invalid prints its problem while the server keeps
 * serving the last good site. The server runs in its own process group, killed as a whole at the end.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { MAIN, TSX, workspace, type Workspace } from "./support.ts";

let space: Workspace;
let server: ChildProcess;
let log = "";
let browser: Browser;
let page: Page;
let url: string;

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
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const note = (title: string, kind = "statement") =>
  `---\ntitle: "${title}"\ndate: "2023-03-25T09:00"\nkind: ${kind}\nplace: hasakah\nsources:\n  - source: dod-statement\n---\nAdded while serving.\n`;

before(async () => {
  space = await workspace();
  const port = await freePort();
  url = `http://localhost:${port}/`;
  // detached: the server leads its own process group, so the whole group can be ended (PITFALLS: wrappers leave servers behind).
  server = spawn(process.execPath, ["--import", TSX, MAIN, "serve", "--content", "content", "--output", "site", "--port", String(port)], {
    cwd: space.dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  await until("the server to start", () => log.includes("Server at"), 60_000);
  browser = await launchBrowser();
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    const timer = setTimeout(() => process.kill(-server.pid!, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  await space.remove();
});

test("the timeline is served with the notes of the content folder", async () => {
  const response = await page.goto(url);
  assert.equal(response?.status(), 200);
  const text = await page.textContent("body");
  assert.match(text!, /Drone strikes coalition base near Hasakah/);
  assert.match(text!, /Rockets fired at Green Village/);
});

test("a note added while serving appears on the open page without a restart", async () => {
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Added while serving"));
  // No reload by the test: the dev server's live reload brings the new timeline in.
  await page.waitForFunction(() => document.body.textContent?.includes("Added while serving"), undefined, { timeout: 20_000 });
});

test("an edit to a note shows too", async () => {
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Edited while serving"));
  await page.waitForFunction(() => document.body.textContent?.includes("Edited while serving"), undefined, { timeout: 20_000 });
});

test("search in the dev server finds the edited note, without a restart", async () => {
  const search = await browser.newPage();
  const found = async () => {
    await search.goto(`${url}search/?q=edited`);
    return search
      .waitForSelector('.pagefind-ui__result-link[href$="/incidents/2023-03-25-added-while-serving/"]', { timeout: 3_000 })
      .then(() => true, () => false);
  };
  // The whole output is indexed again in the background after the edit's build.
  await until("the edited note in the search results", found, 60_000);
  // Every incident and source page, the added one included, and nothing else.
  const pages = (await readdir(path.join(space.content, "incidents"))).length + (await readdir(path.join(space.content, "sources"))).length;
  assert.match(log, new RegExp(`\\[search\\] Indexed ${pages} pages again in`));
  await search.close();
});

test("a note that turns invalid prints its problem; the last good site is still served", async () => {
  const logged = log.length;
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Broken while serving", "statment"));
  await until("the problem in the server's log", () => log.slice(logged).includes("content problem"));
  assert.match(log.slice(logged), /content\/incidents\/2023-03-25-added-while-serving\.md:4:1 {2}kind {2}found "statment"; expected one of attack, strike, statement, assessment/);
  assert.doesNotMatch(log.slice(logged), /^\s+at /m, "a stack trace in the server log");

  const response = await page.goto(url);
  assert.equal(response?.status(), 200);
  const text = await page.textContent("body");
  assert.match(text!, /Edited while serving/, "the last good timeline");
  assert.doesNotMatch(text!, /Broken while serving/);
  assert.equal(server.exitCode, null, "the server stopped");
});

test("once fixed, the note is back without a restart", async () => {
  await writeFile(path.join(space.content, "incidents/2023-03-25-added-while-serving.md"), note("Fixed while serving"));
  await until("the fixed note on the timeline", async () => (await (await fetch(url)).text()).includes("Fixed while serving"));
});
