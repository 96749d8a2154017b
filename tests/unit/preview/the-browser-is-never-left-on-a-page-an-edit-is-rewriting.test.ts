/**
 * The preview's answers to the dev server's timing (src/preview/preview.ts), driven through the
 * hooks Eleventy calls, with a stand-in for its watch queue, so that each moment of the race can be
 * set up exactly (a real dev server hits them only now and then):
 * - a build's reload is held back while an edit saved during it waits for the next build, whose
 *   reload follows: a browser reloading in between would miss that one;
 * - a page that a quick build is about to write is answered once it is written.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, test } from "node:test";
import { loadContent } from "../../../src/notes/load-content.ts";
import { Preview, SECOND_PASS } from "../../../src/preview/preview.ts";
import { buildPlannerOf, type BuildPlanner } from "../../../src/site/build-planner.ts";
import { buildSiteData, type SiteData } from "../../../src/site/site-data.ts";
import { fixture } from "../../helpers/build.ts";

const CONTENT = fixture("small-briefing");
const EDITED = "2023-03-23-drone-strike-hasakah";
let data: SiteData;
/** The same site after an edit to one note's summary. */
let edited: SiteData;
before(async () => {
  const { content, problems } = await loadContent(CONTENT);
  assert.deepEqual(problems, []);
  data = buildSiteData(content, { includeDrafts: true });
  const incidents = content.incidents.map((incident) => (incident.id === EDITED ? { ...incident, summary: "Edited." } : incident));
  edited = buildSiteData({ ...content, incidents }, { includeDrafts: true });
});

type Handler = (arg: never) => unknown;
type Middleware = (request: { url?: string; method?: string }, response: unknown, next: () => void) => void;

/** A preview wired to a stand-in of Eleventy: its config hooks, watch queue and dev server. */
function previewWithDevServer() {
  const handlers = new Map<string, Handler>();
  let middleware: Middleware | undefined;
  const config = {
    on: (event: string, handler: Handler) => void handlers.set(event, handler),
    setServerOptions: (options: { middleware: Middleware[] }) => void (middleware = options.middleware[0]),
  };
  const preview = new Preview(CONTENT);
  preview.configure(config);
  const planner = buildPlannerOf(config) as BuildPlanner;
  const reloads: unknown[] = [];
  const eleventy = {
    building: false,
    pending: [] as string[],
    watcher: { emit: () => {} },
    watchManager: { isBuildRunning: () => eleventy.building, getPendingQueue: () => eleventy.pending },
    eleventyServe: { reload: (event: unknown) => void reloads.push(event) },
  };
  // The first build, as the dev server runs it before it serves.
  planner.plan(data);
  (handlers.get("eleventy.after") as () => void)();
  preview.attach(eleventy);
  return {
    eleventy,
    reloads,
    /** Eleventy starting a build for these changed files. */
    startBuild(queue: string[]) {
      eleventy.building = true;
      (handlers.get("eleventy.beforeWatch") as (queue: string[]) => void)(queue);
    },
    plan: (site: SiteData) => planner.plan(site),
    reload: () => eleventy.eleventyServe.reload({ files: [] }),
    /** A request through the preview's middleware; resolves with the time it was let through. */
    request(url: string): Promise<number> {
      return new Promise((resolve) => middleware!({ url, method: "GET" }, {}, () => resolve(Date.now())));
    },
  };
}

const note = path.join(CONTENT, `incidents/${EDITED}.md`);

test("a build's reload is sent when nothing waits, and when only the second pass does", () => {
  const dev = previewWithDevServer();
  dev.reload();
  assert.equal(dev.reloads.length, 1);
  dev.eleventy.pending = [SECOND_PASS];
  dev.reload();
  assert.equal(dev.reloads.length, 2, "the pages of the notes are shown before the whole-site pages follow");
});

test("a build's reload is held back while an edit saved during it waits: the next build's reload brings it", () => {
  const dev = previewWithDevServer();
  dev.eleventy.pending = [note];
  dev.reload();
  assert.equal(dev.reloads.length, 0);
  dev.eleventy.pending = [SECOND_PASS, note];
  dev.reload();
  assert.equal(dev.reloads.length, 0);
  dev.eleventy.pending = [];
  dev.reload();
  assert.equal(dev.reloads.length, 1);
});

test("during a quick build, a page it writes is answered once the build is done; one it leaves is answered at once", async () => {
  const dev = previewWithDevServer();
  dev.startBuild([note]);
  // Before the build is planned, it may write any page: the request waits for the plan.
  const early = dev.request("/incidents/2023-03-24-rockets-green-village/");
  await new Promise((resolve) => setTimeout(resolve, 50));
  const planned = Date.now();
  dev.plan(edited);
  const written = dev.request(`/incidents/${EDITED}/index.html`);
  const left = await dev.request("/incidents/2023-03-24-rockets-green-village/");
  await new Promise((resolve) => setTimeout(resolve, 100));
  const done = Date.now();
  dev.eleventy.building = false;
  assert.ok((await written) >= done, "the edited note's page was answered before it was written");
  assert.ok((await early) >= planned, "a page asked for before the build was planned was answered before the plan");
  assert.ok((await early) < done, "a page the build leaves waited for the build");
  assert.ok(left < done, "a page the build leaves waited for the build");
});

test("during a full build (a template changed) pages are not held", async () => {
  const dev = previewWithDevServer();
  dev.startBuild(["templates/pages/incident.njk"]);
  dev.plan(edited);
  const asked = Date.now();
  const answered = await dev.request("/incidents/2023-03-23-drone-strike-hasakah/");
  assert.ok(answered - asked < 50);
  dev.eleventy.building = false;
});
