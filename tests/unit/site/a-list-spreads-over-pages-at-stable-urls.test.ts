import assert from "node:assert/strict";
import { test } from "node:test";
import { inGroupsOf, inGroupsWeighing, pagedList } from "../../../src/site/paged-list.ts";

test("pages are /base/, /base/2/, … each linked to its neighbours; nothing still makes one empty page", () => {
  const pages = pagedList("/disputes/", inGroupsOf([1, 2, 3, 4, 5], 2));
  assert.deepEqual(
    pages.map(({ url, page, pages: count, items, previous, next }) => [url, page, count, items, previous, next]),
    [
      ["/disputes/", 1, 3, [1, 2], undefined, "/disputes/2/"],
      ["/disputes/2/", 2, 3, [3, 4], "/disputes/", "/disputes/3/"],
      ["/disputes/3/", 3, 3, [5], "/disputes/2/", undefined],
    ],
  );
  assert.deepEqual(pagedList("/disputes/", inGroupsOf([], 2)), [{ url: "/disputes/", page: 1, pages: 1, items: [], previous: undefined, next: undefined }]);
});

test("later pages may live under a base of their own", () => {
  assert.deepEqual(pagedList("/sources/", [[1], [2], [3]], "/sources/page/").map((page) => [page.url, page.previous, page.next]), [
    ["/sources/", undefined, "/sources/page/2/"],
    ["/sources/page/2/", "/sources/", "/sources/page/3/"],
    ["/sources/page/3/", "/sources/page/2/", undefined],
  ]);
});

test("groups by weight keep order, stay within the budget, and give an overweight item a group of its own", () => {
  assert.deepEqual(inGroupsWeighing([3, 4, 2, 9, 1, 1, 5], 6, (n) => n), [[3], [4, 2], [9], [1, 1], [5]]);
});
