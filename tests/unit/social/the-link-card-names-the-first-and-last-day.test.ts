/** The link card's facts: the count, the span from the first day to the last (one day alone, or none), and the disputes. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { SiteData } from "../../../src/site/site-data.ts";
import { cardData } from "../../../src/social/plugin.ts";

const site = (days: string[], disputedCount = 0) =>
  ({
    site: { title: "Syria, March 2023", description: "A timeline." },
    days: days.map((day) => ({ day })),
    disputedCount,
    incidents: days.map((day) => ({ instant: `${day}T10:00:00Z`, kind: "attack", disputed: false })),
  }) as unknown as SiteData;

test("the card spans the first day to the last, however many days lie between", () => {
  assert.equal(cardData(site(["2023-03-23", "2023-03-24", "2023-03-25"], 2)).facts, "3 incidents, 23 March 2023 to 25 March 2023; the sources disagree on 2");
  assert.equal(cardData(site(["2023-03-23", "2023-03-24"])).facts, "2 incidents, 23 March 2023 to 24 March 2023");
});

test("one day is named once, and no day at all names none", () => {
  assert.equal(cardData(site(["2023-03-23"])).facts, "1 incident, 23 March 2023");
  assert.equal(cardData(site([])).facts, "0 incidents");
});
