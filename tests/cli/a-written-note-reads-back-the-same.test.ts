/** The writer (write-note.ts) and the parser (read-note-file.ts) agree: what is written reads back unchanged. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { incidentFrontMatter, incidentId, titleSlug, type IncidentAnswers } from "../../src/cli/new/incident-note.ts";
import { parseNoteText } from "../../src/notes/read-note-file.ts";
import { incidentSchema } from "../../src/notes/schema.ts";
import { renderNote } from "../../src/notes/write-note.ts";

const roundTrip = (frontMatter: Record<string, unknown>, body: string, schema?: string) => {
  const read = parseNoteText(renderNote({ frontMatter, body, schema }), "note.md");
  assert.ok(read.ok, read.ok ? "" : read.problem.message);
  return read.note;
};

test("an incident's answers come back as the same front matter, and it passes the schema", () => {
  const answers: IncidentAnswers = {
    title: "Rockets hit Conoco: “one wounded” — officials",
    date: "2023-03-24T22:39",
    timezone: "Asia/Damascus",
    precision: "approximate",
    kind: "attack",
    place: "conoco",
    summary: "It's late; time not confirmed",
    sources: [{ source: "us-officials", quote: 'He said "it was rockets"\tat night' }, { source: "centcom-release" }],
    draft: true,
  };
  const note = roundTrip(incidentFrontMatter(answers), "Body.\n", "../../schemas/incident.schema.json");
  assert.deepEqual(note.data, {
    title: answers.title,
    date: answers.date,
    timezone: answers.timezone,
    precision: answers.precision,
    kind: answers.kind,
    place: answers.place,
    summary: answers.summary,
    sources: [{ source: "us-officials", quote: 'He said "it was rockets"\tat night' }, { source: "centcom-release" }],
    draft: true,
  });
  assert.ok(incidentSchema.safeParse(note.data).success);
});

test("values YAML would otherwise turn into other types stay text", () => {
  const tricky = { date: "2023-03-24", published: "2023-03-24T13:38:00+03:00", no: "no", yes: "Yes", on: "on", null: "null", tilde: "~", number: "1.5", octal: "0o17", hex: "0x1F", empty: "", colon: "a: b", hash: "# not a comment", dash: "- item", newline: "two\nlines", bom: "\uFEFFbom" };
  assert.deepEqual(roundTrip(tricky, "").data, tricky);
});

test("numbers, booleans, lists and nested mappings keep their types", () => {
  const typed = { casualties: { killed: 1, wounded: 0 }, draft: false, tags: ["rockets", "Conoco"], claims: { rockets: [{ value: 7, source: "a" }, { value: "ten", source: "b" }] } };
  assert.deepEqual(roundTrip(typed, "").data, typed);
});

test("the body comes back byte for byte", () => {
  for (const body of ["", "One line", "Two\n\nparagraphs\n", "\nStarts blank\n\n\n", "Has a --- line\n---\ninside\n", "Ends without a newline", "Unicode: Syria’s “Al Omar” — 10 km\n"]) {
    assert.equal(roundTrip({ title: "x" }, body).body, body);
  }
});

test("undefined fields are left out, not written as empty", () => {
  const text = renderNote({ frontMatter: { title: "x", summary: undefined, sources: [{ source: "a", quote: undefined }] }, body: "" });
  assert.equal(text, '---\ntitle: "x"\nsources:\n  - source: "a"\n---\n');
});

test("file names: the day in the note's zone, then the title's slug", () => {
  assert.equal(titleSlug("F-15E strikes near Deir ez-Zor"), "f-15e-strikes-near-deir-ez-zor");
  assert.equal(titleSlug("Biden’s Ottawa remarks: “we will act”"), "bidens-ottawa-remarks-we-will-act");
  assert.equal(titleSlug("!!!"), "note");
  assert.ok(titleSlug("word ".repeat(40)).length <= 60);
  assert.equal(incidentId({ title: "Late strike", date: "2023-03-23T23:40:00Z" }, "Asia/Damascus"), "2023-03-24-late-strike");
  assert.equal(incidentId({ title: "Late strike", date: "2023-03-23T23:40:00Z", timezone: "America/New_York" }, "Asia/Damascus"), "2023-03-23-late-strike");
  assert.equal(incidentId({ title: "Day", date: "2023-03-24" }, "Pacific/Kiritimati"), "2023-03-24-day");
  assert.equal(incidentId({ title: "Bad", date: "2023-02-30" }, "Asia/Damascus"), "2023-02-30-bad");
});
