/**
 * A load with a cache gives an unchanged note's incident again, the same object (src/notes/load-content.ts),
 * but only while what its checks read is unchanged too: its sources, the places, the other
 * incidents, the site's settings. After each change the load must equal one without a cache.
 */
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, test } from "node:test";
import { loadContent, type NoteCache } from "../../../src/notes/load-content.ts";
import { contentFolderWith, removeContentFolders, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

const LINKING_NOTE = VALID_NOTE.replace("kind: attack", "kind: attack\nrelated:\n  - { incident: drone-strike, relation: follows }");

/** Loads with the cache, then checks the result against a load from scratch. */
async function loadKept(dir: string, cache: NoteCache) {
  const kept = await loadContent(dir, { cache });
  assert.deepEqual(kept, await loadContent(dir));
  return kept;
}

/** Writes a file and forgets it, as the dev server does when its watcher reports the change. */
async function change(cache: NoteCache, file: string, text: string | null) {
  if (text === null) await rm(file);
  else await writeFile(file, text);
  cache.delete(file);
}

test("an unchanged note gives the same incident object, load after load", async () => {
  const dir = await contentFolderWith({ "incidents/second-note.md": LINKING_NOTE });
  const cache: NoteCache = new Map();
  const first = await loadKept(dir, cache);
  const second = await loadKept(dir, cache);
  assert.ok(second.content.incidents.every((incident, index) => incident === first.content.incidents[index]));
  assert.ok(second.content.sources.every((source, index) => source === first.content.sources[index]));
});

test("a source's new text checks the quotes of the unchanged notes citing it again", async () => {
  const dir = await contentFolderWith({});
  const cache: NoteCache = new Map();
  assert.deepEqual((await loadKept(dir, cache)).problems, []);
  const source = path.join(dir, "sources/drone-report.md");
  await change(cache, source, (await readFile(source, "utf8")).replace("maintenance facility", "repair shop"));
  assert.deepEqual((await loadKept(dir, cache)).problems.map((problem) => [problem.file.split("/").at(-1), problem.field]), [["drone-strike.md", "sources[0].quote"]]);
});

test("an incident that is gone is reported in the unchanged note linking to it", async () => {
  const dir = await contentFolderWith({ "incidents/second-note.md": LINKING_NOTE });
  const cache: NoteCache = new Map();
  assert.deepEqual((await loadKept(dir, cache)).problems, []);
  await change(cache, path.join(dir, "incidents/drone-strike.md"), null);
  assert.deepEqual((await loadKept(dir, cache)).problems.map((problem) => problem.field), ["related[0].incident"]);
});

test("the site's new zone moves an unchanged note written without an offset", async () => {
  const dir = await contentFolderWith({});
  const cache: NoteCache = new Map();
  assert.equal((await loadKept(dir, cache)).content.incidents[0].instant, "2023-03-23T13:38:00.000+03:00");
  const site = path.join(dir, "site.yaml");
  await writeFile(site, (await readFile(site, "utf8")).replace("Asia/Damascus", "UTC"));
  assert.equal((await loadKept(dir, cache)).content.incidents[0].instant, "2023-03-23T13:38:00.000Z");
});
