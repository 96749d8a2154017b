import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { claimDisputed, countsPeople, normaliseClaimText, showTime, showValue, timeSpan, valuesAgree, type ClaimValue } from "../../../src/notes/claim-agreement.ts";
import { parseNoteDate } from "../../../src/notes/note-date.ts";
import { readClaim } from "../../../src/notes/read-claim.ts";
import type { ClaimFields } from "../../../src/notes/schema.ts";

const figure = (number: number): ClaimValue => ({ type: "number", number });
const range = (min?: number, max?: number): ClaimValue => ({ type: "range", ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
const words = (text: string): ClaimValue => ({ type: "text", text });

/** A claimed time read the way a note's `at` is read. */
function time(at: string, zone: string, precision: "exact" | "approximate" | "day"): Extract<ClaimValue, { type: "time" }> {
  const { from, to } = timeSpan(parseNoteDate(at, zone).instant, precision);
  return { type: "time", at, zone, precision, from: from.toISO()!, to: to.toISO()! };
}

const hours = (value: { from: string; to: string }) => (Date.parse(value.to) - Date.parse(value.from)) / 3_600_000;

describe("figures and ranges agree when their intervals overlap", () => {
  test("equal figures agree however they were written, different ones do not", () => {
    assert.equal(valuesAgree(figure(7), figure(7.0)), true);
    assert.equal(valuesAgree(figure(7), figure(10)), false);
  });

  test("a figure inside a range agrees with it; one outside does not; the bounds are included", () => {
    assert.equal(valuesAgree(figure(4), range(3, 5)), true);
    assert.equal(valuesAgree(range(3, 5), figure(5)), true);
    assert.equal(valuesAgree(figure(6), range(3, 5)), false);
  });

  test("ranges agree when they overlap, even at one point, and not when apart", () => {
    assert.equal(valuesAgree(range(3, 5), range(5, 8)), true);
    assert.equal(valuesAgree(range(3, 5), range(6, 8)), false);
  });

  test("an open bound reaches as far as it may: 'at least three' agrees with 100, 'at most two' does not", () => {
    assert.equal(valuesAgree(range(3), figure(100)), true);
    assert.equal(valuesAgree(range(3), range(undefined, 2)), false);
    assert.equal(valuesAgree(range(undefined, 10), figure(0)), true);
  });
});

describe("words agree when equal once case, spacing and compatibility forms are set aside", () => {
  test("case, surrounding and inner spacing do not matter", () => {
    assert.equal(valuesAgree(words("Iranian proxy forces"), words("  iranian   PROXY\nforces ")), true);
    assert.equal(normaliseClaimText("\u00a0Ｉｒａｎ\tDrone "), "iran drone");
  });

  test("other words disagree, even when one contains the other", () => {
    assert.equal(valuesAgree(words("Iranian proxy forces"), words("unclear")), false);
    assert.equal(valuesAgree(words("IRGC"), words("groups affiliated with the IRGC")), false);
  });
});

describe("times agree when the spans they stand for overlap in UTC", () => {
  test("an exact time is its minute, an approximate one an hour either side, a day alone its whole day", () => {
    assert.equal(hours(time("2023-03-24T02:40", "Asia/Damascus", "exact")), 1 / 60);
    assert.equal(hours(time("2023-03-24T02:40", "Asia/Damascus", "approximate")), 2);
    assert.equal(hours(time("2023-03-23", "Asia/Damascus", "day")), 24);
  });

  test("a day with a clock change lasts 23 or 25 hours, from its own midnight to the next", () => {
    const spring = time("2023-03-12", "America/New_York", "day");
    assert.equal(hours(spring), 23);
    assert.equal(spring.from, "2023-03-12T05:00:00.000Z");
    assert.equal(hours(time("2023-11-05", "America/New_York", "day")), 25);
  });

  test("Thursday in Washington agrees with 02:40 Friday in Syria: they are one moment", () => {
    const thursdayInWashington = time("2023-03-23", "America/New_York", "day");
    const strikesInSyria = time("2023-03-24T02:40", "Asia/Damascus", "exact");
    assert.equal(valuesAgree(thursdayInWashington, strikesInSyria), true);
  });

  test("Thursday in Washington disagrees with 08:05 Friday in Syria, which is Friday there too", () => {
    assert.equal(valuesAgree(time("2023-03-23", "America/New_York", "day"), time("2023-03-24T08:05", "Asia/Damascus", "exact")), false);
  });

  test("approximate times agree within two hours of each other, exact ones only on the same minute", () => {
    assert.equal(valuesAgree(time("2023-03-24T08:05", "Asia/Damascus", "approximate"), time("2023-03-24T09:55", "Asia/Damascus", "approximate")), true);
    assert.equal(valuesAgree(time("2023-03-24T08:05", "Asia/Damascus", "approximate"), time("2023-03-24T10:10", "Asia/Damascus", "approximate")), false);
    assert.equal(valuesAgree(time("2023-03-24T08:05", "Asia/Damascus", "exact"), time("2023-03-24T08:06", "Asia/Damascus", "exact")), false);
  });

  test("the next day does not agree with a day alone: the span's end is exclusive", () => {
    assert.equal(valuesAgree(time("2023-03-23", "Asia/Damascus", "day"), time("2023-03-24T00:00", "Asia/Damascus", "exact")), false);
  });
});

describe("a claim is disputed only when two of its values disagree", () => {
  test("three wordings of one figure are not a dispute; a different figure is", () => {
    assert.equal(claimDisputed([figure(6), range(6, 6), figure(6)]), false);
    assert.equal(claimDisputed([figure(7), figure(10)]), true);
    assert.equal(claimDisputed([range(3), figure(5), range(undefined, 4)]), true);
  });

  test("values of different kinds are never compared", () => {
    assert.throws(() => valuesAgree(figure(7), words("seven")), /cannot be compared/);
  });
});

describe("a claim counts people by its name or its last hyphenated word", () => {
  test("killed, civilians-killed and wounded count people; rockets and killed-by do not", () => {
    assert.equal(countsPeople("killed"), true);
    assert.equal(countsPeople("civilians-killed"), true);
    assert.equal(countsPeople("wounded"), true);
    assert.equal(countsPeople("rockets"), false);
    assert.equal(countsPeople("killed-by"), false);
  });
});

describe("values are shown as a reader says them", () => {
  test("figures, ranges with open bounds and words", () => {
    assert.equal(showValue(figure(6)), "6");
    assert.equal(showValue(range(3, 5)), "3\u20135");
    assert.equal(showValue(range(3)), "at least 3");
    assert.equal(showValue(range(undefined, 10)), "at most 10");
    assert.equal(showValue(range(4, 4)), "4");
    assert.equal(showValue(words("Iranian proxy forces")), "Iranian proxy forces");
  });

  test("times keep their precision and name their zone; a day read elsewhere shows where it falls", () => {
    assert.equal(showValue(time("2023-03-24T08:05", "Asia/Damascus", "approximate")), "about 08:05, Friday 24 March 2023 (Asia/Damascus)");
    assert.equal(showValue(time("2023-03-23", "America/New_York", "day")), "Thursday 23 March 2023 (America/New_York)");
    assert.equal(showTime(time("2023-03-23", "America/New_York", "day"), "Asia/Damascus"), "Thursday 23 March 07:00 to Friday 24 March 2023 06:59 (Asia/Damascus)");
  });
});

describe("readClaim", () => {
  const read = (what: string, entries: ClaimFields[]) => {
    const problems: string[] = [];
    const claim = readClaim(what, entries, "Asia/Damascus", "Asia/Damascus", (index, field, message) => problems.push(`[${index}].${field}: ${message}`));
    return { claim, problems };
  };

  test("reads a day alone as precision day and a time as exact, in the note's zone unless told", () => {
    const { claim, problems } = read("time", [
      { source: "a", at: "2023-03-23", timezone: "America/New_York" },
      { source: "b", at: "2023-03-24T02:40" },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(claim.entries.map((entry) => entry.value.type === "time" && [entry.value.zone, entry.value.precision]), [["America/New_York", "day"], ["Asia/Damascus", "exact"]]);
    assert.equal(claim.disputed, false);
  });

  test("reports an entry of another type against the first, and marks nothing disputed", () => {
    const { claim, problems } = read("rockets", [{ source: "a", value: 7 }, { source: "b", value: "ten" }]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^\[1\]\.value: found words; expected a figure or range, as claims\.rockets\[0\] gives/);
    assert.equal(claim.disputed, false);
  });

  test("refuses a fractional figure where the claim counts people, and accepts one where it does not", () => {
    assert.match(read("killed", [{ source: "a", value: { min: 1, max: 2.5 } }]).problems.join(), /found 2\.5; expected a whole number: "killed" counts people/);
    assert.deepEqual(read("range-km", [{ source: "a", value: 2.5 }]).problems, []);
  });

  test("refuses a time that the clock skips in its zone, and a time precision on a day alone", () => {
    assert.match(read("time", [{ source: "a", at: "2023-03-12T02:30", timezone: "America/New_York" }]).problems.join(), /^\[0\]\.at: found "2023-03-12T02:30"/);
    assert.match(read("time", [{ source: "a", at: "2023-03-23", precision: "exact" }]).problems.join(), /^\[0\]\.precision: found "exact" for a day with no time/);
  });
});
