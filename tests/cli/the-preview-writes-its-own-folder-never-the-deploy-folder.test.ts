/** `npm start` holds drafts, so it writes `.preview/`, never `_site/` (the folder to deploy), and takes the build's guard on --output. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { BUILD_MARKER } from "../../src/cli/build/output-folder.ts";
import { briefing, startDevServer, workspace, type Workspace } from "./support.ts";

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

test("the preview refuses an --output that holds files no build made, and touches none", async () => {
  await mkdir(path.join(space.dir, "papers"), { recursive: true });
  await writeFile(path.join(space.dir, "papers", "letter.txt"), "mine");
  const run = await briefing(["serve", "--output", "papers", "--port", "0"], { cwd: space.dir, timeoutMs: 30_000 });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^Refusing --output papers: it holds files that no build made/);
  assert.equal(await readFile(path.join(space.dir, "papers", "letter.txt"), "utf8"), "mine");
});
