/**
 * `npm run new` refuses an invalid value before writing, and says so exactly as the build would:
 * the same note written by hand and checked gives the same lines.
 */
import assert from "node:assert/strict";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { checkContent } from "../../src/cli/check/index.ts";
import { incidentId, incidentNoteText, type IncidentAnswers } from "../../src/cli/new/incident-note.ts";
import { bodySkeleton } from "../../src/cli/new/messages.ts";
import { briefing, workspace, type Workspace } from "./support.ts";

const VALID: IncidentAnswers = { title: "Rockets hit Conoco", date: "2023-03-24T21:00", kind: "attack", place: "al-omar", sources: [{ source: "centcom-release" }] };

const CASES: { name: string; answers: Partial<IncidentAnswers>; expected: string }[] = [
  { name: "an unknown kind", answers: { kind: "atack" }, expected: 'kind  found "atack"; expected one of attack, strike, statement, assessment' },
  { name: "an unknown place, with the near one", answers: { place: "al-omr" }, expected: 'place  found "al-omr"; expected a place id from places.yaml (did you mean "al-omar"?)' },
  { name: "an unknown source", answers: { sources: [{ source: "centcom" }] }, expected: 'sources[0].source  found "centcom"; expected the id of a source in sources/' },
  { name: "a quote not in its source", answers: { sources: [{ source: "centcom-release", quote: "twelve rockets" }] }, expected: "sources[0].quote  found a quote that is not in content/sources/centcom-release.md" },
  { name: "an impossible date", answers: { date: "2023-02-30" }, expected: 'date  found "2023-02-30"; expected a real calendar date and time' },
  { name: "a date that does not parse", answers: { date: "24 March 2023" }, expected: 'date  found "24 March 2023"; expected YYYY-MM-DD, YYYY-MM-DDTHH:MM (local time)' },
  { name: "a zone that does not exist", answers: { timezone: "Asia/Damascas" }, expected: 'timezone  found "Asia/Damascas"; expected an IANA time zone such as Asia/Damascus or America/New_York' },
  { name: "a time precision on a day", answers: { date: "2023-03-24", precision: "exact" }, expected: 'precision  found "exact" for a date with no time; expected day, or give the time in date' },
];

const flagsOf = (a: IncidentAnswers) => [
  ...["--title", a.title, "--date", a.date, "--kind", a.kind, "--place", a.place],
  ...a.sources.flatMap((s) => ["--source", s.source, ...(s.quote ? ["--quote", s.quote] : [])]),
  ...(a.timezone ? ["--timezone", a.timezone] : []),
  ...(a.precision ? ["--precision", a.precision] : []),
];

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

/** What `npm run check` says of this note written by hand: its problem lines. */
async function checkedByHand(answers: IncidentAnswers): Promise<string[]> {
  const byHand = await workspace();
  const cwd = process.cwd();
  try {
    const id = incidentId(answers, "Asia/Damascus");
    await writeFile(path.join(byHand.content, "incidents", `${id}.md`), incidentNoteText({ ...answers, draft: true }, bodySkeleton, "../../schemas/incident.schema.json"));
    process.chdir(byHand.dir);
    const { output } = await checkContent("content");
    return output.split("\n").slice(0, -1);
  } finally {
    process.chdir(cwd);
    await byHand.remove();
  }
}

// NOTE: sequential, because checkedByHand changes the process working directory.
describe("each invalid value is refused, nothing written, in the build's words", () => {
  for (const { name, answers, expected } of CASES) {
    test(name, async () => {
      const all = { ...VALID, ...answers };
      const run = await briefing(["new", ...flagsOf(all)], { cwd: space.dir });
      assert.equal(run.code, 1);
      assert.equal(run.stdout, "");
      const lines = run.stderr.trimEnd().split("\n");
      assert.equal(lines[0], "1 content problem:");
      assert.equal(lines.at(-1), "Nothing was written.");
      const problems = lines.slice(1, -1).map((line) => line.trim());
      assert.ok(problems[0].includes(`  ${expected}`), `${problems[0]}\ndoes not contain\n${expected}`);
      assert.deepEqual(problems, await checkedByHand(all));
      assert.deepEqual(await readdir(path.join(space.content, "incidents")), ["2023-03-23-drone-strike-hasakah.md", "2023-03-24-rockets-green-village.md"]);
    });
  }
});
