import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { loadContent } from "../../../src/notes/load-content.ts";
import { contentFolderWith, folderWithNote, problemsOf, problemsOfNote, removeContentFolders, VALID_NOTE } from "./content-folder.ts";

after(removeContentFolders);

const FILE = "incidents/drone-strike.md";
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

describe("files that are not notes", () => {
  test("hidden files and folders (an editor's swap file, .git) are never read, at any depth", async () => {
    const dir = await contentFolderWith({
      "incidents/.drone-strike.md.swp": "not a note",
      "incidents/.git/stray.md": "not a note",
      "incidents/2023/.drafts/stray.md": "not a note",
      "incidents/2023/second-note.md": VALID_NOTE,
    });
    const { problems, content } = await loadContent(dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(content.incidents.map((incident) => incident.id).sort(), ["drone-strike", "second-note"]);
  });

  test("an empty file", async () => {
    assert.deepEqual(await problemsOfNote(""), [`${FILE}  the file is empty; expected front matter between --- lines, then the text`]);
  });

  test("a file of blank lines counts as empty", async () => {
    assert.deepEqual(await problemsOfNote("  \n\n"), [`${FILE}  the file is empty; expected front matter between --- lines, then the text`]);
  });

  test("a file with no front matter", async () => {
    assert.deepEqual(await problemsOfNote("title: Drone strike\n\nA drone hit a base.\n"), [
      `${FILE}:1:1  expected the file to start with a --- line opening the front matter`,
    ]);
  });

  test("front matter that is never closed", async () => {
    assert.deepEqual(await problemsOfNote(VALID_NOTE.replace("\n---\n", "\n\n")), [
      `${FILE}:1:1  the front matter opened on line 1 is never closed; expected a --- line after it`,
    ]);
  });

  test("front matter that is not a mapping", async () => {
    assert.deepEqual(await problemsOfNote("---\njust a sentence\n---\nText.\n"), [`${FILE}:2:1  expected the front matter to be a mapping of keys to values`]);
  });

  test("bytes that are not UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from(VALID_NOTE), Uint8Array.of(0xff, 0xfe, 0x41, 0x0a)]);
    assert.deepEqual(await problemsOfNote(bytes), [`${FILE}  the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8)`]);
  });

  test("Latin-1 text (an é saved as one byte) is not UTF-8", async () => {
    const bytes = Buffer.from(VALID_NOTE.replace("A drone hit", "Un drone a frapp\u00e9"), "latin1");
    assert.deepEqual(await problemsOfNote(bytes), [`${FILE}  the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8)`]);
  });
});

describe("broken YAML is reported at its line", () => {
  test("a value with a second colon", async () => {
    assert.deepEqual(await problemsOfNote(VALID_NOTE.replace("kind: attack", "kind: attack: strike")), [
      `${FILE}:4:13  the front matter is not valid YAML: bad indentation of a mapping entry`,
    ]);
  });

  test("a key given twice", async () => {
    assert.deepEqual(await problemsOfNote(VALID_NOTE.replace("kind: attack\n", "kind: attack\nkind: strike\n")), [
      `${FILE}:5:1  the front matter is not valid YAML: duplicated mapping key`,
    ]);
  });

  test("a tab used for indentation", async () => {
    assert.deepEqual(await problemsOfNote(VALID_NOTE.replace("kind: attack\n", "kind: attack\n\tplace: hasakah\n")), [
      `${FILE}:5:1  the front matter is not valid YAML: tab characters must not be used in indentation`,
    ]);
  });
});

describe("byte-order mark and Windows line ends", () => {
  const windowsNote = (text: string) => Buffer.concat([BOM, Buffer.from(text.replace(/\n/g, "\r\n"))]);

  test("are accepted, and the note reads as if they were not there", async () => {
    const dir = await folderWithNote(windowsNote(VALID_NOTE));
    const { content, problems } = await loadContent(dir);
    assert.deepEqual(problems, []);
    const [incident] = content.incidents;
    assert.equal(incident.title, "Drone strikes a base near Hasakah");
    assert.equal(incident.instant, "2023-03-23T13:38:00.000+03:00");
    assert.equal(incident.body, "A drone hit a maintenance facility on a base near Hasakah.\n");
  });

  test("keep line numbers right", async () => {
    assert.deepEqual(await problemsOfNote(windowsNote(VALID_NOTE.replace("kind: attack", "kind: atack"))), [
      `${FILE}:4:1  kind  found "atack"; expected one of attack, strike, statement, assessment`,
    ]);
  });

  test("in a source let its quotes match", async () => {
    const source = "---\ntitle: \"Drone strikes a base in north-east Syria\"\npublisher: \"Test Wire\"\npublished: \"2023-03-24\"\ntype: report\n---\nA drone struck a “maintenance facility” at a base\nin northeast Syria, killing one American contractor.\n";
    const dir = await contentFolderWith({ "sources/drone-report.md": windowsNote(source) });
    assert.deepEqual(await problemsOf(dir), []);
  });
});

describe("file names", () => {
  test("a file name that is not a usable id", async () => {
    const dir = await contentFolderWith({ "incidents/Drone_Strike.md": VALID_NOTE, "incidents/drone--strike.md": VALID_NOTE });
    assert.deepEqual(await problemsOf(dir), [
      `incidents/Drone_Strike.md  the file name "Drone_Strike" is not a usable incident id; expected lowercase letters, digits and single hyphens, e.g. 2023-03-24-rocket-attack.md`,
      `incidents/drone--strike.md  the file name "drone--strike" is not a usable incident id; expected lowercase letters, digits and single hyphens, e.g. 2023-03-24-rocket-attack.md`,
    ]);
  });

  test("the same id twice, once in a subfolder", async () => {
    const dir = await contentFolderWith({ "incidents/march/drone-strike.md": VALID_NOTE });
    assert.deepEqual(await problemsOf(dir), [
      `incidents/march/drone-strike.md  duplicate incident id "drone-strike": incidents/drone-strike.md has the same file name; expected each id once`,
    ]);
  });

  test("notes in subfolders are read like the others", async () => {
    const dir = await contentFolderWith({ "incidents/drone-strike.md": null, "incidents/march/drone-strike.md": VALID_NOTE });
    const { content, problems } = await loadContent(dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      content.incidents.map((incident) => incident.id),
      ["drone-strike"],
    );
  });

  test("a file that is not a .md note is named, never skipped without a word", async () => {
    const dir = await contentFolderWith({ "incidents/README.txt": "Notes go here.", "incidents/draft.md~": "" });
    assert.deepEqual(await problemsOf(dir), [
      "incidents/README.txt  is not a note; expected only notes (.md files) in incidents/: nothing else in the content folder is read, run or published",
      "incidents/draft.md~  is not a note; expected only notes (.md files) in incidents/: nothing else in the content folder is read, run or published",
    ]);
  });
});
