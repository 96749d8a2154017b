/**
 * Ids are looked up as data, never through JavaScript's object prototype: "constructor" or
 * "hasownproperty" is a place, source or incident of that name, or an unknown id; never Object's own.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, test } from "node:test";
import { loadContent } from "../../../src/notes/load-content.ts";
import { contentFolderWith, problemsOf, removeContentFolders, VALID_FOLDER, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

for (const id of ["constructor", "hasownproperty", "isprototypeof", "valueof"]) {
  test(`an unknown place "${id}" is reported, not found on Object`, async () => {
    const dir = await contentFolderWith({ "incidents/drone-strike.md": VALID_NOTE.replace("place: hasakah", `place: ${id}`) });
    assert.deepEqual(await problemsOf(dir), [`incidents/drone-strike.md:5:1  place  found "${id}"; expected a place id from places.yaml`]);
  });

  test(`unknown source, relation and claim source "${id}" are reported`, async () => {
    const note = VALID_NOTE.replace("---\nA drone", `related:\n  - incident: ${id}\n    relation: follows\nclaims:\n  wounded:\n    - source: ${id}\n      value: 1\n---\nA drone`).replace(
      "sources:\n",
      `sources:\n  - source: ${id}\n`,
    );
    const problems = await problemsOf(await contentFolderWith({ "incidents/drone-strike.md": note }));
    assert.ok(problems.some((line) => line.includes(`sources[0].source  found "${id}"; expected the id of a source in sources/`)), problems.join("\n"));
    assert.ok(problems.some((line) => line.includes(`related[0].incident  found "${id}"; expected the id of an incident in incidents/`)), problems.join("\n"));
    assert.ok(problems.some((line) => line.includes(`claims.wounded[0].source  found "${id}"`)), problems.join("\n"));
  });
}

test("a place, a source and an incident really named constructor are found and used", async () => {
  const places = await readFile(path.join(VALID_FOLDER, "places.yaml"), "utf8");
  const source = await readFile(path.join(VALID_FOLDER, "sources/drone-report.md"), "utf8");
  const dir = await contentFolderWith({
    "places.yaml": `${places}constructor:\n  name: "Constructor Hill"\n  lat: 35\n  lon: 40\n  precision: approximate\n  country: "Syria"\n`,
    "sources/constructor.md": source,
    "incidents/constructor.md": VALID_NOTE.replace("place: hasakah", "place: constructor").replace("source: drone-report", "source: constructor"),
  });
  const { content, problems } = await loadContent(dir);
  assert.deepEqual(problems, []);
  assert.equal(content.places.constructor?.name, "Constructor Hill");
  assert.equal(Object.getPrototypeOf(content.places), null);
  assert.equal(content.places.tostring, undefined);
  assert.ok(content.sources.some((item) => item.id === "constructor"));
  assert.equal(content.incidents.find((incident) => incident.id === "constructor")?.place, "constructor");
});

for (const id of ["__proto__", "toString"]) {
  test(`"${id}" is not an id at all: refused by the id alphabet, wherever it is used`, async () => {
    const note = VALID_NOTE.replace("place: hasakah", `place: "${id}"`).replace("---\nA drone", `related:\n  - incident: "${id}"\n    relation: follows\n---\nA drone`);
    const problems = await problemsOf(await contentFolderWith({ "incidents/drone-strike.md": note }));
    assert.ok(problems.some((line) => line.includes(`place  found "${id}"; expected a place id of lowercase letters, digits and single hyphens`)), problems.join("\n"));
    assert.ok(problems.some((line) => line.includes(`related[0].incident  found "${id}"; expected an incident id of lowercase letters`)), problems.join("\n"));
  });
}

test("a places.yaml key __proto__ is refused as a key, and sets no prototype", async () => {
  const places = await readFile(path.join(VALID_FOLDER, "places.yaml"), "utf8");
  const dir = await contentFolderWith({ "places.yaml": `${places}__proto__:\n  name: "Injected"\n  lat: 1\n  lon: 1\n  precision: exact\n  country: "X"\n` });
  const { content, problems } = await loadContent(dir);
  assert.deepEqual(
    problems.map((problem) => [problem.file.split("/").pop(), problem.line, problem.message]),
    [["places.yaml", 7, "found the key __proto__; expected a key of the content contract: __proto__ is never a field, an id or a name"]],
  );
  assert.equal(Object.getPrototypeOf(content.places), null);
  assert.equal(({} as Record<string, unknown>).name, undefined);
});

test("a __proto__ key in a note's front matter is refused where it is written", async () => {
  const problems = await problemsOf(await contentFolderWith({ "incidents/drone-strike.md": VALID_NOTE.replace("kind: attack", "kind: attack\n__proto__:\n  polluted: true") }));
  assert.deepEqual(problems, ["incidents/drone-strike.md:5:1  found the key __proto__; expected a key of the content contract: __proto__ is never a field, an id or a name"]);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
