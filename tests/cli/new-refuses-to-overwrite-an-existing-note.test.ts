/** `npm run new` never overwrites: a note with the same id (same day and title), anywhere under incidents/, is left as it was. */
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { briefing, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

const flags = (title: string) => ["new", "--title", title, "--date", "2023-03-24T21:00", "--kind", "attack", "--place", "al-omar", "--source", "centcom-release"];

test("the same title on the same day again: refused, the first note kept byte for byte", async () => {
  const first = await briefing(flags("Rockets hit Conoco"), { cwd: space.dir });
  assert.equal(first.code, 0, first.stderr);
  const file = path.join(space.content, "incidents/2023-03-24-rockets-hit-conoco.md");
  // The author has started writing.
  const edited = (await readFile(file, "utf8")).replace(/Replace this paragraph[^]*$/, "Rockets hit the base at about 21:00.\n");
  await writeFile(file, edited);

  const second = await briefing(flags("Rockets hit Conoco!"), { cwd: space.dir });
  assert.equal(
    second.stderr,
    "content/incidents/2023-03-24-rockets-hit-conoco.md already exists; nothing was written. Edit that note, or give this one a different --title (the file name is the day and the title).\n",
  );
  assert.equal(second.stdout, "");
  assert.equal(second.code, 1);
  assert.equal(await readFile(file, "utf8"), edited);
});

test("an incident with that id in a subfolder counts too (ids are file names)", async () => {
  await mkdir(path.join(space.content, "incidents/archive"), { recursive: true });
  const archived = path.join(space.content, "incidents/archive/2023-03-24-archived-attack.md");
  await writeFile(archived, "kept as it is");
  const result = await briefing(flags("Archived attack"), { cwd: space.dir });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^content\/incidents\/archive\/2023-03-24-archived-attack\.md already exists; nothing was written\./);
  assert.equal(await readFile(archived, "utf8"), "kept as it is");
});
