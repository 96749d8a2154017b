/** Every page the build writes passes html-validate's recommended rules (.htmlvalidate.json), hostile notes included. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { HtmlValidate, type ConfigData } from "html-validate";
import { buildToTemp, fixture, ROOT, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { listPages } from "../../helpers/site-files.ts";

const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData);

async function problemsIn(output: string): Promise<string[]> {
  const problems: string[] = [];
  for (const page of await listPages(output)) {
    const report = await validator.validateFile(path.join(output, page));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  return problems;
}

for (const [name, content] of [["the shipped content", SHIPPED_CONTENT], ["hostile notes", fixture("hostile-notes")]] as const) {
  test(`every page built from ${name} is valid HTML`, async () => {
    const output = await buildToTemp(content);
    assert.ok((await listPages(output)).length > 10);
    assert.deepEqual(await problemsIn(output), []);
  });
}
