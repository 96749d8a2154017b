/**
 * `npm run import-csv`: an ACLED export (tests/fixtures/acled-export, rows written for these tests)
 * becomes draft incident notes with their places and sources, each row mapped by the documented
 * table; the folder then builds; a second import writes nothing; bad rows are all named, with
 * their lines, and nothing is written.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../src/notes/load-content.ts";
import type { Content } from "../../src/notes/content.ts";
import { briefing, fixture, hashTree, workspace, type Workspace } from "./support.ts";

const EXPORT = path.join(fixture("acled-export"), "events.csv");
let space: Workspace;
let placesBefore: string;
let run: Awaited<ReturnType<typeof briefing>>;
let content: Content;

before(async () => {
  space = await workspace();
  placesBefore = await readFile(path.join(space.content, "places.yaml"), "utf8");
  run = await briefing(["import-csv", EXPORT], { cwd: space.dir, timeoutMs: 60_000 });
  content = (await loadContent(space.content)).content;
});
after(() => space.remove());

const imported = (externalId: string) => content.incidents.find((incident) => incident.externalId === externalId)!;

test("every row becomes a draft note that keeps its event_id_cnty; the command says what it wrote", async () => {
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Wrote 5 incident notes from .*events\.csv, as drafts \(draft: true\), 2 new source notes and 2 new places in content\/places\.yaml\./);
  const rows = ["TST0001", "TST0002", "TST0003", "TST0004", "TST0005"];
  assert.deepEqual(rows.map((id) => [imported(id)?.draft, imported(id)?.precision]), rows.map(() => [true, "day"]));
  assert.equal((await loadContent(space.content)).problems.length, 0);
  assert.ok(existsSync(path.join(space.content, "incidents/2023-03-20-tst0001.md")));
});

test("each row is mapped by the table: kind from event type, a tag for a week or a month, place precision from geo_precision", () => {
  const row = (id: string) => {
    const incident = imported(id);
    const place = content.places[incident.place];
    return { kind: incident.kind, day: incident.day, tags: incident.tags, place: incident.place, precision: place.precision, killed: incident.casualties?.killed };
  };
  assert.deepEqual(row("TST0001"), { kind: "strike", day: "2023-03-20", tags: ["acled"], place: "test-town", precision: "approximate", killed: 2 });
  // "24 March 2023", ACLED's spreadsheet form of the day; time_precision 2: known to the week.
  assert.deepEqual(row("TST0002"), { kind: "attack", day: "2023-03-24", tags: ["acled", "acled-date-within-a-week"], place: "test-town", precision: "approximate", killed: 0 });
  assert.deepEqual(row("TST0003"), { kind: "attack", day: "2023-03-25", tags: ["acled", "acled-date-within-a-month"], place: "other-test-village", precision: "region", killed: undefined });
  assert.deepEqual(row("TST0004"), { kind: "statement", day: "2023-03-26", tags: ["acled"], place: "test-town", precision: "approximate", killed: 0 });
  // Same name and coordinates as the folder's own Hasakah: that place, not a new one.
  assert.deepEqual(row("TST0005"), { kind: "attack", day: "2023-03-27", tags: ["acled"], place: "hasakah", precision: "approximate", killed: 1 });
  assert.deepEqual(imported("TST0002").actors, ["Test Militia", "Testland forces"]);
  assert.match(imported("TST0003").body, /ACLED dates this event only to within a month of this day/);
});

test("sources become source notes without text; the places are appended, the file's earlier text kept", async () => {
  const sources = content.sources.filter((source) => ["test-wire", "test-monitor"].includes(source.id));
  assert.deepEqual(sources.map((source) => [source.id, source.publisher, source.published, source.text.trim()]).sort(), [
    ["test-monitor", "Test Monitor", "2023-03-20", ""],
    ["test-wire", "Test Wire", "2023-03-20", ""],
  ]);
  assert.deepEqual(imported("TST0001").sources.map((citation) => citation.source), ["test-wire", "test-monitor"]);
  const places = await readFile(path.join(space.content, "places.yaml"), "utf8");
  assert.ok(places.startsWith(placesBefore));
});

test("the imported folder builds, and a published import appears on the site", async () => {
  const note = path.join(space.content, "incidents/2023-03-20-tst0001.md");
  await writeFile(note, (await readFile(note, "utf8")).replace(/^draft: true\n/m, ""));
  const built = await briefing(["build"], { cwd: space.dir, timeoutMs: 120_000 });
  assert.equal(built.code, 0, built.stderr);
  assert.match(await readFile(path.join(space.dir, "_site/incidents/2023-03-20-tst0001/index.html"), "utf8"), /Air\/drone strike in Test town/);
  assert.equal(existsSync(path.join(space.dir, "_site/incidents/2023-03-24-tst0002")), false, "a draft was published");
});

test("importing the same file again writes nothing and says so", async () => {
  const before = await hashTree(space.content);
  const again = await briefing(["import-csv", EXPORT], { cwd: space.dir, timeoutMs: 60_000 });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^Nothing new in .*events\.csv: its 5 rows are already imported/);
  assert.deepEqual(await hashTree(space.content), before);
});

test("bad rows are all named with their lines and what was expected; nothing is written", async () => {
  const bad = path.join(space.dir, "bad.csv");
  const header = (await readFile(EXPORT, "utf8")).split("\n")[0];
  await writeFile(
    bad,
    [
      header,
      "BAD0001,2023-03-20,2023,1,Demonstrations,Protests,Peaceful protest,Protesters,,,Syria,A,,Test town,35.1,40.2,1,Test Wire,National,test,0,1",
      "BAD0002,2023-03-21,2023,4,Political violence,Battles,Armed clash,A,B,,Syria,A,,Test town,35.1,40.2,1,Test Wire,National,test,0,1",
      "BAD0003,2023-02-30,2023,1,Political violence,Battles,Armed clash,A,B,,Syria,A,,Test town,north,40.2,5,,National,test,many,1",
      "BAD0001,2023-03-22,2023,1,Political violence,Riots,Mob violence,A,,,Syria,A,,Test town,35.1,40.2,1,Test Wire,National,test,0,1",
      "",
    ].join("\n"),
  );
  const before = await hashTree(space.content);
  const refused = await briefing(["import-csv", bad], { cwd: space.dir });
  assert.equal(refused.code, 1);
  const lines = refused.stderr.trim().split("\n");
  assert.equal(lines[0], "9 content problems:");
  assert.equal(lines.at(-1), "Nothing was written.");
  assert.deepEqual(lines.slice(1, -1).map((line) => line.trim().replace(/^\S*bad\.csv/, "bad.csv")), [
    'bad.csv:2:1  event_type  found "Protests"; a protest is not one of the kinds here (attack, strike, statement, assessment)',
    'bad.csv:3:1  time_precision  found "4"; expected 1, 2 or 3 (ACLED\'s time precision)',
    'bad.csv:4:1  event_date  found "2023-02-30"; expected a day such as 2023-03-24 or 24 March 2023',
    'bad.csv:4:1  latitude  found "north"; expected decimal degrees between -90 and 90',
    'bad.csv:4:1  geo_precision  found "5"; expected 1, 2 or 3 (ACLED\'s geographic precision)',
    'bad.csv:4:1  source  is empty; expected the names of the row\'s sources, separated by semicolons',
    'bad.csv:4:1  fatalities  found "many"; expected a whole number of at least 0',
    'bad.csv:5:1  event_id_cnty  found "BAD0001", which line 2 has too; expected each event once',
    'bad.csv:5:1  event_type  found "Riots"; a riot is not one of the kinds here (attack, strike, statement, assessment)',
  ]);
  assert.deepEqual(await hashTree(space.content), before);
});

test("a file without ACLED's columns is refused by name, and the command needs one file", async () => {
  const notAcled = path.join(space.dir, "other.csv");
  await writeFile(notAcled, "id,date,title\n1,2023-03-20,Something\n");
  const refused = await briefing(["import-csv", notAcled], { cwd: space.dir });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /other\.csv:1:1  the header lacks event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, country, location, latitude, longitude, geo_precision, source; expected ACLED's columns/);
  const none = await briefing(["import-csv"], { cwd: space.dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^Name the ACLED export to import/);
});
