/**
 * `--output` is a place a careless command can point anywhere: a build replaces only a folder it
 * made (or an empty or missing one), refuses everything else before touching a file, and what a
 * killed build leaves is cleared by the next one.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { BUILD_MARKER } from "../../src/cli/build/output-folder.ts";
import { briefing, hashTree, MAIN, TSX, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

const build = (output: string) => briefing(["build", "--output", output], { cwd: space.dir, timeoutMs: 90_000 });
const leftovers = async () => (await readdir(space.dir)).filter((name) => /\.(building|previous)-\d+$/.test(name));

describe("refused before a file is touched, in one line, with no stack trace", () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ["a folder of someone's files", async () => {
      await mkdir(path.join(space.dir, "papers"), { recursive: true });
      await writeFile(path.join(space.dir, "papers", "letter.txt"), "mine");
      return "papers";
    }, /^Refusing --output papers: it holds files that no build made \(1 entry, and no \.incident-briefing-build marker\)/],
    ["the content folder", async () => "content", /^Refusing --output content: it is, contains or lies inside the content folder content/],
    ["a folder inside the content folder", async () => "content/incidents/site", /^Refusing --output content\/incidents\/site: it is, contains or lies inside the content folder/],
    ["the folder that holds the content (\".\")", async () => ".", /^Refusing --output \.: it is, contains or lies inside the content folder/],
    ["an empty name", async () => "", /^--output is empty; expected a folder for the site/],
    ["a plain file", async () => {
      await writeFile(path.join(space.dir, "notes.txt"), "a file");
      return "notes.txt";
    }, /^Refusing --output notes\.txt: it is a file, not a folder/],
    ["the root of the file system", async () => "/", /^Refusing --output \/: it is the root of the file system/],
  ];
  for (const [what, prepare, message] of cases) {
    test(what, async () => {
      const output = await prepare();
      const before = await hashTree(space.dir);
      const run = await build(output);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Nothing was changed|expected a folder/);
      assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
      assert.deepEqual(await hashTree(space.dir), before, "a file changed");
      assert.deepEqual(await leftovers(), []);
    });
  }
});

describe("a build and the folder it made", () => {
  test("marks the folder it writes, replaces it on the next build, and keeps nothing beside it", async () => {
    assert.equal((await build("site")).code, 0);
    assert.match(await readFile(path.join(space.dir, "site", BUILD_MARKER), "utf8"), /made by `npm run build`/);
    await writeFile(path.join(space.dir, "site", "stale.html"), "from before");
    const again = await build("site");
    assert.equal(again.code, 0, again.stderr);
    assert.equal(existsSync(path.join(space.dir, "site", "stale.html")), false);
    assert.ok(existsSync(path.join(space.dir, "site", "index.html")));
    assert.deepEqual(await leftovers(), []);
  });

  test("a build killed midway leaves the last site intact, and the next build clears its staging folder", async () => {
    const site = await hashTree(path.join(space.dir, "site"));
    const child = spawn(process.execPath, ["--import", TSX, MAIN, "build", "--output", "site"], { cwd: space.dir, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const staging = `site.building-${child.pid}`;
    const started = Date.now();
    while (!existsSync(path.join(space.dir, staging, BUILD_MARKER))) {
      assert.ok(Date.now() - started < 60_000, "the build never started its staging folder");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGKILL");
    await exited;
    assert.deepEqual(await leftovers(), [staging], "the kill came too late to show anything");
    assert.deepEqual(await hashTree(path.join(space.dir, "site")), site, "the last site changed");

    const next = await build("site");
    assert.equal(next.code, 0, next.stderr);
    assert.deepEqual(await leftovers(), []);
  });

  test("Ctrl+C during a build removes its staging folder and leaves the last site", async () => {
    const site = await hashTree(path.join(space.dir, "site"));
    const child = spawn(process.execPath, ["--import", TSX, MAIN, "build", "--output", "site"], { cwd: space.dir, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const started = Date.now();
    while (!existsSync(path.join(space.dir, `site.building-${child.pid}`, BUILD_MARKER))) {
      assert.ok(Date.now() - started < 60_000, "the build never started its staging folder");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGINT");
    assert.equal(await exited, 130);
    assert.deepEqual(await leftovers(), []);
    assert.deepEqual(await hashTree(path.join(space.dir, "site")), site);
  });

  test("a reader that stops reading the output (`| head`) does not stop the build half-way", async () => {
    const child = spawn(process.execPath, ["--import", TSX, MAIN, "build", "--output", "site"], { cwd: space.dir, stdio: ["ignore", "pipe", "pipe"] });
    // As `| head -1` does: read the first line, then close the pipe.
    await new Promise((resolve) => {
      child.stdout.once("data", resolve);
      child.stderr.once("data", resolve);
    });
    child.stdout.destroy();
    child.stderr.destroy();
    const code = await new Promise((resolve) => child.on("exit", resolve));
    assert.equal(code, 0);
    assert.ok(existsSync(path.join(space.dir, "site", "index.html")));
    assert.deepEqual(await leftovers(), []);
  });

  test("a site a killed build had swapped out is put back, even when the next build then fails", async () => {
    const site = await hashTree(path.join(space.dir, "site"));
    // As a build killed between its two renames leaves it: the last site moved aside, no output.
    await rename(path.join(space.dir, "site"), path.join(space.dir, "site.previous-4194999"));
    await writeFile(path.join(space.content, "incidents/2023-03-25-broken.md"), '---\ntitle: "Broken"\n---\n');
    const failed = await build("site");
    assert.equal(failed.code, 1);
    assert.deepEqual(await hashTree(path.join(space.dir, "site")), site);
    assert.deepEqual(await leftovers(), []);
  });
});
