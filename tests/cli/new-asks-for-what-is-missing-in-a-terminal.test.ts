/**
 * At a terminal, `npm run new` asks for what the flags left out, with choices for kind, place and
 * sources from the content folder, and refuses a bad answer in the build's words before moving on.
 * Driven through a real pseudo-terminal (util-linux `script`), keystroke by keystroke.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../src/notes/load-content.ts";
import { parseNoteText } from "../../src/notes/read-note-file.ts";
import { briefing, inTerminal, KEYS, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

const erase = (count: number) => KEYS.backspace.repeat(count);

test("every missing value is asked; bad answers are refused with the build's message", async () => {
  const terminal = inTerminal(["new", "--title", "Typed at a terminal"], { cwd: space.dir });
  await terminal.expect("Date (");
  terminal.type(`2023-02-30${KEYS.enter}`);
  await terminal.expect('found "2023-02-30"; expected a real calendar date and time');
  terminal.type(`${erase(10)}2023-03-24T22:39${KEYS.enter}`);
  await terminal.expect("Time zone the date is in (IANA name)");
  terminal.type(`Asia/Damascas${KEYS.enter}`);
  await terminal.expect('found "Asia/Damascas"; expected an IANA time zone such as Asia/Damascus or America/New_York');
  terminal.type(`${erase(13)}${KEYS.enter}`); // empty: the default, the site's zone
  await terminal.expect("How exact is the time?");
  terminal.type(`${KEYS.down}${KEYS.down}${KEYS.enter}`); // approximate
  await terminal.expect("Kind");
  terminal.type(`${KEYS.down}${KEYS.enter}`); // strike
  await terminal.expect("Place");
  await terminal.expect("Hasakah (hasakah)");
  terminal.type(`${KEYS.down}${KEYS.enter}`); // places sorted by name: Al-Omar, then Hasakah
  await terminal.expect("Sources (space to pick, enter to confirm)");
  await terminal.expect("(centcom-release)");
  terminal.type(`${KEYS.space}${KEYS.down}${KEYS.space}${KEYS.enter}`); // both
  await terminal.expect("Quote from dod-statement");
  terminal.type(`killed a contractor${KEYS.enter}`);
  await terminal.expect("found a quote that is not in content/sources/dod-statement.md");
  terminal.type(`${erase(19)}killing a US contractor${KEYS.enter}`);
  await terminal.expect("Quote from centcom-release");
  terminal.type(KEYS.enter); // none
  await terminal.expect("Summary (one line for listings, optional)");
  terminal.type(`A drone strike, typed in.${KEYS.enter}`);
  const run = await terminal.done();
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /Wrote content\/incidents\/2023-03-24-typed-at-a-terminal\.md/);

  const text = await readFile(path.join(space.content, "incidents/2023-03-24-typed-at-a-terminal.md"), "utf8");
  const read = parseNoteText(text, "note.md");
  assert.ok(read.ok);
  assert.deepEqual(read.note.data, {
    title: "Typed at a terminal",
    date: "2023-03-24T22:39",
    precision: "approximate",
    kind: "strike",
    place: "hasakah",
    summary: "A drone strike, typed in.",
    sources: [{ source: "dod-statement", quote: "killing a US contractor" }, { source: "centcom-release" }],
    // A note is a draft until its author publishes it.
    draft: true,
  });
});

test("Ctrl+C at a question stops without writing anything", async () => {
  const before = await readdir(path.join(space.content, "incidents"));
  const terminal = inTerminal(["new", "--title", "Never finished", "--date", "2023-03-24"], { cwd: space.dir });
  await terminal.expect("Time zone the date is in");
  terminal.type("\x03");
  const run = await terminal.done();
  assert.match(run.stdout, /Stopped; nothing was written\./);
  assert.equal(run.code, 130);
  assert.deepEqual(await readdir(path.join(space.content, "incidents")), before);
  assert.ok(!existsSync(path.join(space.content, "incidents/2023-03-24-never-finished.md")));
});

const NEW_PLACE_FLAGS = ["--date", "2023-03-24T22:39", "--timezone", "Asia/Damascus", "--precision", "exact", "--kind", "strike", "--source", "dod-statement", "--summary", "At a new place."];

/** Picks "A new place …" (the last choice: up from the first) and answers its questions, the first answer of some refused. */
async function answerNewPlace(terminal: ReturnType<typeof inTerminal>, id: string) {
  await terminal.expect("A new place … (added to places.yaml)");
  terminal.type(`${KEYS.up}${KEYS.enter}`);
  await terminal.expect("Id (lowercase letters");
  terminal.type(`hasakah${KEYS.enter}`);
  await terminal.expect('found "hasakah", which places.yaml already has; expected a new id');
  terminal.type(`${erase(7)}${id}${KEYS.enter}`);
  await terminal.expect("Name (as readers know it)");
  terminal.type(`Deir ez-Zor${KEYS.enter}`);
  await terminal.expect("Latitude");
  terminal.type(`95${KEYS.enter}`);
  await terminal.expect("expected a number of at most 90");
  terminal.type(`${erase(2)}35.336${KEYS.enter}`);
  await terminal.expect("Longitude");
  terminal.type(`40.14${KEYS.enter}`);
  await terminal.expect("How well are the coordinates known?");
  terminal.type(KEYS.enter); // exact
  await terminal.expect("Country");
  terminal.type(`Syria${KEYS.enter}`);
}

test("a new place can be added from the place question: appended to places.yaml with the note, the file otherwise as it was", async () => {
  const placesFile = path.join(space.content, "places.yaml");
  const before = await readFile(placesFile, "utf8");
  const terminal = inTerminal(["new", "--title", "Strike at a new place", ...NEW_PLACE_FLAGS], { cwd: space.dir });
  await answerNewPlace(terminal, "deir-ez-zor");
  const run = await terminal.done();
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /Added the place "deir-ez-zor" to content\/places\.yaml\./);
  assert.match(run.stdout, /Wrote content\/incidents\/2023-03-24-strike-at-a-new-place\.md/);

  const after = await readFile(placesFile, "utf8");
  assert.equal(after, `${before}deir-ez-zor:\n  name: "Deir ez-Zor"\n  lat: 35.336\n  lon: 40.14\n  precision: exact\n  country: "Syria"\n`);
  const { content, problems } = await loadContent(space.content);
  assert.deepEqual(problems, []);
  assert.equal(content.incidents.find((incident) => incident.id === "2023-03-24-strike-at-a-new-place")?.place, "deir-ez-zor");
});

test("when the note is refused, the new place is not added either", async () => {
  const placesFile = path.join(space.content, "places.yaml");
  const before = await readFile(placesFile, "utf8");
  // A note of the same title and day exists, so the new one is refused once everything has been asked.
  const first = await briefing(["new", "--title", "Strike refused at the end", ...NEW_PLACE_FLAGS, "--place", "hasakah"], { cwd: space.dir });
  assert.equal(first.code, 0, first.stderr);
  const placesBefore = await readFile(placesFile, "utf8");
  const terminal = inTerminal(["new", "--title", "Strike refused at the end", ...NEW_PLACE_FLAGS], { cwd: space.dir });
  await answerNewPlace(terminal, "deir-ez-zor-city");
  const run = await terminal.done();
  assert.equal(run.code, 1);
  assert.match(run.stdout, /2023-03-24-strike-refused-at-the-end\.md already exists; nothing was written/);
  assert.equal(placesBefore, before);
  assert.equal(await readFile(placesFile, "utf8"), before);
});
