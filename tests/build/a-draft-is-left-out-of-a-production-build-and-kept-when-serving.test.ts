import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { fixture, renderPages } from "../helpers/build.ts";
import { between, linksIn, listedIncidents, mainOf, pageAt, textOf } from "./html.ts";

const FOLDER = fixture("a-draft-beside-a-published-note");
const DRAFT = "draft-follow-up";
const PUBLISHED = "published-drone-strike";

describe("drafts", () => {
  let production: Map<string, string>;
  let serving: Map<string, string>;
  before(async () => {
    [production, serving] = await Promise.all([renderPages(FOLDER, "build"), renderPages(FOLDER, "serve")]);
  });

  describe("in a production build", () => {
    test("the draft has no page", () => {
      assert.ok(production.has(`/incidents/${PUBLISHED}/`));
      assert.equal(production.has(`/incidents/${DRAFT}/`), false);
    });

    test("the draft is on no page at all", () => {
      for (const [url, html] of production) {
        assert.ok(!html.includes(DRAFT), `${url} names the draft`);
        assert.ok(!html.includes("Draft follow-up, not yet checked"), `${url} shows the draft's title`);
      }
    });

    test("the timeline lists only the published incident", () => {
      assert.deepEqual(listedIncidents(pageAt(production, "/")), [PUBLISHED]);
    });

    test("the timeline counts one incident over one day", () => {
      assert.equal(
        textOf(between(pageAt(production, "/"), '<p class="counts">', "</p>")),
        "1 incident over 1 day. Days and times are in Asia/Damascus time, with UTC beside them.",
      );
    });

    test("the published page has no relation to the draft, no next link, and counts one incident", () => {
      const page = mainOf(pageAt(production, `/incidents/${PUBLISHED}/`));
      assert.doesNotMatch(page, /Related incidents/);
      assert.deepEqual(linksIn(between(page, '<nav class="pager"', "</nav>")), []);
      assert.match(page, /incident 1 of 1<\/p>/);
    });

    test("the source lists only the published incident as citing it", () => {
      assert.deepEqual(linksIn(between(mainOf(pageAt(production, "/sources/wire-report/")), '<h2 id="cited-by">', "</section>")), [
        [`/incidents/${PUBLISHED}/`, "Published drone strike"],
      ]);
    });
  });

  describe("when serving", () => {
    test("the draft has its page and is on the timeline after what it follows", () => {
      assert.ok(serving.has(`/incidents/${DRAFT}/`));
      assert.deepEqual(listedIncidents(pageAt(serving, "/")), [PUBLISHED, DRAFT]);
    });

    test("the draft is marked Draft on its page and in the timeline, the published note is not", () => {
      assert.match(mainOf(pageAt(serving, `/incidents/${DRAFT}/`)), /<p class="draft-note"><strong class="draft-mark">Draft<\/strong> — only the preview shows this note/);
      assert.doesNotMatch(mainOf(pageAt(serving, `/incidents/${PUBLISHED}/`)), /draft-mark/);
      const timeline = pageAt(serving, "/");
      const item = (id: string) => between(timeline, `<article aria-labelledby="item-${id}">`, "</article>");
      assert.match(item(DRAFT), /<strong class="draft-mark">Draft<\/strong>/);
      assert.doesNotMatch(item(PUBLISHED), /draft-mark/);
      for (const [url, html] of production) if (url.endsWith("/") || url.endsWith(".html")) assert.doesNotMatch(html, /class="draft-(mark|note)"/, url);
    });

    test("the relation shows at both ends", () => {
      const related = (id: string) => textOf(between(mainOf(pageAt(serving, `/incidents/${id}/`)), '<ul class="related">', "</ul>"));
      assert.equal(related(DRAFT), "Follows: Published drone strike");
      assert.equal(related(PUBLISHED), "Followed by: Draft follow-up, not yet checked");
    });
  });
});
