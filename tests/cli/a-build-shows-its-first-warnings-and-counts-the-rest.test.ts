/** A build prints its first ten warnings, then how many more `npm run check` lists; a check lists them all. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildWarnings, warnings } from "../../src/cli/check/messages.ts";

const unarchived = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ file: `content/sources/s${i}.md`, line: 5, column: 1, field: "url", message: "has a url and no archived copy" }));

test("up to ten warnings are printed whole", () => {
  assert.deepEqual(buildWarnings(unarchived(3)), [0, 1, 2].map((i) => `warning: content/sources/s${i}.md:5:1  url  has a url and no archived copy`));
  assert.equal(buildWarnings(unarchived(10)).length, 10);
  assert.deepEqual(buildWarnings([]), []);
});

test("past ten, the build names how many more there are and where to see them", () => {
  const lines = buildWarnings(unarchived(2000));
  assert.equal(lines.length, 11);
  assert.equal(lines[9], "warning: content/sources/s9.md:5:1  url  has a url and no archived copy");
  assert.equal(lines[10], "warning: … and 1990 more warnings; `npm run check` lists them all.");
  assert.equal(buildWarnings(unarchived(11))[10], "warning: … and 1 more warning; `npm run check` lists them all.");
  // The check itself lists every one.
  assert.equal(warnings(unarchived(2000)).trim().split("\n").length, 2001);
});
