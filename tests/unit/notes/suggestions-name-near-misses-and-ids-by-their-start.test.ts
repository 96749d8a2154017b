/** "Did you mean": near misses first, then ids that start with what was typed (or with a near miss of it), at most three. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { didYouMean, suggestions } from "../../../src/notes/suggest.ts";

const SOURCES = [
  "2023-03-24-us-base-al-omar-attack",
  "centcom-release-20230324-01",
  "dod-statement-2023-03-23",
  "pentagon-briefing-2023-03-24",
  "pentagon-briefing-2023-03-30",
  "us-officials-evening-attacks-2023-03-24",
  "white-house-remarks-2023-03-24",
];

test("the start of a long id finds it", () => {
  assert.equal(didYouMean("us-officials", SOURCES), ' (did you mean "us-officials-evening-attacks-2023-03-24"?)');
  assert.deepEqual(suggestions("centcom", SOURCES), ["centcom-release-20230324-01"]);
});

test("a start with a typo in it finds it too, a letter dropped or doubled", () => {
  assert.deepEqual(suggestions("us-oficials", SOURCES), ["us-officials-evening-attacks-2023-03-24"]);
  assert.deepEqual(suggestions("dod-statment", SOURCES), ["dod-statement-2023-03-23"]);
});

test("several that fit are listed, shortest first, at most three", () => {
  assert.equal(didYouMean("pentagon", SOURCES), ' (did you mean "pentagon-briefing-2023-03-24" or "pentagon-briefing-2023-03-30"?)');
  assert.equal(suggestions("a", ["ab", "ac", "ad", "ae"]).length, 3);
});

test("a near miss comes before a longer id that merely starts the same", () => {
  assert.deepEqual(suggestions("conocco", ["conoco", "conoco-gas-field-7"]), ["conoco", "conoco-gas-field-7"]);
});

test("nothing near: no suggestion, and a two-letter start suggests nothing", () => {
  assert.equal(didYouMean("zzzz", SOURCES), "");
  assert.equal(didYouMean("us", SOURCES), "");
});
