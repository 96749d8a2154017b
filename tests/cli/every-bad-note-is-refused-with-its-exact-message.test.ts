/**
 * The bad-input corpus: each case in tests/fixtures/bad-notes/ is refused by `npm run check` with
 * exactly its expected text. Every case runs through the check command's own code (in this
 * process: one process per case would take most of a minute); a sample also runs through the real
 * CLI, to show it prints the same, exits 1 and never shows a stack trace.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { checkContent } from "../../src/cli/check/index.ts";
import { briefing, fixture, workspace } from "./support.ts";

const CORPUS = fixture("bad-notes");
const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const expected = (name: string) => readFileSync(path.join(CORPUS, name, "expected.txt"), "utf8");

test("the corpus holds at least 25 distinct bad notes, each with its expected message", () => {
  assert.ok(cases.length >= 25, `only ${cases.length} cases`);
  assert.equal(new Set(cases.map(expected)).size, cases.length, "two cases expect the same output: they are not distinct");
});

describe("each bad note is refused with its exact message", () => {
  for (const name of cases) {
    test(name.replace(/-/g, " "), async () => {
      const space = await workspace(undefined, path.join(CORPUS, name));
      const cwd = process.cwd();
      try {
        // NOTE: messages name files relative to the working directory, as they do for a person in the project folder.
        process.chdir(space.dir);
        const report = await checkContent("content");
        assert.equal(`${report.output}\n`, expected(name));
        assert.equal(report.exitCode, 1);
      } finally {
        process.chdir(cwd);
        await space.remove();
      }
    });
  }
});

describe("npm run check prints the same for a sample, and exits 1", { concurrency: 2 }, () => {
  for (const name of ["several-problems-at-once", "invalid-utf8", "broken-yaml", "duplicate-ids", "quote-not-in-source"]) {
    test(name.replace(/-/g, " "), async () => {
      const space = await workspace(undefined, path.join(CORPUS, name));
      try {
        const run = await briefing(["check"], { cwd: space.dir });
        assert.equal(run.stdout, expected(name));
        assert.equal(run.stderr, "");
        assert.equal(run.code, 1);
      } finally {
        await space.remove();
      }
    });
  }
});
