/** `npm run import`: a plain-text report (first line `date YYYY-MM-DD`) becomes a source note; never overwrites, never mangles. */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { parseReport } from "../../src/cli/import/parse-report.ts";
import { parseNoteText } from "../../src/notes/read-note-file.ts";
import { briefing, fixture, inTerminal, KEYS, workspace, type Workspace } from "./support.ts";

const REPORT = fixture("reports/2023-03-24-us-base-al-omar-attack.txt");
let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

test("the shared report form: indented date line, text carrying on after the date", () => {
  assert.deepEqual(parseReport(" date 2023-03-24 A U.S. base came under attack.\n\nMore."), {
    ok: true,
    report: { published: "2023-03-24", text: "A U.S. base came under attack.\n\nMore." },
  });
  assert.deepEqual(parseReport("date 2023-03-24\n\nText on its own line.\n"), { ok: true, report: { published: "2023-03-24", text: "Text on its own line.\n" } });
  assert.deepEqual(parseReport("Headline\ndate 2023-03-24 Text"), { ok: false, reason: "no-date-line", firstLine: "Headline" });
  assert.deepEqual(parseReport("date 2023-03-24  \n"), { ok: false, reason: "no-text", firstLine: "date 2023-03-24  " });
});

test("a shared report is imported: front matter complete, text byte for byte after the date", async () => {
  const run = await briefing(
    ["import", REPORT, "--title", "US base in Syria's Al Omar region attacked", "--publisher", "Daily Caller News Foundation", "--type", "report"],
    { cwd: space.dir },
  );
  assert.equal(run.stderr, "");
  assert.equal(run.code, 0);
  assert.equal(
    run.stdout,
    "Wrote content/sources/2023-03-24-us-base-al-omar-attack.md\nCite it in an incident note as  - source: 2023-03-24-us-base-al-omar-attack   (or npm run new -- … --source 2023-03-24-us-base-al-omar-attack)\n",
  );
  const written = await readFile(path.join(space.content, "sources/2023-03-24-us-base-al-omar-attack.md"), "utf8");
  assert.match(written, /^---\n# yaml-language-server: \$schema=\S+\/schemas\/source\.schema\.json\n/);
  const read = parseNoteText(written, "x.md");
  assert.ok(read.ok);
  assert.deepEqual(read.note.data, { title: "US base in Syria's Al Omar region attacked", publisher: "Daily Caller News Foundation", published: "2023-03-24", type: "report" });
  const original = await readFile(REPORT, "utf8");
  assert.equal(read.note.body, original.replace(/^ date 2023-03-24 /, ""));
  assert.ok(read.note.body.includes("Syria’s Al Omar region"), "curly apostrophes kept");

  const check = await briefing(["check"], { cwd: space.dir });
  // Warnings may follow (a source with a url and no archived copy); no problem may.
  assert.ok(check.stdout.startsWith("OK content: 2 incidents, 3 sources, 2 places, no problems.\n"), check.stdout);
});

test("the same report again: refused, the first note untouched", async () => {
  const file = path.join(space.content, "sources/2023-03-24-us-base-al-omar-attack.md");
  const before = await readFile(file, "utf8");
  const run = await briefing(["import", REPORT, "--title", "Another title", "--publisher", "Someone"], { cwd: space.dir });
  assert.equal(run.code, 1);
  assert.equal(
    run.stderr,
    `content/sources/2023-03-24-us-base-al-omar-attack.md already exists; nothing was written. The id comes from the report's file name: rename ${path.relative(space.dir, REPORT)} to import it as another source.\n`,
  );
  assert.equal(await readFile(file, "utf8"), before);
});

test("in a pipe, missing title and publisher are named, nothing asked or written", async () => {
  const run = await briefing(["import", fixture("reports/2023-03-25-rockets-after-retaliatory-strikes.txt")], { cwd: space.dir, timeoutMs: 15_000 });
  assert.equal(run.stderr.split("\n")[0], "Missing --title, --publisher. Standard input is not a terminal, so nothing was asked: give them as flags.");
  assert.equal(run.code, 2);
  assert.ok(!existsSync(path.join(space.content, "sources/2023-03-25-rockets-after-retaliatory-strikes.md")));
});

test("bad reports are refused with what is wrong and where", async () => {
  const cases: [string, Buffer | string, string, string?][] = [
    ["no-date.txt", "A report without its date line.\n", 'no-date.txt:1:1  the first line is "A report without its date line."; expected "date YYYY-MM-DD" followed by the report\'s text. Nothing was written.'],
    ["latin-1.txt", Buffer.from("date 2023-03-24 Caf\xe9 attack\n", "latin1"), "latin-1.txt  the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8). Nothing was written."],
    ["only-date.txt", "date 2023-03-24\n", "only-date.txt  there is no text after the date line; expected the report's text. Nothing was written."],
    ["bad-day.txt", "date 2023-02-29 Text.\n", "1 content problem:", '  content/sources/bad-day.md:5:1  published  found "2023-02-29"; expected a real calendar day'],
  ];
  for (const [name, bytes, first, second] of cases) {
    await writeFile(path.join(space.dir, name), bytes);
    const run = await briefing(["import", name, "--title", "T", "--publisher", "P"], { cwd: space.dir });
    const lines = run.stderr.split("\n");
    assert.equal(lines[0], first);
    if (second) assert.equal(lines[1], second);
    assert.equal(run.code, 1);
    assert.ok(!existsSync(path.join(space.content, "sources", name.replace(".txt", ".md"))));
  }
});

test("an unusable file name gives its slug as the id, and says so", async () => {
  await writeFile(path.join(space.dir, "Pentagon Briefing 30 March.txt"), "date 2023-03-30 The briefing text.\n");
  const run = await briefing(["import", "Pentagon Briefing 30 March.txt", "--title", "Briefing", "--publisher", "DoD", "--type", "official", "--url", "https://www.defense.gov/"], { cwd: space.dir });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.split("\n")[0], 'The file name "Pentagon Briefing 30 March.txt" is not a usable id; the source\'s id is "pentagon-briefing-30-march".');
  assert.ok(existsSync(path.join(space.content, "sources/pentagon-briefing-30-march.md")));
});

test("at a terminal, title, publisher, address and type are asked", async () => {
  const terminal = inTerminal(["import", fixture("reports/2023-03-25-rockets-after-retaliatory-strikes.txt")], { cwd: space.dir });
  await terminal.expect("Title of the report");
  terminal.type(`Rockets target US base near the Al-Omar oil field${KEYS.enter}`);
  await terminal.expect("Publisher");
  terminal.type(`Not named in the copy${KEYS.enter}`);
  await terminal.expect("Where the original can be read");
  terminal.type(`javascript:alert(1)${KEYS.enter}`);
  await terminal.expect('found "javascript:alert(1)"; expected an http:// or https:// address');
  terminal.type(`${KEYS.backspace.repeat(19)}${KEYS.enter}`);
  await terminal.expect("Type of source");
  terminal.type(KEYS.enter);
  const run = await terminal.done();
  assert.equal(run.code, 0, run.stdout);
  const read = parseNoteText(await readFile(path.join(space.content, "sources/2023-03-25-rockets-after-retaliatory-strikes.md"), "utf8"), "x.md");
  assert.ok(read.ok);
  assert.deepEqual(read.note.data, { title: "Rockets target US base near the Al-Omar oil field", publisher: "Not named in the copy", published: "2023-03-25", type: "report" });
});
