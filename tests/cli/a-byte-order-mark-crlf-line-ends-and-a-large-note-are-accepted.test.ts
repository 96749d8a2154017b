/** What editors on other systems write is normal input: a BOM, CRLF line ends, a schema modeline, a very long note. */
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../src/notes/load-content.ts";
import { renderPages } from "../helpers/build.ts";
import { briefing, fixture, workspace, type Workspace } from "./support.ts";

const ACCEPTED = fixture("accepted-notes");
const PARAGRAPHS = 5_000;
let space: Workspace;

before(async () => {
  space = await workspace(undefined, ...["byte-order-mark", "crlf-line-ends", "schema-modeline"].map((name) => path.join(ACCEPTED, name)));
  // About 1 MB of text: generated here rather than committed.
  const body = Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i + 1}: the sources describe the attack in detail, and this note keeps every word of it.`).join("\n\n");
  const tags = Array.from({ length: 200 }, (_, i) => `  - "tag ${i + 1}"`).join("\n");
  await writeFile(
    path.join(space.content, "incidents", "2023-03-24-a-very-long-note.md"),
    `---\ntitle: "A very long note"\ndate: "2023-03-24T12:00"\nkind: assessment\nplace: al-omar\nsources:\n  - source: centcom-release\ntags:\n${tags}\n---\n${body}\n`,
  );
});
after(() => space.remove());

test("npm run check accepts them all", async () => {
  const run = await briefing(["check"], { cwd: space.dir });
  // The first line is the verdict; warnings may follow (a source's url without an archived copy).
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.split("\n")[0], "OK content: 6 incidents, 2 sources, 2 places, no problems.");
  assert.doesNotMatch(run.stdout, /problem:|^\s+content\/incidents/m);
  assert.equal(run.code, 0);
});

test("they read as if saved plainly: no BOM in the title, no carriage returns in the text", async () => {
  const { content, problems } = await loadContent(space.content);
  assert.deepEqual(problems, []);
  const byId = new Map(content.incidents.map((incident) => [incident.id, incident]));
  assert.equal(byId.get("2023-03-24-saved-with-a-bom")?.title, "Saved with a byte-order mark");
  assert.equal(byId.get("2023-03-24-saved-on-windows")?.title, "Saved with CRLF line ends");
  assert.equal(byId.get("2023-03-24-saved-on-windows")?.body, "A note saved on Windows.\n\nSecond paragraph.\n");
  assert.equal(byId.get("2023-03-24-a-very-long-note")?.tags.length, 200);
  assert.equal(byId.get("2023-03-24-a-very-long-note")?.body.split("\n\n").length, PARAGRAPHS);
});

test("the build renders them, the long note to its last paragraph", async () => {
  const pages = await renderPages(space.content);
  assert.match(pages.get("/")!, /Saved with a byte-order mark/);
  assert.match(pages.get("/")!, /Saved with CRLF line ends/);
  assert.match(pages.get("/")!, /With a schema modeline/);
  assert.match(pages.get("/incidents/2023-03-24-a-very-long-note/")!, new RegExp(`Paragraph ${PARAGRAPHS}: the sources`));
});
