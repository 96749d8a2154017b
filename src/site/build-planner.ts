/**
 * What a preview may decide about the builds of the site plugin: which notes it reads again and
 * which pages it writes. A production build has no planner (every page, every note), unless it
 * builds one search shard alone (src/search/shard-job.ts); the dev server's planner (src/preview)
 * writes only what an edit changed. It travels on the Eleventy
 * config, like the content folder (content-folder.ts).
 */
import type { NoteCache } from "../notes/load-content.ts";
import type { PagePlan } from "./pages.ts";
import type { SiteData } from "./site-data.ts";

export interface BuildPlanner extends PagePlan {
  /** The notes read by earlier builds, kept while their files are unchanged (none: a production build's own reads). */
  readonly noteCache?: NoteCache;
  /** Called once a build's site data is ready, before any page renders. */
  plan(siteData: SiteData): void;
  /** Pages of the site that another build writes (a shard's build leaves the other shards' to theirs): listed by the sitemap all the same. */
  renderedElsewhere?(): readonly string[];
}

const KEY = Symbol.for("incident-briefing.buildPlanner");

type Carrier = object & { [KEY]?: BuildPlanner };

export function setBuildPlanner(eleventyConfig: object, planner: BuildPlanner): void {
  (eleventyConfig as Carrier)[KEY] = planner;
}

export function buildPlannerOf(eleventyConfig: object): BuildPlanner | undefined {
  return (eleventyConfig as Carrier)[KEY];
}
