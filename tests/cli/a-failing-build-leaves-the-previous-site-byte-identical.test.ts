/** A production build never destroys the last good site: when it fails, every file of the previous output is byte-identical. */
import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { briefing, hashTree, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

test("a note turned invalid fails the build; the site built before is untouched, and nothing is left beside it", async () => {
  const good = await briefing(["build", "--output", "site"], { cwd: space.dir, timeoutMs: 60_000 });
  assert.equal(good.code, 0, good.stderr);
  const site = path.join(space.dir, "site");
  const before = await hashTree(site);
  assert.ok(before.has("index.html") && before.has("incidents/2023-03-24-rockets-green-village/index.html"));

  // A valid new note (which would change the timeline) and an invalid one, in the same build.
  await writeFile(path.join(space.content, "incidents/2023-03-25-a-new-note.md"), '---\ntitle: "A new note"\ndate: "2023-03-25"\nkind: statement\nplace: hasakah\nsources:\n  - source: dod-statement\n---\nNew.\n');
  await writeFile(path.join(space.content, "incidents/2023-03-25-broken.md"), '---\ntitle: "Broken"\ndate: "2023-03-25"\nkind: statement\nplace: hasakah\nsources:\n  - source: dod-statment\n---\n');
  const failed = await briefing(["build", "--output", "site"], { cwd: space.dir, timeoutMs: 60_000 });
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /content\/incidents\/2023-03-25-broken\.md:7:5 {2}sources\[0\]\.source {2}found "dod-statment"/);

  assert.deepEqual(await hashTree(site), before);
  assert.deepEqual((await readdir(space.dir)).sort(), ["content", "site"], "a staging or backup folder was left behind");
});
