import assert from "node:assert/strict";
import { test } from "node:test";
import { foldForSearch } from "../../../src/search/search-folding.ts";

test("the tatweel is dropped from what Pagefind is sent, every other letter and mark kept", () => {
  assert.equal(foldForSearch("<p>حَصِيلَةَ القَتْـلَى</p>"), "<p>حَصِيلَةَ القَتْلَى</p>");
  assert.equal(foldForSearch("<p>ـــ</p>"), "<p></p>");
  // ى and ي are different letters on the page: a result's excerpt shows the source's own.
  assert.equal(foldForSearch("القتلى القتلي"), "القتلى القتلي");
  assert.equal(foldForSearch("Deir ez-Zor"), "Deir ez-Zor");
});
