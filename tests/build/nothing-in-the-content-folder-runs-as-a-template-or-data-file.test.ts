/**
 * The content folder is data: Eleventy never reads it as templates, data files or passthrough
 * copies, so a template or a script placed there is reported by the checker and never run, even
 * when the build goes ahead with Eleventy directly.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { createEleventy } from "../../src/cli/run-eleventy.ts";
import { ELEVENTY_INPUT } from "../../src/site/plugin.ts";
import { fixture } from "../helpers/build.ts";

/** A valid content folder with, beside its notes, files Eleventy would run if it read the folder: each writes a marker when run. */
async function contentWithScripts(): Promise<{ content: string; marker: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "briefing-scripts-"));
  const content = path.join(dir, "content");
  const marker = path.join(dir, "ran");
  await cp(fixture("small-briefing"), content, { recursive: true });
  const script = `import { appendFileSync } from "node:fs"; appendFileSync(${JSON.stringify(marker)}, "data file ran\\n"); export default {};\n`;
  await mkdir(path.join(content, "_data"));
  await writeFile(path.join(content, "_data", "site.js"), script);
  await writeFile(path.join(content, "incidents", "incidents.11tydata.js"), script);
  await writeFile(path.join(content, "evil.njk"), `---\npermalink: /evil/\n---\n{{ "template ran" }}\n`);
  return { content, marker, remove: () => rm(dir, { recursive: true, force: true }) };
}

test("Eleventy's input is the project's own empty folder, whatever content folder is built", () => {
  const eleventy = createEleventy({ content: fixture("small-briefing"), output: path.join(tmpdir(), "unused-output") });
  assert.equal(path.resolve((eleventy as unknown as { directories: { input: string } }).directories.input), ELEVENTY_INPUT);
  assert.deepEqual(readdirSync(ELEVENTY_INPUT), ["README.md"], "the input folder holds a template or data file");
});

for (const runMode of ["build", "serve"] as const) {
  test(`a template and data scripts in the content folder never run (${runMode} mode) and are named by the checker`, async () => {
    const space = await contentWithScripts();
    try {
      const eleventy = createEleventy({ content: space.content, output: path.join(tmpdir(), "unused-output"), runMode });
      await assert.rejects(eleventy.toJSON(), (error: Error) => {
        for (const file of ["_data", "evil.njk", "incidents/incidents.11tydata.js"]) assert.match(error.message, new RegExp(`content/${file.replace(".", "\\.")} `), `${file} is not named`);
        return true;
      });
      assert.equal(existsSync(space.marker), false, "a data file in the content folder ran");
    } finally {
      await space.remove();
    }
  });
}
