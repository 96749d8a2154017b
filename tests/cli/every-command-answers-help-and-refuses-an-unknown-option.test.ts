/** Every command answers `--help` and `-h` with its usage (exit 0); an unknown option prints the usage and exits 2; so does an unknown command. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { COMMANDS } from "../../src/cli/commands.ts";
import { briefing, ROOT } from "./support.ts";

for (const name of Object.keys(COMMANDS)) {
  for (const flag of ["--help", "-h"]) {
    test(`${name} ${flag}: its usage, exit 0, nothing else done`, async () => {
      const run = await briefing([name, flag], { cwd: ROOT });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, `${COMMANDS[name].summary}\nUsage: ${COMMANDS[name].usage}\n`);
      assert.equal(run.stderr, "");
    });
  }

  test(`${name} with an unknown option: the usage, exit 2`, async () => {
    const run = await briefing([name, "--no-such-option"], { cwd: ROOT });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^Unknown option '--no-such-option'/);
    assert.ok(run.stderr.includes(`\nUsage: ${COMMANDS[name].usage}\n`), run.stderr);
    assert.doesNotMatch(run.stderr, /^\s+at /m);
  });
}

test("--help alone lists every command; an unknown command lists them and exits 2", async () => {
  const help = await briefing(["--help"], { cwd: ROOT });
  assert.equal(help.code, 0);
  for (const name of Object.keys(COMMANDS)) assert.match(help.stdout, new RegExp(`^  ${name} `, "m"));
  const unknown = await briefing(["biuld"], { cwd: ROOT });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^Unknown command "biuld"\./);
});
