/**
 * The site data keeps an unchanged incident's view between builds of one process (the dev server),
 * by the incident object (src/site/site-data.ts). Whatever changes, the data and the page
 * fingerprints must equal those made from scratch: a copy of the same content, whose objects are
 * all new, so that nothing kept can answer for them.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { generateNotes } from "../../../scripts/bench/generate-notes.ts";
import type { Content, Incident } from "../../../src/notes/content.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { pageFingerprints } from "../../../src/site/page-fingerprints.ts";
import { buildSiteData } from "../../../src/site/site-data.ts";

let dir: string;
let content: Content;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "briefing-kept-views-"));
  await generateNotes(dir, { notes: 120, seed: 5 });
  const loaded = await loadContent(dir);
  assert.deepEqual(loaded.problems, []);
  content = loaded.content;
});
after(() => rm(dir, { recursive: true, force: true }));

const build = (from: Content) => buildSiteData(from, { includeDrafts: true });
// A deep copy has no object in common with the original (places keep their null prototype, as the loader makes them).
const fresh = (from: Content): Content => ({ ...structuredClone(from), places: Object.assign(Object.create(null), structuredClone(from.places)) });

/** Builds `changed` after `content` (so the views of the first build are kept), and checks it against a build from scratch. */
function afterChange(changed: Content) {
  build(content);
  const kept = build(changed);
  const scratch = build(fresh(changed));
  assert.deepEqual(kept, scratch);
  assert.deepEqual(pageFingerprints(kept), pageFingerprints(scratch));
  return kept;
}

const at = (index: number) => content.incidents.find((incident) => incident.id === build(content).incidents[index].id)!;
const replacing = (incident: Incident, change: Partial<Incident>): Content => ({
  ...content,
  incidents: content.incidents.map((other) => (other === incident ? { ...other, ...change } : other)),
});

test("the same content twice gives the same views, the same objects", () => {
  const first = build(content);
  const second = build(content);
  assert.ok(second.incidents.every((view, index) => view === first.incidents[index]));
  assert.ok(second.sources.every((view, index) => view === first.sources[index]));
  assert.deepEqual(pageFingerprints(second), pageFingerprints(first));
});

test("an edited summary renews that incident's view alone", () => {
  const before = build(content);
  const edited = at(40);
  const data = afterChange(replacing(edited, { summary: "An edited summary." }));
  const renewed = data.incidents.filter((view, index) => view !== before.incidents[index]).map((view) => view.id);
  assert.deepEqual(renewed, [edited.id]);
});

test("a new title reaches the neighbours' links and the sources citing it", () => {
  const edited = at(40);
  const data = afterChange(replacing(edited, { title: "An edited title" }));
  const index = data.incidents.findIndex((view) => view.id === edited.id);
  assert.equal(data.incidents[index - 1].next?.title, "An edited title");
  assert.equal(data.incidents[index + 1].previous?.title, "An edited title");
  assert.ok(data.sources.some((source) => source.citedBy.some((ref) => ref.id === edited.id && ref.title === "An edited title")));
});

test("a later date moves the incident and renumbers those between", () => {
  const moved = at(10);
  const data = afterChange(replacing(moved, { date: "2099-01-01", instant: "2099-01-01T00:00:00.000+03:00", day: "2099-01-01", precision: "day" }));
  assert.equal(data.incidents.at(-1)!.id, moved.id);
  assert.deepEqual(data.incidents.map((view) => view.number), data.incidents.map((_, index) => index + 1));
});

test("a source's new title, a place's new name and another display zone reach every view showing them", () => {
  const cited = content.sources[0];
  const place = content.incidents[0].place;
  afterChange({ ...content, sources: content.sources.map((source) => (source === cited ? { ...source, title: "A renamed report" } : source)) });
  afterChange({ ...content, places: Object.assign(Object.create(null), content.places, { [place]: { ...content.places[place], name: "A renamed place" } }) });
  const zoned = afterChange({ ...content, site: { ...content.site, timezone: "UTC" } });
  // The notes were read in the site's zone; shown in another, each timed one gains a line in the display zone.
  assert.ok(zoned.incidents.some((view) => view.times.display?.zone.startsWith("UTC")));
});

test("a link to an incident that is gone, and one to a draft in production, are dropped from the view", () => {
  const linking = content.incidents.find((incident) => incident.related.length > 0)!;
  const target = content.incidents.find((incident) => incident.id === linking.related[0].incident)!;
  const without = afterChange({ ...content, incidents: content.incidents.filter((incident) => incident !== target) });
  assert.ok(without.incidents.find((view) => view.id === linking.id)!.related.every((link) => link.incident !== target.id));
  const drafted = replacing(target, { draft: true });
  const production = buildSiteData(drafted, { includeDrafts: false });
  assert.deepEqual(production, buildSiteData(fresh(drafted), { includeDrafts: false }));
  assert.ok(production.incidents.find((view) => view.id === linking.id)!.links.every((link) => link.id !== target.id));
});

test("a new title changes the prints of the disputes and sequence pages listing it, whose parts are printed once", () => {
  const data = build(content);
  const disputed = data.views.disputes[0];
  const chained = data.sequencePages[0].chains[0];
  assert.ok(disputed && chained, "the generated notes have a disputed incident and a chain");
  for (const [id, url] of [[disputed.id, data.disputePages[0].url], [chained.id, data.sequencePages[0].url]]) {
    const before = pageFingerprints(data).get(url);
    const renamed = afterChange(replacing(content.incidents.find((incident) => incident.id === id)!, { title: "An edited title" }));
    assert.notEqual(pageFingerprints(renamed).get(url), before, url);
  }
});
