/**
 * Search quality, pinned: every query of tests/fixtures/search-query-set.ts, over the shipped content
 * and over the bench's synthetic notes, puts its expected pages first, through the real build and
 * the real search page (/search/?q=…) in Chromium. One test per query, one build per corpus.
 *
 * The synthetic expectations are derived again here from the generated Markdown before searching,
 * so a failure says which it is: the generated notes changed (the query set is stale), or the
 * search ranks them otherwise (a quality regression).
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { Browser, Page } from "playwright-core";
import { generateNotes } from "../../scripts/bench/generate-notes.ts";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { resultPaths, searchStatus } from "../helpers/search-ui.ts";
import { SHIPPED_QUERIES, SYNTHETIC_CORPUS, SYNTHETIC_QUERIES, type QueryCase, type SyntheticCase } from "../fixtures/search-query-set.ts";

/** The search page shows ten results before "More". */
const PAGE_SIZE = 10;

let browser: Browser;
const temporary: string[] = [];
const mismatches: string[] = [];

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
  if (mismatches.length) process.stderr.write(`\n${mismatches.length} search quality mismatches:\n\n${mismatches.join("\n\n")}\n\n`);
});

const query = (c: QueryCase) => `?${new URLSearchParams(c.params)}`;
const sorted = (paths: readonly string[]) => [...paths].sort();
const numbered = (paths: readonly string[]) => (paths.length ? paths.map((p, i) => `${i + 1}. ${p}`).join("  ") : "(none)");

/** A corpus's site, served, and one tab on it: each query loads the search page afresh in that tab (half the time of a new tab). */
interface Served {
  server: StaticServer;
  page: Page;
}

async function serve(output: string): Promise<Served> {
  const server = await serveStatic(output);
  return { server, page: await browser.newPage() };
}

async function close(served: Served | undefined): Promise<void> {
  await served?.page.close();
  await served?.server.close();
}

/** Runs the query on the search page and says what differs from its expectation (nothing when it holds). */
async function mismatch({ server, page }: Served, c: QueryCase): Promise<string | undefined> {
  await page.goto(`${server.url}search/${query(c)}`);
  const status = await searchStatus(page);
  const paths = status.startsWith("Nothing found") ? [] : await resultPaths(page);
  const head = paths.slice(0, c.positions);
  const problems: string[] = [];
  if (c.positions === c.expected.length) {
    const holds = c.order === "ranked" ? head.join() === c.expected.join() : sorted(head).join() === sorted(c.expected).join();
    if (!holds) problems.push(`expected first ${c.positions}${c.order === "any" ? " (any order)" : ""}: ${numbered(c.expected)}`);
  } else {
    const missing = c.expected.filter((expected) => !head.includes(expected));
    if (missing.length) problems.push(`expected among the first ${c.positions}: ${missing.join(", ")}`);
  }
  const count = Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);
  if (c.total !== undefined && count !== c.total) problems.push(`expected ${c.total} results in all, found ${count}`);
  if (!problems.length) return undefined;
  return [`${c.name}  /search/${query(c)}`, ...problems, `got: ${numbered(paths)}  (${status.trim()})`, `why: ${c.why}`].join("\n  ");
}

async function expectTop(served: Served, c: QueryCase): Promise<void> {
  const found = await mismatch(served, c);
  if (found) {
    mismatches.push(found);
    assert.fail(found);
  }
}

test("the query set holds 20 or more queries, each with what it checks and why", () => {
  const all = [...SHIPPED_QUERIES, ...SYNTHETIC_QUERIES];
  assert.ok(all.length >= 20, `${all.length} queries`);
  assert.equal(new Set(all.map((c) => c.name)).size, all.length, "query names are unique");
  for (const c of all) {
    assert.ok(c.expected.length >= 1 && c.expected.length <= c.positions && c.positions <= PAGE_SIZE, `${c.name}: positions ${c.positions}, ${c.expected.length} expected`);
    assert.ok(c.why.length > 20, `${c.name} says why`);
  }
});

describe("the shipped content", () => {
  let served: Served;
  before(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "briefing-query-set-"));
    temporary.push(dir);
    served = await serve(await buildToTemp(SHIPPED_CONTENT, { output: path.join(dir, "_site") }));
  });
  after(() => close(served));

  for (const c of SHIPPED_QUERIES) test(`${c.name} [${query(c)}]`, () => expectTop(served, c));
});

/* ---- The synthetic notes as their pages will hold them, read from the generated Markdown. ---- */

interface NotePage {
  url: string;
  kind?: string;
  /** The place's name (incidents). */
  place?: string;
  /** The date as written, YYYY-MM-DD first. */
  date: string;
  /**
   * Words certainly in the page's indexed text. A source: its title and text. An incident: its
   * title, summary, account, place, actors, tags, and each citation (the source's title and
   * publisher, the quote).
   */
  shown: string[];
  title: string[];
  /** Every word that may be in it, each as often as it may be: the whole file, its place, and the title and publisher of each source its citations and claims name. */
  reach: string[];
}

/** Lower-case words; a hyphenated word counts as its parts and as one word, as Pagefind indexes it. */
function words(text: string): string[] {
  const found: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const parts = word.split(/[-'’]/);
    found.push(...parts);
    if (parts.length > 1) found.push(parts.join(""));
  }
  return found;
}
const occurrences = (list: readonly string[], word: string) => list.filter((w) => w === word).length;

async function readPages(dir: string): Promise<NotePage[]> {
  const places = yaml.load(await readFile(path.join(dir, "places.yaml"), "utf8")) as Record<string, { name: string; country: string }>;
  const sources = new Map<string, { title: string; publisher: string }>();
  const pages: NotePage[] = [];
  for (const file of (await readdir(path.join(dir, "sources"))).sort()) {
    const raw = await readFile(path.join(dir, "sources", file), "utf8");
    const { data, content } = matter(raw);
    const id = file.replace(/\.md$/, "");
    sources.set(id, { title: data.title, publisher: data.publisher });
    pages.push({ url: `/sources/${id}/`, date: data.published, shown: words(`${data.title} ${content}`), title: words(data.title), reach: words(raw) });
  }
  const cited = ({ source }: { source: string }) => `${sources.get(source)!.title} ${sources.get(source)!.publisher}`;
  for (const file of (await readdir(path.join(dir, "incidents"))).sort()) {
    const raw = await readFile(path.join(dir, "incidents", file), "utf8");
    const { data, content } = matter(raw);
    const place = places[data.place];
    const citations = data.sources as { source: string; quote?: string }[];
    const claims = Object.values((data.claims ?? {}) as Record<string, { source: string }[]>).flat();
    const placed = `${place.name} ${place.country}`;
    const shown = [data.title, data.summary, content, placed, ...(data.actors ?? []), ...(data.tags ?? []), ...citations.map((c) => `${cited(c)} ${c.quote ?? ""}`)];
    pages.push({
      url: `/incidents/${file.replace(/\.md$/, "")}/`,
      kind: data.kind,
      place: place.name,
      date: data.date,
      shown: words(shown.join(" ")),
      title: words(data.title),
      // The file holds the title, summary, account, quotes, actors and tags once each.
      reach: words([raw, placed, ...citations.map(cited), ...claims.map(cited)].join(" ")),
    });
  }
  return pages;
}

/**
 * A word Porter2 (Pagefind's English stemmer) leaves as it is: none of the endings it strips or
 * rewrites (s, ed, ing, ly, e, i, l, r, al, er, ant, ent, ism, ion, …). The index then holds it as
 * typed, and a page matches it only if it holds a word that begins with it.
 */
const keptByStemmer = (word: string) => /^[a-z]+$/.test(word) && /[aoubfghjkmnpqtwxz]$/.test(word) && !/(ant|ent|ism|ion|ing)$/.test(word);

/** The expectation the generated notes give for a synthetic query, or why they give none. */
function derive(c: SyntheticCase, pages: readonly NotePage[]): { expected: string[]; total?: number } | { problem: string } {
  const terms = (c.params.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const unkept = terms.filter((term) => !keptByStemmer(term));
  if (unkept.length) return { problem: `the stemmer may change ${unkept.join(", ")}` };
  if (c.derive === "most") {
    const [term] = terms;
    const longer = new Set(pages.flatMap((page) => page.reach.filter((w) => w !== term && w.startsWith(term))));
    if (longer.size) return { problem: `longer words begin with ${term}: ${[...longer].slice(0, 5).join(", ")}` };
    const counted = pages.map((page) => ({ url: page.url, least: occurrences(page.shown, term), most: 7 * occurrences(page.title, term) + occurrences(page.reach, term) }));
    const winner = counted.reduce((best, page) => (page.least > best.least ? page : best));
    const rival = counted.filter((page) => page !== winner).reduce((best, page) => (page.most > best.most ? page : best));
    if (winner.least <= rival.most) return { problem: `${winner.url} holds ${term} ${winner.least} times, ${rival.url} up to ${rival.most} weighted` };
    return { expected: [winner.url] };
  }
  if (c.derive === "exact") {
    const [term] = terms;
    const holding = pages.filter((page) => page.shown.includes(term));
    const stray = pages.filter((page) => !holding.includes(page) && page.reach.includes(term));
    if (stray.length) return { problem: `${term} may also be on ${stray.map((page) => page.url).join(", ")}` };
    const least = Math.min(...holding.map((page) => occurrences(page.shown, term)));
    const others = pages.filter((page) => !holding.includes(page) && page.reach.some((w) => w.startsWith(term)));
    for (const page of others) {
      for (const longer of new Set(page.reach.filter((w) => w.startsWith(term)))) {
        if (!keptByStemmer(longer)) return { problem: `the stemmer may change ${longer} (${page.url})` };
        if (page.title.includes(longer)) return { problem: `${page.url} has ${longer} in its title` };
        if (occurrences(page.reach, longer) > least) return { problem: `${page.url} holds ${longer} more often than a page holds ${term}` };
      }
    }
    return { expected: holding.map((page) => page.url), total: holding.length + others.length };
  }
  let holders: NotePage[] = [...pages];
  for (const term of terms) {
    const holding = pages.filter((page) => page.shown.includes(term));
    const reached = pages.filter((page) => page.reach.some((w) => w.startsWith(term)));
    const stray = reached.filter((page) => !holding.includes(page));
    if (stray.length) return { problem: `${term} (or a word it begins) may also be on ${stray.map((page) => page.url).join(", ")}` };
    holders = holders.filter((page) => holding.includes(page));
  }
  if (c.params.kind) holders = holders.filter((page) => page.kind === c.params.kind);
  if (c.params.place) holders = holders.filter((page) => page.place === c.params.place);
  if (c.params.sort) {
    const days = holders.map((page) => page.date.slice(0, 10));
    if (new Set(days).size !== days.length) return { problem: `two of ${holders.map((page) => page.url).join(", ")} share a day` };
    holders = [...holders].sort((a, b) => (a.date < b.date ? -1 : 1));
    if (c.params.sort === "latest") holders.reverse();
  }
  return { expected: holders.map((page) => page.url), total: holders.length };
}

describe(`the bench's synthetic notes (${SYNTHETIC_CORPUS.notes} notes, seed ${SYNTHETIC_CORPUS.seed})`, () => {
  let served: Served;
  let pages: NotePage[];
  before(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "briefing-query-set-"));
    temporary.push(dir);
    const content = path.join(dir, "content");
    await generateNotes(content, SYNTHETIC_CORPUS);
    pages = await readPages(content);
    served = await serve(await buildToTemp(content, { output: path.join(dir, "_site") }));
  });
  after(() => close(served));

  for (const c of SYNTHETIC_QUERIES) {
    test(`${c.name} [${query(c)}]`, async () => {
      const derived = derive(c, pages);
      const stale = `the generated notes no longer give this query's expectation (the query set is stale, not the search): `;
      if ("problem" in derived) assert.fail(stale + derived.problem);
      const same = c.order === "ranked" || c.derive === "most" ? derived.expected.join() === c.expected.join() : sorted(derived.expected).join() === sorted(c.expected).join();
      assert.ok(same, `${stale}they give ${numbered(derived.expected)}`);
      assert.equal(derived.total, c.total, `${stale}${derived.total} pages hold it`);
      await expectTop(served, c);
    });
  }
});
