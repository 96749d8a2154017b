/**
 * The dev server re-renders a page only when its fingerprint changes (src/site/page-fingerprints.ts):
 * confidence, updates, an archived copy, a translation and a place's aliases each change the prints
 * of the pages that show them, and /changes/ is a whole-site page.
 */
import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { Content } from "../../../src/notes/content.ts";
import { loadContent } from "../../../src/notes/load-content.ts";
import { isWholeSitePage, pageFingerprints } from "../../../src/site/page-fingerprints.ts";
import { buildSiteData } from "../../../src/site/site-data.ts";
import { fixture } from "../../helpers/build.ts";

const STRIKE = "2023-03-24-strikes-deir-ez-zor";
let content: Content;
let prints: Map<string, string>;

before(async () => {
  const loaded = await loadContent(fixture("sources-in-other-languages"));
  assert.deepEqual(loaded.problems, []);
  content = loaded.content;
  prints = pageFingerprints(buildSiteData(content, { includeDrafts: false }));
});

/** The URLs whose print differs after `edit`. */
function changedBy(edit: (content: Content) => Content): string[] {
  const after = pageFingerprints(buildSiteData(edit(content), { includeDrafts: false }));
  return [...after.keys()].filter((url) => after.get(url) !== prints.get(url)).sort();
}
const editIncident = (change: object) => (c: Content) => ({ ...c, incidents: c.incidents.map((incident) => (incident.id === STRIKE ? { ...incident, ...change } : incident)) });

test("a new confidence changes the incident's page and the listings that mark it", () => {
  const changed = changedBy(editIncident({ confidence: "high" }));
  for (const url of [`/incidents/${STRIKE}/`, "/", "/places/deir-ez-zor/", "/kinds/strike/", "/data/incidents.json"]) assert.ok(changed.includes(url), `${url} not re-rendered`);
});

test("a new update changes the incident's page and /changes/", () => {
  const changed = changedBy(editIncident({ updates: [{ date: "2023-03-28", note: "Another change.", type: "update" }] }));
  for (const url of [`/incidents/${STRIKE}/`, "/changes/", "/feed.xml"]) assert.ok(changed.includes(url), `${url} not re-rendered`);
  assert.ok(isWholeSitePage("/changes/") && isWholeSitePage("/changes/2/"));
});

test("an archived copy or a translation changes the source's page and the pages citing it", () => {
  const archived = changedBy((c) => ({ ...c, sources: c.sources.map((source) => (source.id === "wire-report" ? { ...source, archived: "https://web.archive.org/web/2023/https://example.org/wire/strikes" } : source)) }));
  for (const url of ["/sources/wire-report/", `/incidents/${STRIKE}/`, "/briefing/"]) assert.ok(archived.includes(url), `${url} not re-rendered`);
  const translated = changedBy((c) => ({ ...c, sources: c.sources.map((source) => (source.id === "monitor-toll-ar" ? { ...source, translation: "Another rendering." } : source)) }));
  assert.ok(translated.includes("/sources/monitor-toll-ar/"));
});

test("a place's new alias changes its page and its incidents' pages", () => {
  const changed = changedBy((c) => ({ ...c, places: { ...c.places, "deir-ez-zor": { ...c.places["deir-ez-zor"], aliases: ["Dayr al-Zur"] } } }));
  for (const url of ["/places/deir-ez-zor/", `/incidents/${STRIKE}/`, "/incidents/2023-03-24-later-report/"]) assert.ok(changed.includes(url), `${url} not re-rendered`);
});
