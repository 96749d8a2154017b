/** `npm start` holds drafts, so it writes `.preview/`, never `_site/` (the folder to deploy), and takes the build's guard on --output. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { BUILD_MARKER } from "../../src/cli/build/output-folder.ts";
import { briefing, hashTree, startDevServer, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

test("by default the preview writes .preview/, marked as a build's, and leaves _site/ alone", async () => {
  const server = await startDevServer(space, null);
  try {
    await server.until("the timeline in .preview/", () => existsSync(path.join(space.dir, ".preview", "index.html")), 60_000);
    assert.ok(existsSync(path.join(space.dir, ".preview", BUILD_MARKER)));
    assert.equal(existsSync(path.join(space.dir, "_site")), false);
    assert.match(await (await fetch(server.url)).text(), /<h1|<main/);
  } finally {
    await server.stop();
  }
});

test("a preview, an edit while it serves, and its stop leave a built _site/ byte for byte as it was", async () => {
  const built = await briefing(["build"], { cwd: space.dir, timeoutMs: 120_000 });
  assert.equal(built.code, 0, built.stderr);
  const deployed = await hashTree(path.join(space.dir, "_site"));
  assert.ok(deployed.size > 20, "the build wrote the site");

  const server = await startDevServer(space, null);
  try {
    const note = path.join(space.content, "incidents/2023-03-23-drone-strike-hasakah.md");
    await writeFile(note, (await readFile(note, "utf8")).replace(/^summary: ".*"$/m, 'summary: "Edited in the preview."'));
    const page = path.join(space.dir, ".preview", "incidents/2023-03-23-drone-strike-hasakah/index.html");
    await server.until("the edit in .preview/", async () => existsSync(page) && (await readFile(page, "utf8")).includes("Edited in the preview."), 60_000);
    await server.until("the second pass in .preview/", async () => (await readFile(path.join(space.dir, ".preview", "data/incidents.json"), "utf8")).includes("Edited in the preview."), 60_000);
  } finally {
    await server.stop();
  }
  assert.deepEqual(await hashTree(path.join(space.dir, "_site")), deployed);
});

test("the preview refuses an --output that holds files no build made, and touches none", async () => {
  await mkdir(path.join(space.dir, "papers"), { recursive: true });
  await writeFile(path.join(space.dir, "papers", "letter.txt"), "mine");
  const run = await briefing(["serve", "--output", "papers", "--port", "0"], { cwd: space.dir, timeoutMs: 30_000 });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^Refusing --output papers: it holds files that no build made/);
  assert.equal(await readFile(path.join(space.dir, "papers", "letter.txt"), "utf8"), "mine");
});
