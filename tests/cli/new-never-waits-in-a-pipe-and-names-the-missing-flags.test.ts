/** In a pipe or CI, `npm run new` never asks: it names what is missing and exits 1, writing nothing. */
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { usage } from "../../src/cli/new/messages.ts";
import { briefing, workspace, type Workspace } from "./support.ts";

let space: Workspace;
before(async () => (space = await workspace()));
after(() => space.remove());

const notes = () => readdir(path.join(space.content, "incidents"));

// stdin is a pipe left open: a command that waited for an answer would hang until the timeout.
const run = (args: string[]) => briefing(["new", ...args], { cwd: space.dir, timeoutMs: 15_000 });

test("no flags at all: every required flag is named", async () => {
  const before = await notes();
  const result = await run([]);
  assert.equal(
    result.stderr,
    `Missing --title, --date, --kind, --place, --source. Standard input is not a terminal, so nothing was asked: give them as flags.\nUsage: ${usage}\n`,
  );
  assert.equal(result.stdout, "");
  assert.equal(result.code, 2);
  assert.deepEqual(await notes(), before);
});

test("some flags: only the missing ones are named", async () => {
  const result = await run(["--title", "Rockets", "--date", "2023-03-24", "--kind", "attack", "--place", "al-omar"]);
  assert.equal(result.stderr.split("\n")[0], "Missing --source. Standard input is not a terminal, so nothing was asked: give it as a flag.");
  assert.equal(result.code, 2);
});

test("a mistyped flag or an unpaired quote is a usage error, not a crash", async () => {
  const typo = await run(["--tilte", "Rockets"]);
  assert.match(typo.stderr, /^Unknown option '--tilte'/);
  assert.match(typo.stderr, /\nUsage: npm run new -- /);
  assert.equal(typo.code, 2);
  const quote = await run(["--quote", "ten rockets were fired"]);
  assert.equal(quote.stderr.split("\n")[0], "Each --quote goes with the --source in the same position, but there are 1 --quote and 0 --source.");
  assert.equal(quote.code, 2);
});

test("a content folder that does not exist is named", async () => {
  const result = await run(["--content", "contnet", "--title", "x"]);
  assert.equal(
    result.stderr,
    "There is no content folder at contnet; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).\n",
  );
  assert.equal(result.code, 1);
});
