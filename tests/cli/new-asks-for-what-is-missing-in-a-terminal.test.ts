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
import { parseNoteText } from "../../src/notes/read-note-file.ts";
import { inTerminal, KEYS, workspace, type Workspace } from "./support.ts";

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
