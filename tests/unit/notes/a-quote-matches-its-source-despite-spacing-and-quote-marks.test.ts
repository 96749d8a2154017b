import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normaliseForQuote, quoteOccursIn } from "../../../src/notes/quote-match.ts";

const SOURCE = `A U.S. base in Syria’s Al Omar region came under attack Friday.

Biden said the United States “does not — does not, I emphasize — seek conflict
with Iran…”`;

describe("quoteOccursIn", () => {
  test("matches straight quotes against curly ones, and the other way round", () => {
    assert.equal(quoteOccursIn("Syria's Al Omar region", SOURCE), true);
    assert.equal(quoteOccursIn("the United States \"does not", SOURCE), true);
    assert.equal(quoteOccursIn("Syria’s Al Omar", "A base in Syria's Al Omar region"), true);
  });

  test("matches across a line break and runs of spaces", () => {
    assert.equal(quoteOccursIn("seek conflict with Iran", SOURCE), true);
    assert.equal(quoteOccursIn("came   under\tattack Friday", SOURCE), true);
  });

  test("matches dashes and an ellipsis written plainly", () => {
    assert.equal(quoteOccursIn("does not - does not, I emphasize - seek", SOURCE), true);
    assert.equal(quoteOccursIn("with Iran...", SOURCE), true);
  });

  test("does not match other words, or words out of order", () => {
    assert.equal(quoteOccursIn("came under attack Thursday", SOURCE), false);
    assert.equal(quoteOccursIn("Friday came under attack", SOURCE), false);
    assert.equal(quoteOccursIn("I emphasise", SOURCE), false);
  });

  test("is case-sensitive: a quote is the source's own words", () => {
    assert.equal(quoteOccursIn("a u.s. base", SOURCE), false);
  });
});

describe("normaliseForQuote", () => {
  test("gives one spelling for typographic variants", () => {
    assert.equal(normaliseForQuote("  “Iran’s”\u00a0— drones…\n\nsaid  "), "\"Iran's\" - drones... said");
  });
});
