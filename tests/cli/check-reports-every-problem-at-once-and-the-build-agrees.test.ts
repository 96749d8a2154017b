/**
 * `npm run check` validates without building: all problems at once, exit 1, `--json` for machines;
 * a clean folder gets one OK line and exit 0. The build runs the same checker and fails on the same lines.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../src/notes/load-content.ts";
import { briefing, fixture, ROOT, workspace, type Workspace } from "./support.ts";

let bad: Workspace;
before(async () => {
  bad = await workspace();
  const incident = (fields: string) => `---\ntitle: "Case"\ndate: "2023-03-24T10:00"\n${fields}sources:\n  - source: centcom-release\n---\nText.\n`;
  await writeFile(path.join(bad.content, "incidents/2023-03-24-misspelt.md"), incident("kind: atack\nplcae: al-omar\n"));
  await writeFile(path.join(bad.content, "incidents/2023-03-24-far-away.md"), incident("kind: attack\nplace: damascus\n"));
  await writeFile(path.join(bad.content, "sources/latin-1.md"), Buffer.from("---\ntitle: Caf\xe9\n---\n", "latin1"));
});
after(() => bad.remove());

const EXPECTED = [
  'content/sources/latin-1.md  the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8)',
  // Each note's problems together, notes in path order: references, checked once every note is read, join their note's.
  'content/incidents/2023-03-24-far-away.md:5:1  place  found "damascus"; expected a place id from places.yaml',
  'content/incidents/2023-03-24-misspelt.md:4:1  kind  found "atack"; expected one of attack, strike, statement, assessment',
  "content/incidents/2023-03-24-misspelt.md  place  is missing; expected text",
  'content/incidents/2023-03-24-misspelt.md:5:1  plcae  is not a known key; expected one of title, date, timezone, precision, kind, place, sources, claims, related, actors, tags, summary, casualties, media, confidence, updates, external_id, draft (did you mean "place"?)',
];

test("the shipped content checks clean: one OK line, exit 0", async () => {
  const run = await briefing(["check"], { cwd: ROOT });
  const [ok, ...warnings] = run.stdout.trimEnd().split("\n");
  assert.match(`${ok}\n`, /^OK content: \d+ incidents, \d+ sources, \d+ places, no problems\.\n$/);
  // The shipped sources have no archived copies (the reference sheet gives none): check says so, without failing.
  assert.ok(warnings.every((line) => /  url  has a url and no archived copy;|^\d+ warnings?: the notes build as written/.test(line)), run.stdout);
  assert.equal(run.stderr, "");
  assert.equal(run.code, 0);
});

test("problems in several notes are all listed, one a line, then counted", async () => {
  const run = await briefing(["check"], { cwd: bad.dir });
  assert.equal(run.stdout, `${EXPECTED.join("\n")}\n5 problems in content.\n`);
  assert.equal(run.stderr, "");
  assert.equal(run.code, 1);
});

test("--json gives the same problems as data", async () => {
  const run = await briefing(["check", "--json"], { cwd: bad.dir });
  assert.equal(run.code, 1);
  const report = JSON.parse(run.stdout) as { ok: boolean; content: string; counts: Record<string, number>; problems: unknown[] };
  assert.equal(report.ok, false);
  assert.equal(report.content, "content");
  assert.deepEqual(report.counts, { incidents: 3, sources: 2, places: 2 });
  assert.equal(report.problems.length, EXPECTED.length);
  const cwd = process.cwd();
  process.chdir(bad.dir);
  try {
    assert.deepEqual(report.problems, JSON.parse(JSON.stringify((await loadContent("content")).problems)));
  } finally {
    process.chdir(cwd);
  }
  const first = report.problems[1] as Record<string, unknown>;
  assert.deepEqual(Object.keys(first).sort(), ["column", "field", "file", "line", "message"]);
});

test("--json on a clean folder: ok true, no problems", async () => {
  const run = await briefing(["check", "--json", "--content", fixture("small-briefing")], { cwd: ROOT });
  assert.equal(run.code, 0);
  const { warnings, ...result } = JSON.parse(run.stdout);
  assert.deepEqual(result, { ok: true, content: fixture("small-briefing"), counts: { incidents: 2, sources: 2, places: 2 }, problems: [] });
  // Its one source with a url has no archived copy: a warning, not a problem.
  assert.deepEqual(warnings.map((warning: { field: string; message: string }) => [warning.field, /no archived copy/.test(warning.message)]), [["url", true]]);
});

test("the build fails on the same problems, word for word, and writes nothing", async () => {
  const check = await briefing(["check"], { cwd: bad.dir });
  const build = await briefing(["build", "--output", "site"], { cwd: bad.dir });
  assert.equal(build.code, 1);
  for (const line of check.stdout.trimEnd().split("\n").slice(0, -1)) assert.ok(build.stderr.includes(line), `the build did not report:\n${line}\n--- it printed:\n${build.stderr}`);
  assert.ok(!existsSync(path.join(bad.dir, "site")));
});

test("a content folder that does not exist is named, exit 1", async () => {
  const run = await briefing(["check", "--content", "contnet"], { cwd: bad.dir });
  assert.equal(run.stderr, "There is no content folder at contnet; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).\n");
  assert.equal(run.code, 1);
});

test("with --json, a missing content folder is JSON too: the folder as the one problem", async () => {
  const run = await briefing(["check", "--json", "--content", "contnet"], { cwd: bad.dir });
  assert.equal(run.code, 1);
  assert.equal(run.stderr, "");
  const report = JSON.parse(run.stdout) as { ok: boolean; problems: { file: string; message: string }[] };
  assert.equal(report.ok, false);
  assert.deepEqual(report.problems.map((problem) => [problem.file, problem.message]), [
    ["contnet", "There is no content folder at contnet; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another)."],
  ]);
});
