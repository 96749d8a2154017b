import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";
import { markBuild } from "../../src/cli/build/output-folder.ts";
import { readPage, ROOT } from "../helpers/build.ts";
import { between, linksIn, listedIncidents, mainOf, textOf, titleOf } from "./html.ts";

const run = promisify(execFile);
const TITLE = "Harbour incidents, June 2024";
const SHIPPED_TITLE = "Syria, March 2023: attacks and strikes";

describe("npm run build -- --content tests/fixtures/another-incident-set --output <folder>", () => {
  let root: string;
  let output: string;
  let stdout: string;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "briefing-another-set-"));
    output = path.join(root, "harbour-site");
    // A stale file from an earlier build (which marked the folder as its own): a successful build replaces the folder whole.
    await mkdir(output);
    await writeFile(path.join(output, "stale.html"), "old");
    await markBuild(output);
    ({ stdout } = await run("npm", ["run", "build", "--", "--content", "tests/fixtures/another-incident-set", "--output", output], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } }));
  });
  after(() => rm(root, { recursive: true, force: true }));

  test("says what it built", () => {
    assert.ok(stdout.includes(`Built tests/fixtures/another-incident-set into ${output}.`), stdout);
  });

  test("writes the folder's own pages and nothing of the shipped content", async () => {
    const files = (await readdir(output, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
    for (const expected of [
      "404.html",
      "about/index.html",
      "incidents/2024-06-03-flare-fired-at-patrol-boat/index.html",
      "incidents/2024-06-03-pier-closed/index.html",
      "index.html",
      "kinds/attack/index.html",
      "places/index.html",
      "places/north-pier/index.html",
      "sources/harbour-log/index.html",
      "sources/index.html",
    ]) {
      assert.ok(files.includes(expected), `no ${expected} in ${files.join(", ")}`);
    }
    assert.ok(!files.some((file) => file.includes("2023-03")), files.join(", "));
    assert.equal(files.filter((file) => file.startsWith("incidents/")).length, 2);
    assert.ok(existsSync(path.join(output, "assets", "style.css")));
  });

  test("replaces what was in the output folder before", () => {
    assert.equal(existsSync(path.join(output, "stale.html")), false);
  });

  test("every page carries the folder's own site title and language", async () => {
    for (const url of ["/", "/incidents/2024-06-03-pier-closed/", "/sources/harbour-log/", "/places/north-pier/", "/about/", "/404.html"]) {
      const html = await readPage(output, url);
      assert.equal(textOf(between(html, '<p class="site-title">', "</p>")), TITLE, url);
      assert.match(html, /<html lang="en-GB">/, url);
      assert.ok(!html.includes(SHIPPED_TITLE), url);
    }
  });

  test("the timeline shows the set in its own zone, Lisbon in summer time", async () => {
    const home = await readPage(output, "/");
    assert.equal(titleOf(home), TITLE);
    assert.deepEqual(listedIncidents(home), ["2024-06-03-flare-fired-at-patrol-boat", "2024-06-03-pier-closed"]);
    assert.equal(textOf(between(mainOf(home), '<h2 id="day-2024-06-03">', "</h2>")), "Monday 3 June 2024");
    assert.match(home, /<time datetime="2024-06-03T05:15:00Z">06:15<\/time> Europe\/Lisbon, UTC\+1/);
  });

  test("relations and sources work across the set", async () => {
    const flare = mainOf(await readPage(output, "/incidents/2024-06-03-flare-fired-at-patrol-boat/"));
    assert.equal(textOf(between(flare, '<ul class="related">', "</ul>")), "Followed by: North pier closed for inspection");
    const source = mainOf(await readPage(output, "/sources/harbour-log/"));
    assert.deepEqual(linksIn(between(source, '<h2 id="cited-by">', "</section>")), [
      ["/incidents/2024-06-03-flare-fired-at-patrol-boat/", "Flare fired at a patrol boat off the north pier"],
      ["/incidents/2024-06-03-pier-closed/", "North pier closed for inspection"],
    ]);
  });
});
