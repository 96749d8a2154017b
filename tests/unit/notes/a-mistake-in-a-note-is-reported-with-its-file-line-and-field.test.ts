import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, test } from "node:test";
import { contentFolderWith, problemsOf, problemsOfNote, removeContentFolders, VALID_FOLDER, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

const FILE = "incidents/drone-strike.md";

/** The valid note with one passage changed; fails loudly if the passage is not there. */
function noteWith(from: string, to: string): string {
  assert.ok(VALID_NOTE.includes(from), `the valid note has no ${JSON.stringify(from)}`);
  return VALID_NOTE.replace(from, to);
}

describe("the valid folder", () => {
  test("its note is the one the tests change", async () => {
    assert.equal(await readFile(path.join(VALID_FOLDER, FILE), "utf8"), VALID_NOTE);
  });

  test("has no problem: a quote matches its source across curly quotes and a line break", async () => {
    assert.deepEqual(await problemsOf(VALID_FOLDER), []);
  });
});

describe("keys", () => {
  test("an unknown key is named, with the near known key suggested", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("place: hasakah", "plcae: hasakah")), [
      `${FILE}  place  is missing; expected text`,
      `${FILE}:5:1  plcae  is not a known key; expected one of title, date, timezone, precision, kind, place, sources, claims, related, actors, tags, summary, casualties, media, confidence, updates, external_id, draft (did you mean "place"?)`,
    ]);
  });

  test("an unknown key inside a citation is named with its path", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("    quote:", "    qoute:")), [
      `${FILE}:9:5  sources[0].qoute  is not a known key; expected one of source, quote (did you mean "quote"?)`,
    ]);
  });

  test("a claim name that is not a usable key says what a name may hold", async () => {
    const note = noteWith("sources:", "claims:\n  Rockets fired:\n    - value: 7\n      source: drone-report\nsources:");
    assert.deepEqual(await problemsOfNote(note), [
      `${FILE}:8:3  claims.Rockets fired  found "Rockets fired"; expected a claim name of lowercase letters, digits and single hyphens`,
    ]);
  });

  test("a missing required field is named", async () => {
    assert.deepEqual(await problemsOfNote(noteWith('title: "Drone strikes a base near Hasakah"\n', "")), [`${FILE}  title  is missing; expected text`]);
  });

  test("a field left empty is found as an empty value", async () => {
    assert.deepEqual(await problemsOfNote(noteWith('title: "Drone strikes a base near Hasakah"', "title:")), [
      `${FILE}:2:1  title  found an empty value; expected text`,
    ]);
  });

  test("a note with no sources is refused", async () => {
    assert.deepEqual(await problemsOfNote(VALID_NOTE.replace(/sources:[\s\S]*?\n---/, "sources: []\n---")), [
      `${FILE}:7:1  sources  found a list; expected at least 1 item`,
    ]);
  });
});

describe("values", () => {
  test("a kind outside the list is named with the list", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("kind: attack", "kind: atack")), [
      `${FILE}:4:1  kind  found "atack"; expected one of attack, strike, statement, assessment`,
    ]);
  });

  test("a relation outside the list is named with the list", async () => {
    const note = noteWith("place: hasakah\n", "place: hasakah\nrelated:\n  - incident: rocket-attack\n    relation: answers\n");
    assert.deepEqual(await problemsOfNote(note), [`${FILE}:8:5  related[0].relation  found "answers"; expected one of responds-to, follows, see-also`]);
  });

  test("a list where text is expected", async () => {
    assert.deepEqual(await problemsOfNote(noteWith('title: "Drone strikes a base near Hasakah"', "title:\n  - Drone\n  - strike")), [
      `${FILE}:2:1  title  found a list; expected text`,
    ]);
  });

  test("text where a list is expected", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("kind: attack\n", 'kind: attack\nactors: "Joe Biden"\n')), [
      `${FILE}:5:1  actors  found "Joe Biden"; expected a list`,
    ]);
    assert.deepEqual(await problemsOfNote(VALID_NOTE.replace(/sources:[\s\S]*?\n---/, "sources: drone-report\n---")), [
      `${FILE}:7:1  sources  found "drone-report"; expected a list`,
    ]);
  });

  test("text where true or false is expected", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("kind: attack\n", 'kind: attack\ndraft: "yes"\n')), [`${FILE}:5:1  draft  found "yes"; expected true or false`]);
  });

  test("negative and fractional casualties are refused", async () => {
    const note = noteWith("sources:\n", "casualties:\n  killed: -1\n  wounded: 1.5\nsources:\n");
    assert.deepEqual(await problemsOfNote(note), [
      `${FILE}:8:3  casualties.killed  found -1; expected a number of at least 0`,
      `${FILE}:9:3  casualties.wounded  found 1.5; expected a whole number`,
    ]);
  });
});

describe("dates and zones", () => {
  test("an impossible calendar date", async () => {
    assert.deepEqual(await problemsOfNote(noteWith('date: "2023-03-23T13:38"', 'date: "2023-02-30"')), [
      `${FILE}:3:1  date  found "2023-02-30"; expected a real calendar date and time (you specified 30 (of type number) as a day, which is invalid)`,
    ]);
  });

  test("an impossible hour", async () => {
    assert.deepEqual(await problemsOfNote(noteWith('date: "2023-03-23T13:38"', 'date: "2023-03-23T25:38"')), [
      `${FILE}:3:1  date  found "2023-03-23T25:38"; expected a real calendar date and time (you specified 25 (of type number) as a hour, which is invalid)`,
    ]);
  });

  for (const written of ["23/03/2023", "2023-03-23 13:38", "2023-3-23", "March 23, 2023"]) {
    test(`a date written ${JSON.stringify(written)} is refused with the forms that work`, async () => {
      assert.deepEqual(await problemsOfNote(noteWith('date: "2023-03-23T13:38"', `date: "${written}"`)), [
        `${FILE}:3:1  date  found "${written}"; expected YYYY-MM-DD, YYYY-MM-DDTHH:MM (local time) or YYYY-MM-DDTHH:MM+03:00 / …Z (an instant)`,
      ]);
    });
  }

  test("an offset no zone has is refused", async () => {
    for (const written of ["2023-03-23T13:38+25:00", "2023-03-23T13:38-12:60", "2023-03-23T13:38-13:00"]) {
      assert.deepEqual(await problemsOfNote(noteWith('date: "2023-03-23T13:38"', `date: "${written}"`)), [
        `${FILE}:3:1  date  found "${written}"; expected a real UTC offset, from -12:00 to +14:00`,
      ]);
    }
  });

  test("the widest real offsets are accepted", async () => {
    for (const written of ["2023-03-23T13:38+14:00", "2023-03-23T13:38-12:00", "2023-03-23T13:38+05:45"]) {
      assert.deepEqual(await problemsOfNote(noteWith('date: "2023-03-23T13:38"', `date: "${written}"`)), []);
    }
  });

  test("a local time the clocks skipped is refused rather than moved an hour", async () => {
    const note = noteWith('date: "2023-03-23T13:38"', 'date: "2023-03-12T02:30"\ntimezone: America/New_York');
    assert.deepEqual(await problemsOfNote(note), [
      `${FILE}:3:1  date  found "2023-03-12T02:30"; expected a local time that occurs in America/New_York (its clocks moved forward over this one), or an instant with an offset`,
    ]);
  });

  test("an unknown time zone", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("kind: attack", "timezone: Asia/Damascos\nkind: attack")), [
      `${FILE}:4:1  timezone  found "Asia/Damascos"; expected an IANA time zone such as Asia/Damascus or America/New_York`,
    ]);
  });

  test("an approximate time on a date with no time", async () => {
    const note = noteWith('date: "2023-03-23T13:38"', 'date: "2023-03-23"\nprecision: approximate');
    assert.deepEqual(await problemsOfNote(note), [`${FILE}:4:1  precision  found "approximate" for a date with no time; expected day, or give the time in date`]);
  });

  test("an unknown precision", async () => {
    const note = noteWith('date: "2023-03-23T13:38"', 'date: "2023-03-23T13:38"\nprecision: roughly');
    assert.deepEqual(await problemsOfNote(note), [`${FILE}:4:1  precision  found "roughly"; expected one of exact, approximate, day`]);
  });
});

describe("references to other files", () => {
  test("an unknown place, with the near place id suggested", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("place: hasakah", "place: hasaka")), [
      `${FILE}:5:1  place  found "hasaka"; expected a place id from places.yaml (did you mean "hasakah"?)`,
    ]);
  });

  test("an unknown place with nothing near it has no suggestion", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("place: hasakah", "place: ottawa")), [`${FILE}:5:1  place  found "ottawa"; expected a place id from places.yaml`]);
  });

  test("an unknown source, with the near source id suggested", async () => {
    assert.deepEqual(await problemsOfNote(noteWith("source: drone-report", "source: drone-reprot")), [
      `${FILE}:8:5  sources[0].source  found "drone-reprot"; expected the id of a source in sources/ (did you mean "drone-report"?)`,
    ]);
  });

  test("a quote that is not in its source", async () => {
    const note = noteWith('quote: "A drone struck a \\"maintenance facility\\" at a base in northeast Syria"', 'quote: "A drone struck a repair shop"');
    assert.deepEqual(await problemsOfNote(note), [
      `${FILE}:9:5  sources[0].quote  found a quote that is not in sources/drone-report.md; expected words that occur in the source text (compared ignoring spacing and quote-mark style)`,
    ]);
  });

  test("a quote that matches only after spacing, line breaks and quote marks are normalised passes", async () => {
    for (const quote of ["'killing   one American contractor'", "\"assessed to be of 'Iranian origin'\"", "'struck a “maintenance facility”  at a base in northeast Syria'"]) {
      const note = noteWith('quote: "A drone struck a \\"maintenance facility\\" at a base in northeast Syria"', `quote: ${quote}`);
      assert.deepEqual(await problemsOfNote(note), [], quote);
    }
  });

  test("a quote is checked against its source's text, not its title", async () => {
    const note = noteWith('quote: "A drone struck a \\"maintenance facility\\" at a base in northeast Syria"', 'quote: "Drone strikes a base in north-east Syria"');
    assert.deepEqual(await problemsOfNote(note), [
      `${FILE}:9:5  sources[0].quote  found a quote that is not in sources/drone-report.md; expected words that occur in the source text (compared ignoring spacing and quote-mark style)`,
    ]);
  });

  test("claims are checked like citations, each at its own line", async () => {
    const claims = [
      "claims:",
      "  killed:",
      "    - value: 1",
      "      source: drone-report",
      '      quote: "killing two American contractors"',
      "    - value: 2",
      "      source: wire-story",
      "sources:",
    ].join("\n");
    assert.deepEqual(await problemsOfNote(noteWith("sources:", claims)), [
      `${FILE}:11:7  claims.killed[0].quote  found a quote that is not in sources/drone-report.md; expected words that occur in the source text (compared ignoring spacing and quote-mark style)`,
      `${FILE}:13:7  claims.killed[1].source  found "wire-story"; expected the id of a source in sources/`,
    ]);
  });

  test("a related incident that does not exist, with the near incident id suggested", async () => {
    const other = VALID_NOTE.replace('title: "Drone strikes a base near Hasakah"', 'title: "Rockets hit the base"');
    const dir = await contentFolderWith({
      "incidents/rocket-attack.md": other,
      "incidents/drone-strike.md": noteWith("place: hasakah\n", "place: hasakah\nrelated:\n  - incident: rocket-atack\n    relation: follows\n"),
    });
    assert.deepEqual(await problemsOf(dir), [
      `${FILE}:7:5  related[0].incident  found "rocket-atack"; expected the id of an incident in incidents/ (did you mean "rocket-attack"?)`,
    ]);
  });

  test("a note never suggests itself as the related incident", async () => {
    const note = noteWith("place: hasakah\n", "place: hasakah\nrelated:\n  - incident: drone-strikes\n    relation: follows\n");
    assert.deepEqual(await problemsOfNote(note), [`${FILE}:7:5  related[0].incident  found "drone-strikes"; expected the id of an incident in incidents/`]);
  });

  test("a note related to itself", async () => {
    const note = noteWith("place: hasakah\n", "place: hasakah\nrelated:\n  - incident: drone-strike\n    relation: see-also\n");
    assert.deepEqual(await problemsOfNote(note), [`${FILE}:7:5  related[0].incident  found "drone-strike", this note itself; expected another incident`]);
  });
});
