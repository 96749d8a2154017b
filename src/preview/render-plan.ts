/**
 * Which pages a build writes. A production build, and the dev server's first build, write every
 * page. After that, when only notes or data files changed, the dev server writes only the pages
 * whose fingerprint changed (src/site/page-fingerprints.ts): an edited note's page, its timeline page, its
 * neighbours and listings, not the other thousands. Pages drawn from the whole site (the data
 * files, the briefing) can be deferred to a second pass right after, so that the pages an author
 * is looking at come first. Any other change (a template, the stylesheet) writes everything again.
 */

export class RenderPlan {
  #written = new Map<string, string>();
  #pending = new Map<string, string>();
  #only: Set<string> | undefined;
  #deferred = new Set<string>();

  /**
   * Starts a build. `fast`: write only what changed since the last build that succeeded, leaving
   * the pages `defer` picks for a later build.
   */
  begin(fingerprints: Map<string, string>, options: { fast: boolean; defer?: (url: string) => boolean }): { changed: number; total: number } {
    this.#pending = fingerprints;
    this.#deferred = new Set();
    this.#only = undefined;
    if (options.fast && this.#written.size > 0) {
      this.#only = new Set();
      for (const [url, print] of fingerprints) {
        if (this.#written.get(url) === print) continue;
        (options.defer?.(url) ? this.#deferred : this.#only).add(url);
      }
    }
    return { changed: this.#only?.size ?? fingerprints.size, total: fingerprints.size };
  }

  /** The build succeeded: the output now holds what these fingerprints describe, deferred pages aside. */
  commit(): void {
    const written = new Map(this.#pending);
    for (const url of this.#deferred) {
      const before = this.#written.get(url);
      if (before === undefined) written.delete(url);
      else written.set(url, before);
    }
    this.#written = written;
  }

  get fast(): boolean {
    return this.#only !== undefined;
  }

  /** How many changed pages this build left for a later one. */
  get deferred(): number {
    return this.#deferred.size;
  }

  includes(url: string): boolean {
    return this.#only === undefined || this.#only.has(url);
  }
}
