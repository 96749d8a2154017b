/** `npm run new` with every value as a flag: one complete, valid note, its path printed, exit 0. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { renderPages } from "../helpers/build.ts";
import { briefing, ROOT, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

const FILE = "content/incidents/2023-03-24-rockets-hit-conoco-one-wounded.md";

test("every flag given: the note is written and its path printed", async () => {
  const run = await briefing(
    [
      "new",
      ...["--title", "Rockets hit Conoco: one wounded", "--date", "2023-03-24T22:39", "--kind", "attack", "--place", "al-omar"],
      ...["--source", "centcom-release", "--quote", "ten rockets were fired", "--source", "dod-statement"],
      ...["--timezone", "Asia/Damascus", "--precision", "approximate", "--summary", "Rockets hit the base late in the evening."],
    ],
    { cwd: space.dir },
  );
  assert.equal(run.stderr, "");
  assert.equal(run.code, 0);
  assert.equal(run.stdout.split("\n")[0], `Wrote ${FILE} as a draft (draft: true): the preview shows it, the build leaves it out until you remove that line`);

  const text = await readFile(path.join(space.dir, FILE), "utf8");
  const [, modeline, ...rest] = text.split("\n");
  // The modeline points editors at the committed schema, relative to the note.
  const schemaPath = modeline.replace("# yaml-language-server: $schema=", "");
  assert.equal(path.resolve(space.dir, "content/incidents", schemaPath), path.join(ROOT, "schemas/incident.schema.json"));
  assert.equal(
    rest.join("\n"),
    [
      'title: "Rockets hit Conoco: one wounded"',
      'date: "2023-03-24T22:39"',
      'timezone: "Asia/Damascus"',
      'precision: "approximate"',
      'kind: "attack"',
      'place: "al-omar"',
      'summary: "Rockets hit the base late in the evening."',
      "sources:",
      '  - source: "centcom-release"',
      '    quote: "ten rockets were fired"',
      '  - source: "dod-statement"',
      "draft: true",
      "---",
      "Replace this paragraph with what happened, as the sources report it: who, what, where and when,",
      "in plain sentences. Put a source's own words in `quote:` under `sources:` (the build checks them",
      "against the source text), and figures the sources give differently under `claims:`.",
      "",
    ].join("\n"),
  );
});

test("the written draft passes the check; the preview shows it, the production build leaves it out", async () => {
  const run = await briefing(["check"], { cwd: space.dir });
  // Warnings may follow (a source with a url and no archived copy); no problem may.
  assert.ok(run.stdout.startsWith("OK content: 3 incidents, 2 sources, 2 places, no problems.\n"), run.stdout);
  const preview = await renderPages(space.content, "serve");
  assert.match(preview.get("/")!, /Rockets hit Conoco: one wounded/);
  assert.ok(preview.has("/incidents/2023-03-24-rockets-hit-conoco-one-wounded/"));
  const production = await renderPages(space.content);
  assert.doesNotMatch(production.get("/")!, /Rockets hit Conoco: one wounded/);
});

test("--text writes the account; with --publish the note is no draft and the build shows it", async () => {
  const run = await briefing(
    ["new", "--title", "Published at once", "--date", "2023-03-24T09:00", "--kind", "statement", "--place", "hasakah", "--source", "dod-statement", "--text", "The Pentagon gave its account.", "--publish"],
    { cwd: space.dir },
  );
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.split("\n")[0], "Wrote content/incidents/2023-03-24-published-at-once.md");
  const text = await readFile(path.join(space.content, "incidents/2023-03-24-published-at-once.md"), "utf8");
  assert.ok(text.endsWith("---\nThe Pentagon gave its account.\n"), text);
  assert.doesNotMatch(text, /draft:/);
  assert.ok((await renderPages(space.content)).has("/incidents/2023-03-24-published-at-once/"));
});

test("--publish without --text is refused: a note is never published with the placeholder", async () => {
  const run = await briefing(["new", "--title", "No text", "--date", "2023-03-24", "--kind", "statement", "--place", "hasakah", "--source", "dod-statement", "--publish"], { cwd: space.dir });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^--publish needs --text: a note is published with its account, never with the placeholder\./);
  assert.equal(existsSync(path.join(space.content, "incidents/2023-03-24-no-text.md")), false);
});

test("an instant is filed under its day in the note's zone, a day alone under that day", async () => {
  // 22:30 UTC on the 24th is 01:30 on the 25th in Damascus, the site's zone.
  const late = await briefing(["new", "--title", "After midnight", "--date", "2023-03-24T22:30:00Z", "--kind", "strike", "--place", "al-omar", "--source", "centcom-release"], { cwd: space.dir });
  assert.equal(late.code, 0, late.stderr);
  assert.ok(existsSync(path.join(space.content, "incidents/2023-03-25-after-midnight.md")));
  const day = await briefing(["new", "--title", "Day only", "--date", "2023-03-23", "--kind", "statement", "--place", "hasakah", "--source", "dod-statement", "--draft"], { cwd: space.dir });
  assert.equal(day.code, 0, day.stderr);
  const text = await readFile(path.join(space.content, "incidents/2023-03-23-day-only.md"), "utf8");
  assert.match(text, /\ndate: "2023-03-23"\n/);
  assert.match(text, /\ndraft: true\n/);
  const frontMatter = text.split("\n---\n")[0];
  assert.doesNotMatch(frontMatter, /precision|timezone|summary|quote/);
  assert.deepEqual((await readdir(path.join(space.content, "incidents"))).length, 6);
});
