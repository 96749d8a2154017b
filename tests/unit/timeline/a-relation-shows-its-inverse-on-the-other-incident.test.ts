import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Incident } from "../../../src/notes/content.ts";
import { relationLinks } from "../../../src/timeline/relations.ts";

function incident(id: string, related: Incident["related"] = []): Incident {
  return {
    id,
    file: `incidents/${id}.md`,
    title: id,
    kind: "attack",
    place: "p",
    date: "2023-03-24",
    zone: "Asia/Damascus",
    precision: "day",
    instant: "2023-03-24T00:00:00.000+03:00",
    day: "2023-03-24",
    sources: [],
    claims: [],
    images: [],
    disputed: false,
    related,
    actors: [],
    tags: [],
    draft: false,
    body: "",
  };
}

describe("relationLinks", () => {
  test("each relation reads forward on its own page and inverted on the other", () => {
    const links = relationLinks([
      incident("drone"),
      incident("strikes", [{ incident: "drone", relation: "responds-to" }]),
      incident("statement", [{ incident: "strikes", relation: "follows" }]),
      incident("remarks", [{ incident: "strikes", relation: "see-also" }]),
    ]);
    assert.deepEqual(Object.fromEntries(links), {
      drone: [{ incident: "strikes", label: "Answered by" }],
      strikes: [
        { incident: "drone", label: "Responds to" },
        { incident: "statement", label: "Followed by" },
        { incident: "remarks", label: "See also" },
      ],
      statement: [{ incident: "strikes", label: "Follows" }],
      remarks: [{ incident: "strikes", label: "See also" }],
    });
  });

  test("two notes that see each other list each other once", () => {
    const links = relationLinks([incident("a", [{ incident: "b", relation: "see-also" }]), incident("b", [{ incident: "a", relation: "see-also" }])]);
    assert.deepEqual(Object.fromEntries(links), { a: [{ incident: "b", label: "See also" }], b: [{ incident: "a", label: "See also" }] });
  });

  test("a link to an incident not in the list (a draft left out) is dropped at both ends", () => {
    const links = relationLinks([incident("a", [{ incident: "draft", relation: "follows" }])]);
    assert.deepEqual(Object.fromEntries(links), { a: [] });
  });
});
