/**
 * Note content is untrusted. Built from a fixture whose every field tries to inject markup, the
 * HTML holds no element, attribute or URL the notes did not get from the templates.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { parse } from "node-html-parser";
import { buildToTemp, fixture } from "../../helpers/build.ts";
import { listPages } from "../../helpers/site-files.ts";

let output: string;
let pages: { page: string; html: string }[];

before(async () => {
  output = await buildToTemp(fixture("hostile-notes"));
  pages = await Promise.all((await listPages(output)).map(async (page) => ({ page, html: await readFile(path.join(output, page), "utf8") })));
});

test("no page has a script the templates did not put there", () => {
  for (const { page, html } of pages) {
    for (const script of parse(html).querySelectorAll("script")) {
      assert.match(script.getAttribute("src") ?? "(inline)", /^\/(assets\/search\.js|pagefind\/pagefind-ui\.js)$/, `${page} has a script`);
    }
  }
});

test("no element carries an event handler, and no iframe, img or b from a note exists", () => {
  for (const { page, html } of pages) {
    const document = parse(html);
    for (const element of document.querySelectorAll("*")) {
      const handlers = Object.keys(element.attributes).filter((name) => /^on/i.test(name));
      assert.deepEqual(handlers, [], `${page}: <${element.tagName.toLowerCase()}> has ${handlers.join(", ")}`);
    }
    // SVG views are the templates' own; an injected <svg onload> would fail the handler check above.
    assert.equal(document.querySelectorAll("iframe, img, b").length, 0, `${page} has injected elements`);
  }
});

test("javascript:, data: and vbscript: URLs never become links", () => {
  for (const { page, html } of pages) {
    for (const element of parse(html).querySelectorAll("[href], [src], [action], [cite]")) {
      for (const name of ["href", "src", "action", "cite"]) {
        const value = (element.getAttribute(name) ?? "").replace(/[\u0000-\u0020]/g, "");
        assert.doesNotMatch(value, /^(javascript|data|vbscript):/i, `${page}: ${name}="${value}"`);
      }
    }
  }
  const incident = pages.find(({ page }) => page.startsWith("incidents/"))!.html;
  const links = parse(incident).querySelectorAll(".note-body a").map((link) => link.getAttribute("href"));
  assert.deepEqual(links, ["https://www.centcom.mil/MEDIA/PRESS-RELEASES/"], "only the web link survives in the note body");
});

test("the hostile text is still there for readers, as text", () => {
  const incident = parse(pages.find(({ page }) => page.startsWith("incidents/"))!.html);
  assert.equal(incident.querySelector("h1")?.textContent, "<script>window.__pwned='title'</script>Hostile title");
  assert.ok(incident.querySelector(".note-body")?.textContent.includes("<img src=x onerror=\"window.__pwned='body-img'\">"));
  assert.ok(incident.querySelector(".note-body")?.textContent.includes("[js](javascript:window.__pwned='link')"));
  assert.equal(incident.querySelector(".facts ul.inline li")?.textContent, `<b onclick="window.__pwned='actor'">Actor</b>`);
});

test("template syntax in notes stays literal", () => {
  const incident = parse(pages.find(({ page }) => page.startsWith("incidents/"))!.html);
  const text = incident.querySelector("main")!.textContent;
  assert.ok(text.includes("{{ 7 * 7 }}"), "{{ }} kept");
  assert.ok(text.includes("{% if true %}liquid{% endif %}"), "{% %} kept");
  assert.ok(text.includes(`{%- include "layouts/base.njk" -%}`));
  assert.ok(!text.includes("49"), "nothing was evaluated");
});
