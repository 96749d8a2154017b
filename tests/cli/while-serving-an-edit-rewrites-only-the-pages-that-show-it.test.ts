/**
 * The dev server's fast path: after the first build, saving a note rewrites its page and the
 * timeline page at once, leaves pages that do not show it untouched, and brings the whole-site
 * files (data exports) up to date in a second pass right after.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { startDevServer, workspace, type DevServer, type Workspace } from "./support.ts";

let space: Workspace;
let server: DevServer;

const site = (file: string) => path.join(space.dir, "site", file);
const shows = (file: string, text: string) => async () => existsSync(site(file)) && (await readFile(site(file), "utf8")).includes(text);

before(async () => {
  space = await workspace();
  server = await startDevServer(space);
  // The watcher is ready a moment after the first build.
  await new Promise((resolve) => setTimeout(resolve, 1000));
});

after(async () => {
  await server?.stop();
  await space.remove();
});

test("a new summary reaches the note's page and the timeline; the other incident's page is not rewritten; the data files follow", async () => {
  const other = "incidents/2023-03-24-rockets-green-village/index.html";
  const untouched = (await stat(site(other))).mtimeMs;
  const note = path.join(space.content, "incidents/2023-03-23-drone-strike-hasakah.md");
  await writeFile(note, (await readFile(note, "utf8")).replace(/^summary: ".*"$/m, 'summary: "Edited while serving."'));

  await server.until("the note's page", shows("incidents/2023-03-23-drone-strike-hasakah/index.html", "Edited while serving."));
  await server.until("the timeline", shows("index.html", "Edited while serving."));
  assert.match(server.log, /Only notes changed: writing the \d+ pages of \d+ whose data changed/);
  await server.until("the data files", shows("data/incidents.json", "Edited while serving."));
  assert.match(server.log, /Second pass: writing the \d+ pages of \d+ whose data changed/);
  assert.equal((await stat(site(other))).mtimeMs, untouched, `${other} was rewritten`);
});
