/** The bench's synthetic notes follow the content contract, and a seed always gives the same bytes. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { generateNotes } from "../../scripts/bench/generate-notes.ts";
import { loadContent } from "../../src/notes/load-content.ts";

const made: string[] = [];
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function generate(notes: number, seed: number, counts: { sources?: number; places?: number } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "briefing-synthetic-"));
  made.push(dir);
  return generateNotes(path.join(dir, "content"), { notes, seed, ...counts });
}

async function digest(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
  for (const file of files) hash.update(path.relative(dir, file)).update(await readFile(file));
  return hash.digest("hex");
}

test("300 synthetic notes load with no problem: places, sources, quotes and relations all check out", async () => {
  const generated = await generate(300, 1);
  const { content, problems } = await loadContent(generated.dir);
  assert.deepEqual(problems, []);
  assert.equal(content.incidents.length, 300);
  assert.equal(content.sources.length, 60);
  assert.ok(content.incidents.some((incident) => incident.disputed), "some notes have disputed claims");
  assert.ok(content.incidents.some((incident) => incident.related.length > 0), "some notes are related");
  assert.ok(content.incidents.some((incident) => incident.precision === "day"), "some notes have a day only");
  const words = content.incidents.map((incident) => incident.body.split(/\s+/).length);
  const average = words.reduce((sum, n) => sum + n, 0) / words.length;
  assert.ok(average > 250 && average < 350, `about 300 words a note (found ${average})`);
  const vocabulary = new Set(content.incidents.flatMap((incident) => incident.body.toLowerCase().match(/[a-z]+/g) ?? []));
  assert.ok(vocabulary.size > 3000, `a varied vocabulary (found ${vocabulary.size} distinct words)`);
});

test("the same seed gives the same files, another seed other ones", async () => {
  const [first, second, other] = await Promise.all([generate(50, 7), generate(50, 7), generate(50, 8)]);
  assert.equal(await digest(first.dir), await digest(second.dir));
  assert.notEqual(await digest(first.dir), await digest(other.dir));
});

test("--sources and --places: 200 notes citing 3 sources at 4 places load with no problem, every source and place cited by many", async () => {
  const generated = await generate(200, 1, { sources: 3, places: 4 });
  assert.equal(generated.sources, 3);
  assert.equal(generated.places, 4);
  const { content, problems } = await loadContent(generated.dir);
  assert.deepEqual(problems, []);
  assert.equal(content.sources.length, 3);
  assert.equal(Object.keys(content.places).length, 4);
  const citing = (id: string) => content.incidents.filter((incident) => incident.sources.some((citation) => citation.source === id)).length;
  for (const source of content.sources) assert.ok(citing(source.id) > 50, `${source.id} is cited by ${citing(source.id)} notes`);
  const citations = content.incidents.reduce((sum, incident) => sum + incident.sources.length, 0);
  assert.equal(generated.citations, citations);
  for (const place of Object.keys(content.places)) assert.ok(content.incidents.filter((incident) => incident.place === place).length > 20, place);
});

test("the defaults are one source per five notes and 60 places, the same files as when they are given", async () => {
  const [implicit, explicit] = await Promise.all([generate(50, 7), generate(50, 7, { sources: 10, places: 60 })]);
  assert.equal(implicit.sources, 10);
  assert.equal(implicit.places, 60);
  assert.equal(await digest(implicit.dir), await digest(explicit.dir));
});
