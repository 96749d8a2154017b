/**
 * The preview's own room (`npm start`): which notes each build reads again, which pages it writes
 * and when the whole-site pages follow in a second pass (render-plan.ts), and when the browser is
 * sent the new pages. The site plugin renders what it is told (src/site/build-planner.ts); a
 * production build never comes here.
 */
import path from "node:path";
import type { NoteCache } from "../notes/load-content.ts";
import { setBuildPlanner } from "../site/build-planner.ts";
import { isWholeSitePage, pageFingerprints } from "../site/page-fingerprints.ts";
import { plural } from "../site/plural.ts";
import type { SiteData } from "../site/site-data.ts";
import { isContentFile, watchedFile } from "./changed-files.ts";
import { RenderPlan } from "./render-plan.ts";

/** The name the second pass goes by in Eleventy's watch queue (no such file exists). */
export const SECOND_PASS = "briefing-second-pass";
const isSecondPassTrigger = (file: string) => path.basename(file) === SECOND_PASS;

/** How long a request for a page the running build is writing may wait for it: quick builds take well under this. */
const HOLD_LIMIT_MS = 5_000;

type Middleware = (request: { url?: string; method?: string }, response: unknown, next: () => void) => void;

// Eleventy's config, as far as the preview uses it.
export interface PreviewConfig {
  on(event: string, handler: (arg: never) => unknown): void;
  setServerOptions(options: { middleware: Middleware[] }): void;
}

// The running Eleventy, as far as the preview uses it. NOTE: these are Eleventy 3.1's own fields
// (no public API offers them): its watcher, its watch queue and its dev server.
interface ServingEleventy {
  // chokidar 4's watcher; `_readyEmitted` is its own flag for a finished first scan.
  watcher?: { emit(event: "change", file: string): void; once(event: "ready", listener: () => void): void; _readyEmitted?: boolean };
  watchManager: { isBuildRunning(): boolean; getPendingQueue(): string[] };
  eleventyServe: { reload(event: unknown): unknown };
}

export class Preview {
  readonly #contentDir: string;
  readonly #plan = new RenderPlan();
  // Notes read by earlier builds; a file the dev server reports changed is dropped and read again.
  readonly #noteCache: NoteCache = new Map();
  // The files the dev server saw change since its last build (Eleventy's watch queue); undefined before the first.
  #changed: string[] | undefined;
  // Whether the running build is planned yet (plan() comes a moment after the build starts).
  #planned = false;
  // Whether the build starting now can be a quick one: only notes and data files changed.
  #expectQuick = false;
  #eleventy: ServingEleventy | undefined;

  constructor(contentDir: string) {
    this.#contentDir = path.resolve(contentDir);
  }

  /** Registers the preview on this run's Eleventy config, before the config file runs. */
  configure(eleventyConfig: PreviewConfig): void {
    setBuildPlanner(eleventyConfig, { noteCache: this.#noteCache, plan: (data) => this.#begin(data), includes: (url) => this.#plan.includes(url) });
    eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
      this.#changed = queue;
      this.#planned = false;
      this.#expectQuick = queue.length > 0 && queue.every((file) => isSecondPassTrigger(file) || isContentFile(this.#contentDir, file));
      for (const file of queue) for (const candidate of watchedFile(file)) this.#noteCache.delete(candidate);
    });
    eleventyConfig.on("eleventy.after", () => {
      this.#plan.commit();
      if (this.#plan.deferred > 0) setImmediate(() => this.#eleventy?.watcher?.emit("change", SECOND_PASS));
    });
    eleventyConfig.setServerOptions({ middleware: [(request, _response, next) => void this.#whenWritten(request).then(next)] });
  }

  /**
   * Takes over from the running dev server (after its first build): the second passes, and its live
   * reload. NOTE: a reload is not sent while an edit saved during the build waits for the next one.
   * The browser would reload and, with its connection down for that moment, miss the next build's
   * reload, staying on the page without the edit (seen on loaded machines).
   */
  /**
   * Resolves once the file watcher has scanned what it watches. NOTE: chokidar reports no change
   * before its first scan ends, so a save in the first moment of the preview went unseen (seen
   * when the first build ended sooner than the scan); the server opens only after it.
   */
  async watching(timeoutMs = 10_000): Promise<void> {
    const watcher = this.#eleventy?.watcher;
    if (!watcher || watcher._readyEmitted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      watcher.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  attach(eleventy: unknown): void {
    const serving = eleventy as ServingEleventy;
    this.#eleventy = serving;
    const server = serving.eleventyServe;
    const reload = server.reload.bind(server);
    server.reload = (event: unknown) => (this.#editWaiting() ? undefined : reload(event));
  }

  #editWaiting(): boolean {
    return this.#eleventy?.watchManager.getPendingQueue().some((file) => !isSecondPassTrigger(file)) ?? false;
  }

  /** Plans a build once its data is ready: the first writes everything, a quick one only the pages whose data changed. */
  #begin(data: SiteData): void {
    const files = this.#changed ?? [];
    this.#changed = undefined;
    const secondPass = files.length > 0 && files.every(isSecondPassTrigger);
    // The pages of the notes first, then, in a second pass, those drawn from the whole site.
    const { changed, total } = this.#plan.begin(pageFingerprints(data), { fast: this.#expectQuick, defer: secondPass ? undefined : isWholeSitePage });
    this.#planned = true;
    if (this.#plan.fast) console.log(`[briefing] ${secondPass ? "Second pass" : "Only notes changed"}: writing the ${plural(changed, "page")} of ${total} whose data changed`);
  }

  /**
   * Resolves when the page asked for is not about to be written by a quick build, so that a browser
   * reloading during one gets the new page rather than the one it replaces. Full builds (a template
   * changed) are not waited for: they take long, and their reload follows.
   */
  async #whenWritten(request: { url?: string; method?: string }): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    const url = pageUrl(request.url ?? "/");
    const writing = () => {
      if (!this.#eleventy?.watchManager.isBuildRunning() || !this.#expectQuick) return false;
      return !this.#planned || (this.#plan.fast && this.#plan.includes(url));
    };
    for (const start = Date.now(); writing() && Date.now() - start < HOLD_LIMIT_MS; ) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The page URL a request asks for, as the render plan names pages (`/incidents/x/` for `/incidents/x/index.html?…`). */
export function pageUrl(requestUrl: string): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return requestUrl;
  }
  return pathname.endsWith("/index.html") ? pathname.slice(0, -"index.html".length) : pathname;
}
