/** `npm run place` appends one place to places.yaml: the file's comments and order stay byte for byte; every mistake is named at once; nothing is written then. */
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../src/notes/load-content.ts";
import { briefing, inTerminal, KEYS, workspace, type Workspace } from "./support.ts";

let space: Workspace;
let file: string;
let original: string;
before(async () => {
  space = await workspace();
  file = path.join(space.content, "places.yaml");
  original = `# Places the notes refer to; keep this comment.\n${await readFile(file, "utf8")}`;
  await writeFile(file, original);
});
after(() => space.remove());

const place = (...flags: string[]) => briefing(["place", ...flags], { cwd: space.dir });
const DEIR = ["--id", "deir-ez-zor", "--name", "Deir ez-Zor", "--lat", "35.336", "--lon", "40.14", "--precision", "exact", "--country", "Syria"];

test("a new place is appended; what was there stays byte for byte; the build reads it back", async () => {
  const run = await place(...DEIR);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, 'Added the place "deir-ez-zor" to content/places.yaml. Notes can now say place: deir-ez-zor.\n');
  const after = await readFile(file, "utf8");
  assert.ok(after.startsWith(original), "the file's earlier text changed");
  assert.equal(after.slice(original.length), 'deir-ez-zor:\n  name: "Deir ez-Zor"\n  lat: 35.336\n  lon: 40.14\n  precision: exact\n  country: "Syria"\n');
  const { content, problems } = await loadContent(space.content);
  assert.deepEqual(problems, []);
  assert.deepEqual(content.places["deir-ez-zor"], { id: "deir-ez-zor", name: "Deir ez-Zor", lat: 35.336, lon: 40.14, precision: "exact", country: "Syria" });
});

test("the same id again is refused, nothing written", async () => {
  const before = await readFile(file, "utf8");
  const run = await place(...DEIR);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /content\/places\.yaml {2}id {2}found "deir-ez-zor", which content\/places\.yaml already has; expected a new id/);
  assert.equal(await readFile(file, "utf8"), before);
});

test("every invalid value is named at once, in the build's words, nothing written", async () => {
  const before = await readFile(file, "utf8");
  const run = await place("--id", "Deir", "--name", " ", "--lat", "95", "--lon", "east", "--precision", "exakt", "--country", "Syria");
  assert.equal(run.code, 1);
  assert.equal(
    run.stderr,
    [
      "5 content problems:",
      '  content/places.yaml  id  found "Deir"; expected a place id of lowercase letters, digits and single hyphens',
      '  content/places.yaml  name  found ""; expected non-empty text',
      "  content/places.yaml  lat  found 95; expected a number of at most 90",
      '  content/places.yaml  lon  found "east"; expected a number',
      '  content/places.yaml  precision  found "exakt"; expected one of exact, approximate, region (did you mean "exact"?)',
      "Nothing was written.",
      "",
    ].join("\n"),
  );
  assert.equal(await readFile(file, "utf8"), before);
});

test("in a pipe, missing flags are named with the usage, exit 2", async () => {
  const run = await place("--id", "raqqa");
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^Missing --name, --lat, --lon, --precision, --country\. Standard input is not a terminal/);
});

test("at a terminal, what the flags left out is asked, and a bad answer refused in the build's words", async () => {
  const terminal = inTerminal(["place", "--id", "conoco-plant", "--country", "Syria"], { cwd: space.dir });
  await terminal.expect("Name (as readers know it)");
  terminal.type(`Conoco plant${KEYS.enter}`);
  await terminal.expect("Latitude (decimal degrees, north positive)");
  terminal.type(`91${KEYS.enter}`);
  await terminal.expect("found 91; expected a number of at most 90");
  terminal.type(`${KEYS.backspace.repeat(2)}35.4${KEYS.enter}`);
  await terminal.expect("Longitude (decimal degrees, east positive)");
  terminal.type(`40.3${KEYS.enter}`);
  await terminal.expect("How well are the coordinates known?");
  terminal.type(`${KEYS.down}${KEYS.enter}`); // approximate
  const run = await terminal.done();
  assert.equal(run.code, 0, run.stdout);
  const { content } = await loadContent(space.content);
  assert.deepEqual(content.places["conoco-plant"], { id: "conoco-plant", name: "Conoco plant", lat: 35.4, lon: 40.3, precision: "approximate", country: "Syria" });
});
