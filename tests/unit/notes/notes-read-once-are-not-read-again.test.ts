/** Reads kept between loads: the dev server's cache, and the production build's check handing its reads to Eleventy's load. */
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, test } from "node:test";
import { handOverNotes, loadContent, takeHandedOverNotes, type NoteCache } from "../../../src/notes/load-content.ts";
import { contentFolderWith, removeContentFolders, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

test("a load with a cache reads only the notes it does not hold; the checks across notes run again", async () => {
  const dir = await contentFolderWith({ "incidents/second-note.md": VALID_NOTE.replace("A drone hit", "One drone hit") });
  const cache: NoteCache = new Map();
  assert.deepEqual((await loadContent(dir, { cache })).problems, []);
  const file = path.join(dir, "incidents/drone-strike.md");
  assert.equal(cache.size, 3, "two incidents and one source");

  await writeFile(file, VALID_NOTE.replace("kind: attack", "kind: strike"));
  const kindOf = async () => (await loadContent(dir, { cache })).content.incidents.find((incident) => incident.id === "drone-strike")?.kind;
  assert.equal(await kindOf(), "attack", "held notes are not read again until their owner forgets them");
  cache.delete(file);
  assert.equal(await kindOf(), "strike");

  // A check across notes sees a change in another file even when every note comes from the cache.
  await writeFile(path.join(dir, "places.yaml"), "elsewhere:\n  name: Elsewhere\n  country: Syria\n  lat: 36.5\n  lon: 40.7\n  precision: region\n");
  assert.deepEqual((await loadContent(dir, { cache })).problems.map((problem) => problem.field), ["place", "place"]);
});

test("the build's reads are handed over once, and only to a load of the same folder", async () => {
  const dir = await contentFolderWith({});
  const cache: NoteCache = new Map();
  handOverNotes(dir, cache);
  assert.equal(takeHandedOverNotes(path.join(dir, "..", "other")), undefined);
  assert.equal(takeHandedOverNotes(dir), undefined, "asking for another folder dropped them");
  handOverNotes(dir, cache);
  assert.equal(takeHandedOverNotes(`${dir}/`), cache);
  assert.equal(takeHandedOverNotes(dir), undefined, "taken once");
});
