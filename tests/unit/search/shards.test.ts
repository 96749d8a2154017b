import assert from "node:assert/strict";
import { test } from "node:test";
import { shardFolder, shardStarts, sortRanks, timeSortValue } from "../../../src/search/shards.ts";

test("pages are cut into equal runs of at most the pages per shard; a small site keeps one bundle", () => {
  assert.deepEqual(shardStarts(21, 3000), []);
  assert.deepEqual(shardStarts(3000, 3000), []);
  assert.deepEqual(shardStarts(3001, 3000), [1501]);
  assert.deepEqual(shardStarts(12000, 3000), [3000, 6000, 9000]);
  assert.deepEqual(shardStarts(21, 7), [7, 14]);
  assert.deepEqual([0, 1, 2].map(shardFolder), ["", "shard-2/", "shard-3/"]);
});

test("each shard's pages get their place in the whole site's time order, ties in the order they were sent", () => {
  const pages = [
    { url: "/a/", shard: 0, sent: 0, time: "2023-03-24T10:00:00Z" },
    { url: "/b/", shard: 0, sent: 1, time: "2023-03-23T10:00:00Z" },
    { url: "/c/", shard: 1, sent: 2, time: "2023-03-23T10:00:00Z" },
    { url: "/d/", shard: 1, sent: 3, time: "2023-03-25T00:00:00Z" },
    { url: "/e/", shard: 1, sent: 4, time: "2023-03-24T09:00:00Z" },
  ];
  // Site order: b (0), c (1), e (2), a (3), d (4). Shard 0 in its own order: b, a → 0, 3; shard 1: c, e, d → 1, 2, 4.
  assert.deepEqual(sortRanks(pages, 2), [
    { first: "/b/", ranks: [0, 3] },
    { first: "/c/", ranks: [1, 1, 2] },
  ]);
});

test("the time sort value is read from what Pagefind is sent", () => {
  assert.equal(timeSortValue('<div hidden><span data-pagefind-sort="time">2023-03-24T13:38:00Z</span></div>'), "2023-03-24T13:38:00Z");
  assert.equal(timeSortValue("<p>no sort</p>"), undefined);
});
