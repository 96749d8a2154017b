/**
 * What the build refuses in a note's images and in content/media/, each with its file, field and
 * reason: a missing file, alt text or credit, a path out of media/ or to another site, a file that
 * is not a PNG, JPEG, WebP or plain SVG (judged by its bytes), an SVG with anything active in it.
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { loadContent } from "../../../src/notes/load-content.ts";
import { formatProblem } from "../../../src/notes/problems.ts";
import { fixture } from "../../helpers/build.ts";

const scratch: string[] = [];
after(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

const NOTE = "incidents/2023-03-23-drone-strike-hasakah.md";

/** The fixture with its note's media list replaced and extra files in media/, checked: the problems, each as check prints it, without the folder's own path. */
async function problemsWith(media: string, files: Record<string, string | Buffer> = {}): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "briefing-media-"));
  scratch.push(dir);
  await cp(fixture("note-with-images"), dir, { recursive: true });
  const note = path.join(dir, NOTE);
  const text = await readFile(note, "utf8");
  await writeFile(note, text.replace(/^media:\n(?:  .*\n)+/m, media ? `media:\n${media}` : ""));
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
  const { problems } = await loadContent(dir);
  return problems.map((problem) => formatProblem(problem).split(path.relative(process.cwd(), dir) + "/").join(""));
}

const entry = (fields: string) => fields.split("\n").map((line, index) => `${index === 0 ? "  - " : "    "}${line}`).join("\n") + "\n";

test("a file that is not there, and a source that is not a source note", async () => {
  assert.deepEqual(await problemsWith(entry('file: media/nowhere.png\nalt: "x"\ncredit: "y"\nsource: no-such-source')), [
    `${NOTE}:13:5  media[0].file  found "media/nowhere.png", which is not in the content folder; expected an image file at content/media/nowhere.png`,
    `${NOTE}:16:5  media[0].source  found "no-such-source"; expected the id of a note in sources/`,
  ]);
});

test("alt text and credit are required, and must be visible text", async () => {
  const problems = await problemsWith(entry('file: media/satellite-view.png\nalt: " "') + entry('file: media/satellite-view.png\ncredit: "z"'));
  assert.equal(problems.length, 3, problems.join("\n"));
  assert.match(problems[0], /media\[0\]\.alt {2}found ""; expected non-empty text/);
  assert.match(problems[1], /media\[0\]\.credit {2}is missing/);
  assert.match(problems[2], /media\[1\]\.alt {2}is missing/);
});

test("a path out of media/, to another site, or of another type is refused by the schema", async () => {
  for (const file of ["../site.yaml", "media/../site.yaml", "/etc/passwd", "https://example.org/x.png", "media/.hidden.png", "media/picture.gif", "sources/dod-statement.md"]) {
    const problems = await problemsWith(entry(`file: "${file}"\nalt: "x"\ncredit: "y"`));
    assert.deepEqual(problems, [`${NOTE}:13:5  media[0].file  found "${file}"; expected a file inside media/ of the content folder, such as media/satellite-2023-03-24.png (PNG, JPEG, WebP or SVG)`], file);
  }
});

test("a file is judged by its bytes: a GIF named .png is refused, in media/ and where a note shows it", async () => {
  const gif = Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(20)]);
  assert.deepEqual((await problemsWith(entry('file: media/renamed.png\nalt: "x"\ncredit: "y"'), { "media/renamed.png": gif })).sort(), [
    `${NOTE}:13:5  media[0].file  found "media/renamed.png", which is not an image the site can serve (see its own problem); expected a PNG, JPEG, WebP or plain SVG`,
    "media/renamed.png  is not a PNG, JPEG, WebP or SVG image (judged by its content, not its name); expected one of those",
  ].sort());
});

test("an SVG with a script, an event handler, a link out, an embedded image, animation or entities is refused, named by what it holds", async () => {
  const svg = (inner: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"${attributes}>${inner}</svg>`;
  const cases: [string, RegExp][] = [
    [svg("<script>alert(1)</script>"), /holds a <script> element/],
    [svg("<rect width='5' height='5'/>", ' onload="alert(1)"'), /has an onload attribute on <svg>; expected no event handlers/],
    [svg("<image href='https://evil.example/x.png' width='5' height='5'/>"), /holds a <image> element/],
    [svg("<use xlink:href='https://evil.example/s.svg#a'/>"), /links to "https:\/\/evil\.example\/s\.svg#a" from <use>/],
    [svg("<a href='javascript:alert(1)'><rect width='5' height='5'/></a>"), /holds a <a> element/],
    [svg("<rect width='5' height='5'><set attributeName='fill' to='red'/></rect>"), /holds a <set> element/],
    [svg("<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject>"), /holds a <foreignObject> element/],
    [svg("<style>@import url(https://evil.example/a.css);</style>"), /has a <style> that loads something from outside the file/],
    [svg("<rect width='5' height='5' fill='url(https://evil.example/p)'/>"), /refers to an address outside the file in fill/],
    [`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>${svg("<text>&a;</text>")}`, /declares a DOCTYPE or entities/],
  ];
  for (const [text, reason] of cases) {
    const problems = await problemsWith("", { "media/bad.svg": text });
    assert.equal(problems.length, 1, `${text}\n${problems.join("\n")}`);
    assert.match(problems[0], new RegExp(`^media/bad\\.svg {2}${reason.source}`), text);
  }
  // A plain drawing with gradients and an internal reference passes.
  assert.deepEqual(await problemsWith("", { "media/fine.svg": svg("<defs><linearGradient id='g'><stop offset='0'/></linearGradient></defs><rect width='5' height='5' fill='url(#g)'/><use href='#g'/>") }), []);
});

test("a link in media/ is never followed", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "briefing-media-"));
  scratch.push(dir);
  await cp(fixture("note-with-images"), dir, { recursive: true });
  await symlink("/etc/hostname", path.join(dir, "media/linked.png"));
  const { problems } = await loadContent(dir);
  assert.deepEqual(problems.map((problem) => problem.message), ["is a symbolic link; expected the image itself (a link may lead out of the content folder, so it is never followed)"]);
});
