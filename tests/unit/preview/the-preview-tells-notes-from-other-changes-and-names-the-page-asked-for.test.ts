/**
 * What the preview decides from the dev server's reports: whether a changed file is a note or data
 * file of the content folder (a quick build) or anything else (a full one), and which page a
 * request asks for, in the render plan's names.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { isContentFile } from "../../../src/preview/changed-files.ts";
import { pageUrl } from "../../../src/preview/preview.ts";

const cwd = path.resolve("/work/project");
const content = path.join(cwd, "content");

test("notes and data files of the content folder are content; templates, stylesheets and other folders are not", () => {
  assert.equal(isContentFile(content, "content/incidents/2023-03-23-strike.md", cwd), true);
  assert.equal(isContentFile(content, path.join(content, "places.yaml"), cwd), true);
  assert.equal(isContentFile(content, path.join(content, "site.yml"), cwd), true);
  assert.equal(isContentFile(content, "templates/pages/incident.njk", cwd), false);
  assert.equal(isContentFile(content, "templates/assets/site.css", cwd), false);
  assert.equal(isContentFile(content, "content-old/incidents/a.md", cwd), false, "a folder whose name starts like the content folder's");
  assert.equal(isContentFile(content, "content/media/picture.png", cwd), false);
});

test("a content folder outside the working directory is recognised in Eleventy's paths relative to a folder above it", () => {
  const outside = path.resolve("/work/notes");
  // Eleventy names the file from /work, the folder holding both the project and the notes.
  assert.equal(isContentFile(outside, "notes/incidents/a.md", cwd), true);
  assert.equal(isContentFile(outside, "project/templates/base.njk", cwd), false);
});

test("a request names its page as the render plan does", () => {
  assert.equal(pageUrl("/"), "/");
  assert.equal(pageUrl("/index.html"), "/");
  assert.equal(pageUrl("/incidents/a-strike/"), "/incidents/a-strike/");
  assert.equal(pageUrl("/incidents/a-strike/index.html?_11ty=1"), "/incidents/a-strike/");
  assert.equal(pageUrl("/data/incidents.json"), "/data/incidents.json");
  assert.equal(pageUrl("/places/deir%20ez-zor/"), "/places/deir ez-zor/");
  assert.equal(pageUrl("/%E0%A4%A"), "/%E0%A4%A", "a malformed escape is kept as it came");
});
