import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { contentFolderWith, problemsOf, removeContentFolders, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

const note = (from: string, to: string) => {
  assert.ok(VALID_NOTE.includes(from));
  return VALID_NOTE.replace(from, to);
};

describe("a folder with mistakes in many files", () => {
  test("reports every problem at once, data files first, then sources, then incidents by path", async () => {
    const dir = await contentFolderWith({
      "site.yaml": 'title: "Mistakes"\ndescription: "Many at once."\ntimezone: Asia/Damascus\nlangauge: en\n',
      "sources/wire-story.md": '---\ntitle: "Wire story"\npublisher: "Wire"\npublished: "2023-03-32"\ntype: blog\n---\nText.\n',
      "incidents/a-misspelt-kind.md": note("kind: attack", "kind: atack"),
      "incidents/b-misspelt-key.md": note("place: hasakah", "plcae: hasakah"),
      "incidents/c-empty.md": "",
      "incidents/d-bad-date.md": note('date: "2023-03-23T13:38"', 'date: "2023-02-30"'),
    });
    assert.deepEqual(await problemsOf(dir), [
      `site.yaml:4:1  langauge  is not a known key; expected one of title, description, timezone, language, years (did you mean "language"?)`,
      `sources/wire-story.md:4:1  published  found "2023-03-32"; expected a real calendar day`,
      `sources/wire-story.md:5:1  type  found "blog"; expected one of report, official, monitor`,
      `incidents/a-misspelt-kind.md:4:1  kind  found "atack"; expected one of attack, strike, statement, assessment`,
      `incidents/b-misspelt-key.md  place  is missing; expected text`,
      `incidents/b-misspelt-key.md:5:1  plcae  is not a known key; expected one of title, date, timezone, precision, kind, place, sources, claims, related, actors, tags, summary, casualties, media, confidence, updates, external_id, draft (did you mean "place"?)`,
      `incidents/c-empty.md  the file is empty; expected front matter between --- lines, then the text`,
      `incidents/d-bad-date.md:3:1  date  found "2023-02-30"; expected a real calendar date and time (you specified 30 (of type number) as a day, which is invalid)`,
    ]);
  });

  test("reports a note's reference problems together with its own", async () => {
    const dir = await contentFolderWith({
      "incidents/drone-strike.md": note("place: hasakah\n", "place: hasaka\nrelated:\n  - incident: nowhere\n    relation: follows\n")
        .replace("source: drone-report", "source: drone-reprot"),
    });
    assert.deepEqual(await problemsOf(dir), [
      `incidents/drone-strike.md:5:1  place  found "hasaka"; expected a place id from places.yaml (did you mean "hasakah"?)`,
      `incidents/drone-strike.md:11:5  sources[0].source  found "drone-reprot"; expected the id of a source in sources/ (did you mean "drone-report"?)`,
      `incidents/drone-strike.md:7:5  related[0].incident  found "nowhere"; expected the id of an incident in incidents/`,
    ]);
  });
});

describe("site.yaml and places.yaml", () => {
  test("their mistakes are located by line in the YAML file", async () => {
    const dir = await contentFolderWith({
      "site.yaml": 'title: "Mistakes"\ndescription: "In data files."\ntimezone: Mars/Olympus_Mons\n',
      "places.yaml": [
        "hasakah:",
        '  name: "Hasakah"',
        "  lat: 136.5",
        "  lon: 40.7",
        "  precision: exactt",
        '  country: "Syria"',
        "  contry: Syria",
        "Deir_ez_Zor:",
        '  name: "Deir ez-Zor"',
        "  lat: 35.3",
        "  lon: 40.1",
        "  precision: approximate",
        '  country: "Syria"',
        "",
      ].join("\n"),
    });
    assert.deepEqual(await problemsOf(dir), [
      `site.yaml:3:1  timezone  found "Mars/Olympus_Mons"; expected an IANA time zone such as Asia/Damascus or America/New_York`,
      `places.yaml:3:3  hasakah.lat  found 136.5; expected a number of at most 90`,
      `places.yaml:5:3  hasakah.precision  found "exactt"; expected one of exact, approximate, region`,
      `places.yaml:7:3  hasakah.contry  is not a known key; expected one of name, aliases, lat, lon, precision, country (did you mean "country"?)`,
      `places.yaml:8:1  Deir_ez_Zor  found "Deir_ez_Zor"; expected a place id of lowercase letters, digits and single hyphens`,
    ]);
  });

  test("broken YAML in a data file is located", async () => {
    const dir = await contentFolderWith({ "site.yaml": 'title: "Broken"\ndescription: "A: b: c"\ntimezone: [Asia/Damascus\n' });
    assert.deepEqual(await problemsOf(dir), [`site.yaml:4:1  not valid YAML: unexpected end of the stream within a flow collection`]);
  });

  test("a missing data file is named", async () => {
    const dir = await contentFolderWith({ "places.yaml": null });
    assert.deepEqual(await problemsOf(dir), [`places.yaml  is missing; expected this file in the content folder`]);
  });
});

describe("one mistake is reported once, not again by every note that refers to it", () => {
  test("a source that does not validate is not also an unknown source for the notes citing it", async () => {
    const dir = await contentFolderWith({
      "sources/drone-report.md": '---\ntitle: "Drone report"\npublisher: "Test Wire"\npublished: "2023-03-24"\ntype: rumour\n---\nA drone struck.\n',
    });
    assert.deepEqual(await problemsOf(dir), [`sources/drone-report.md:5:1  type  found "rumour"; expected one of report, official, monitor`]);
  });

  test("an incident that does not validate is not also an unknown incident for the notes related to it", async () => {
    const dir = await contentFolderWith({
      "incidents/rocket-attack.md": note("kind: attack", "kind: atack"),
      "incidents/drone-strike.md": note("place: hasakah\n", "place: hasakah\nrelated:\n  - incident: rocket-attack\n    relation: see-also\n"),
    });
    assert.deepEqual(await problemsOf(dir), [`incidents/rocket-attack.md:4:1  kind  found "atack"; expected one of attack, strike, statement, assessment`]);
  });

  test("a places.yaml that does not validate does not make every place unknown", async () => {
    const dir = await contentFolderWith({
      "places.yaml": 'hasakah:\n  name: "Hasakah"\n  lat: 36.5\n  lon: 40.7\n  precision: approximate\n',
    });
    assert.deepEqual(await problemsOf(dir), [`places.yaml:1:1  hasakah.country  is missing; expected text`]);
  });
});
