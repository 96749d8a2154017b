/**
 * The dev server's fast path (src/preview/render-plan.ts, src/site/page-fingerprints.ts): after a note changes, the pages
 * whose data changed are exactly those that show it, and whole-site pages can wait for a second pass.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { generateNotes } from "../../../scripts/bench/generate-notes.ts";
import type { Content } from "../../../src/notes/content.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { DATA_FILE_URLS, isWholeSitePage, pageFingerprints } from "../../../src/site/page-fingerprints.ts";
import { RenderPlan } from "../../../src/preview/render-plan.ts";
import { buildSiteData, BRIEFING_LIMIT, type SiteData } from "../../../src/site/site-data.ts";

let dir: string;
let content: Content;
let data: SiteData;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "briefing-plan-"));
  await generateNotes(dir, { notes: 200, seed: 3 });
  const loaded = await loadContent(dir);
  assert.deepEqual(loaded.problems, []);
  content = loaded.content;
  data = buildSiteData(content, { includeDrafts: true });
});
after(() => rm(dir, { recursive: true, force: true }));


/** The URLs the plan writes after `change` is made to one incident, and those it defers. */
function planAfter(id: string, change: Record<string, unknown>) {
  const plan = new RenderPlan();
  plan.begin(pageFingerprints(data), { fast: false });
  plan.commit();
  const edited = { ...content, incidents: content.incidents.map((incident) => (incident.id === id ? { ...incident, ...change } : incident)) };
  const prints = pageFingerprints(buildSiteData(edited, { includeDrafts: true }));
  plan.begin(prints, { fast: true, defer: isWholeSitePage });
  return { written: [...prints.keys()].filter((url) => plan.includes(url)).sort(), deferred: plan.deferred };
}

const pagesListing = (id: string) => {
  const incident = data.incidents.find((candidate) => candidate.id === id)!;
  const listed = (pages: { url: string; incidents: { id: string }[] }[]) => pages.filter((page) => page.incidents.some((other) => other.id === id)).map((page) => page.url);
  return { incident, timeline: listed(data.timeline.pages), listings: listed([...data.placePages, ...data.kindPages, ...data.actorPages, ...data.tagPages]) };
};

test("a new summary rewrites the note's page, its timeline page and its place, kind, actor and tag listings, nothing else", () => {
  // Incident 60 of 200 is older than the briefing's latest ${BRIEFING_LIMIT}; incident 190 is among them.
  assert.ok(data.incidents.length - 60 > BRIEFING_LIMIT && data.incidents.length - 190 <= BRIEFING_LIMIT);
  for (const [index, briefing] of [[60, 0], [190, 1]]) {
    const id = data.incidents[index].id;
    const { incident, timeline, listings } = pagesListing(id);
    const { written, deferred } = planAfter(id, { summary: "An edited summary." });
    // `/` shows the latest timeline page.
    const home = data.timeline.latest?.incidents.some((other) => other.id === id) ? ["/"] : [];
    assert.deepEqual(written, [...home, incident.url, ...timeline, ...listings].sort());
    assert.equal(deferred, DATA_FILE_URLS.length + briefing, `incident ${index}: the data files${briefing ? " and the briefing" : ""} wait for the second pass`);
  }
});

test("a new title also rewrites the pages that name it: neighbours, sources citing it, maps numbering it", () => {
  const id = data.incidents[60].id;
  const { incident, timeline, listings } = pagesListing(id);
  const { written } = planAfter(id, { title: "An edited title" });
  const citing = data.sources.filter((source) => source.citedBy.some((ref) => ref.id === id)).map((source) => source.url);
  for (const url of [incident.url, ...timeline, ...listings, incident.previous!.url, incident.next!.url, ...citing]) assert.ok(written.includes(url), url);
  const total = pageFingerprints(data).size;
  // At 200 notes the place maps still number every incident, so each page with a nearby place names it too.
  assert.ok(written.length < total / 2, `${written.length} of ${total} pages written`);
});

test("a production build, or the first build of the dev server, writes every page", () => {
  const plan = new RenderPlan();
  const prints = pageFingerprints(data);
  plan.begin(prints, { fast: true });
  assert.equal(plan.fast, false);
  assert.ok([...prints.keys()].every((url) => plan.includes(url)));
});

test("a build that failed is not remembered: the next one still writes what changed", () => {
  const id = data.incidents[60].id;
  const plan = new RenderPlan();
  plan.begin(pageFingerprints(data), { fast: false });
  plan.commit();
  const edited = pageFingerprints(buildSiteData({ ...content, incidents: content.incidents.map((incident) => (incident.id === id ? { ...incident, summary: "x" } : incident)) }, { includeDrafts: true }));
  plan.begin(edited, { fast: true });
  // No commit: the build failed. The next build sees the same change again.
  plan.begin(edited, { fast: true });
  assert.ok(plan.includes(`/incidents/${id}/`));
});
