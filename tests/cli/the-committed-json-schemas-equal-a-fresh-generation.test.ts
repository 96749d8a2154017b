/** schemas/*.schema.json are generated from the zod schema (npm run schemas) and committed: they must not drift from it. */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { generateJsonSchemas, SCHEMAS_DIR } from "../../src/notes/json-schema.ts";
import { incidentSchema, KINDS, sourceSchema } from "../../src/notes/schema.ts";

test("each committed schema equals a fresh generation (run npm run schemas after changing src/notes/schema.ts)", async () => {
  const fresh = generateJsonSchemas();
  assert.deepEqual((await readdir(SCHEMAS_DIR)).sort(), Object.keys(fresh).sort());
  for (const [file, text] of Object.entries(fresh)) {
    assert.equal(await readFile(path.join(SCHEMAS_DIR, file), "utf8"), text, `${file} is out of date: run npm run schemas`);
  }
});

test("the incident and source schemas carry every field, the required ones, the choices and the documentation", () => {
  const fresh = generateJsonSchemas();
  for (const [file, schema] of [["incident.schema.json", incidentSchema], ["source.schema.json", sourceSchema]] as const) {
    const json = JSON.parse(fresh[file]) as { $schema: string; properties: Record<string, { description?: string }>; required: string[]; additionalProperties: boolean };
    assert.equal(json.$schema, "http://json-schema.org/draft-07/schema#");
    assert.deepEqual(Object.keys(json.properties), Object.keys(schema.shape));
    assert.equal(json.additionalProperties, false, "unknown keys are errors in the build, so editors flag them too");
    for (const [key, property] of Object.entries(json.properties)) assert.ok(property.description, `${file}: ${key} has no description`);
  }
  const incident = JSON.parse(fresh["incident.schema.json"]) as { required: string[]; properties: { kind: { enum: string[] } } };
  assert.deepEqual(incident.required.sort(), ["date", "kind", "place", "sources", "title"]);
  assert.deepEqual(incident.properties.kind.enum, [...KINDS]);
});
