/**
 * The same content builds to the same bytes, search bundle included. Pagefind 1.5 wrote each
 * filter's values in hash-map order (Pagefind issue #638), so its filter files, the .pf_meta index
 * naming them and pagefind-entry.json changed from run to run; 1.6.0 writes them in a fixed order.
 * A Pagefind upgrade that brings the old behaviour back fails here.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildToTemp, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { hashTree } from "../../helpers/site-files.ts";

test("two builds of the same content produce byte-identical output, search bundle included", async () => {
  const [firstOutput, secondOutput] = [await buildToTemp(SHIPPED_CONTENT), await buildToTemp(SHIPPED_CONTENT)];
  const [first, second] = [await hashTree(firstOutput), await hashTree(secondOutput)];
  for (const kind of ["fragment/", "filter/", "index/"]) {
    assert.ok([...first.keys()].some((file) => file.startsWith(`pagefind/${kind}`)), `the bundle's ${kind} files are part of the comparison`);
  }
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
  assert.deepEqual(differing, []);
});
