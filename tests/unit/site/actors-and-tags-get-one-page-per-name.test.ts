/** Actors and tags as pages (src/site/named-groups.ts): one address per name, spellings that differ only in case or punctuation together. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { groupByName, nameSlug } from "../../../src/site/named-groups.ts";

const notes = [
  { id: "a", actors: ["Islamic Revolutionary Guard Corps (IRGC)", "US Central Command"] },
  { id: "b", actors: ["US Central Command", "us central command"] },
  { id: "c", actors: ["islamic revolutionary guard corps (irgc)", "Islamic Revolutionary Guard Corps (IRGC)"] },
  { id: "d", actors: [] },
];

test("each name gets one page listing its notes once, in note order, under the most used spelling", () => {
  const groups = groupByName(notes, (note) => note.actors, "/actors/");
  assert.deepEqual(
    groups.map((group) => [group.name, group.url, group.variants, group.items.map((note) => note.id)]),
    [
      ["Islamic Revolutionary Guard Corps (IRGC)", "/actors/islamic-revolutionary-guard-corps-irgc/", ["islamic revolutionary guard corps (irgc)"], ["a", "c"]],
      ["US Central Command", "/actors/us-central-command/", ["us central command"], ["a", "b"]],
    ],
  );
});

test("a name in a script without a transliteration still gets a stable address of URL-safe characters", () => {
  const slug = nameSlug("\u{1F6A9}");
  assert.match(slug, /^[a-z0-9-]+$/);
  assert.equal(nameSlug("\u{1F6A9}"), slug);
  assert.notEqual(nameSlug("\u{1F3F3}"), slug);
  assert.equal(nameSlug("Syrian Observatory for Human Rights"), "syrian-observatory-for-human-rights");
});
