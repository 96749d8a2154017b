import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BUILD_MARKER, markBuild } from "../../src/cli/build/output-folder.ts";
import { after, before, describe, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { runCli, type CliResult } from "../helpers/cli.ts";
import { ContentError } from "../../src/notes/problems.ts";

const FOLDER = "tests/fixtures/notes-with-several-mistakes";
const PROBLEMS = [
  `${FOLDER}/incidents/impossible-date.md:3:1  date  found "2023-02-30"; expected a real calendar date and time (you specified 30 (of type number) as a day, which is invalid)`,
  `${FOLDER}/incidents/misspelt-kind-and-key.md:4:1  kind  found "atack"; expected one of attack, strike, statement, assessment`,
  `${FOLDER}/incidents/misspelt-kind-and-key.md  place  is missing; expected text`,
  `${FOLDER}/incidents/misspelt-kind-and-key.md:5:1  plcae  is not a known key; expected one of title, date, timezone, precision, kind, place, sources, claims, related, actors, tags, summary, casualties, media, confidence, updates, external_id, draft (did you mean "place"?)`,
  `${FOLDER}/incidents/quote-not-in-source.md:8:5  sources[0].quote  found a quote that is not in ${FOLDER}/sources/field-report.md; expected words that occur in the source text (compared ignoring spacing and quote-mark style)`,
  `${FOLDER}/incidents/quote-not-in-source.md:9:5  sources[1].source  found "feild-report"; expected the id of a source in sources/ (did you mean "field-report"?)`,
];

describe("npm run build on a folder with invalid notes", () => {
  let root: string;
  let output: string;
  let result: CliResult;
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), "briefing-failed-build-"));
    output = path.join(root, "site");
    // The last good site, which a failed build must leave as it was.
    await mkdir(path.join(output, "incidents"), { recursive: true });
    await writeFile(path.join(output, "index.html"), "<p>the last good site</p>");
    await writeFile(path.join(output, "incidents", "keep.html"), "<p>keep me</p>");
    await markBuild(output);
    result = await runCli(["build", "--content", FOLDER, "--output", output]);
  });
  after(() => rm(root, { recursive: true, force: true }));

  test("exits with code 1", () => {
    assert.equal(result.code, 1, result.stderr);
  });

  test("lists every problem with file, line, field, what was found and what was expected", () => {
    const printed = `${result.stderr}\n${result.stdout}`;
    for (const line of PROBLEMS) assert.ok(printed.includes(`  ${line}\n`) || printed.endsWith(`  ${line}`), `missing: ${line}\n--- printed:\n${printed}`);
    assert.ok(printed.includes("6 content problems:"), printed);
  });

  test("prints no stack trace", () => {
    assert.doesNotMatch(`${result.stderr}\n${result.stdout}`, /^\s+at /m);
  });

  test("lists each problem once", () => {
    for (const line of PROBLEMS) assert.equal(result.stderr.split(line).length - 1, 1, line);
  });

  test("leaves the previous output folder exactly as it was, with no staging folder beside it", async () => {
    assert.equal(await readFile(path.join(output, "index.html"), "utf8"), "<p>the last good site</p>");
    assert.equal(await readFile(path.join(output, "incidents", "keep.html"), "utf8"), "<p>keep me</p>");
    assert.deepEqual((await readdir(output, { recursive: true })).sort(), [BUILD_MARKER, "incidents", "incidents/keep.html", "index.html"]);
    assert.deepEqual(await readdir(root), ["site"]);
  });
});

test("an in-memory build of the same folder rejects with a ContentError carrying all six problems", async () => {
  await assert.rejects(renderPages(fixture("notes-with-several-mistakes")), (error: unknown) => {
    let current = error as { originalError?: unknown; cause?: unknown } | undefined;
    while (current && !(current instanceof ContentError)) current = (current.originalError ?? current.cause) as typeof current;
    assert.ok(current instanceof ContentError, String(error));
    assert.equal(current.problems.length, 6);
    return true;
  });
});
