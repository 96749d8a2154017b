/** The note cache shared in one process (the build's check, then Eleventy's load; the dev server): never stale. */
import assert from "node:assert/strict";
import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, test } from "node:test";
import { loadContent, type NoteCache } from "../../../src/notes/load-content.ts";
import { contentFolderWith, removeContentFolders, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

test("a second load reuses unchanged notes and reads a changed one again, even at the same size", async () => {
  const dir = await contentFolderWith({ "incidents/second-note.md": VALID_NOTE.replace("A drone hit", "One drone hit") });
  const cache: NoteCache = new Map();
  const first = await loadContent(dir, { cache });
  assert.deepEqual(first.problems, []);
  const file = path.join(dir, "incidents/drone-strike.md");
  const unchanged = cache.get(path.join(dir, "incidents/second-note.md"));
  assert.ok(unchanged && cache.get(file));

  // Same length, different kind: only the modification time tells.
  await writeFile(file, VALID_NOTE.replace("kind: attack", "kind: strike"));
  const later = new Date(Date.now() + 5000);
  await utimes(file, later, later);
  const second = await loadContent(dir, { cache });
  assert.equal(second.content.incidents.find((incident) => incident.id === "drone-strike")?.kind, "strike");
  assert.equal(cache.get(path.join(dir, "incidents/second-note.md")), unchanged, "the unchanged note was not read again");

  await writeFile(file, VALID_NOTE.replace("kind: attack", "kind: atack"));
  const third = await loadContent(dir, { cache });
  assert.deepEqual(third.problems.map((problem) => problem.field), ["kind"]);
});
