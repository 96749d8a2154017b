/**
 * A fingerprint of what each page is rendered from, by URL: when a note changes, only the pages
 * whose fingerprint changed need rendering again (the dev server's fast path, see src/preview/render-plan.ts).
 * Each fingerprint covers the site data its template reads (see templates/); a page reading more
 * than its fingerprint covers would be left stale in the dev server, never in a build. Pure.
 */
import { createHash } from "node:crypto";
import type { SiteData } from "./site-data.ts";

const hash = (...parts: unknown[]) => {
  const digest = createHash("sha1");
  for (const part of parts) digest.update(typeof part === "string" ? part : (JSON.stringify(part) ?? "undefined")).update("\0");
  return digest.digest("base64");
};

/** The one-off pages and files besides those below, by URL: each depends on the whole content. */
export const DATA_FILE_URLS = [
  "/data/incidents.json",
  "/data/incidents.schema.json",
  "/data/incident.schema.json",
  "/data/incidents.geojson",
  "/data/incidents.csv",
  "/data/timelinejs.json",
  "/feed.xml",
] as const;

const WHOLE_SITE_PAGES = new Set<string>([...DATA_FILE_URLS, "/sitemap.xml", "/briefing/"]);
/** Pages drawn from every incident: in the dev server they follow, in a second pass, the pages of the notes that changed. */
export const isWholeSitePage = (url: string) => WHOLE_SITE_PAGES.has(url) || /^\/(sequence|disputes|changes)\/(\d+\/)?$/.test(url);

// NOTE: a note's text is most of its bytes, and the same string from one load to the next while the file is unchanged
// (the dev server's note cache): its print is looked up, not worked out again.
const bodyPrints = new Map<string, string>();
function bodyPrint(body: string): string {
  let print = bodyPrints.get(body);
  if (print === undefined) {
    if (bodyPrints.size > 100_000) bodyPrints.clear();
    print = hash(body);
    bodyPrints.set(body, print);
  }
  return print;
}

// NOTE: the site data keeps an unchanged incident's view, the same object from one build to the next
// (src/site/site-data.ts): its print is kept with it, so that after a save only the changed views are hashed.
const viewPrints = new WeakMap<object, string>();
function printOf(value: object, make: () => string): string {
  let print = viewPrints.get(value);
  if (print === undefined) viewPrints.set(value, (print = make()));
  return print;
}

export function pageFingerprints(data: SiteData): Map<string, string> {
  const prints = new Map<string, string>();
  const site = hash(data.site);
  const total = data.incidents.length;
  // NOTE: an incident's print covers its place's aliases (placeInfo), its confidence and updates, and its sources' archived links (citations).
  const incidentPrint = new Map(
    data.incidents.map((incident) =>
      [
        incident.id,
        printOf(incident, () => {
          const { body, ...rest } = incident;
          return hash(rest, bodyPrint(body));
        }),
      ] as const,
    ),
  );
  const printsOf = (incidents: readonly { id: string }[]) => incidents.map((incident) => incidentPrint.get(incident.id)).join(",");
  const placeMap = new Map(Object.entries(data.views.maps.byPlace).map(([id, map]) => [id, hash(map)]));

  // NOTE: prints are only ever compared, so a page made of prints is their list, not a hash of it (10,000 hashes fewer a save).
  for (const incident of data.incidents) {
    const chain = data.views.chains[incident.id];
    prints.set(incident.url, [site, total, incidentPrint.get(incident.id), chain && printOf(chain, () => hash(chain)), placeMap.get(incident.place)].join(" "));
  }
  const { timeline } = data;
  const paged = [timeline.pages.length > 1, total, timeline.months[0]?.label, timeline.months.at(-1)?.label];
  // NOTE: a page's chart and maps are drawn from its incidents (covered by their prints), the places and how
  // many incidents each has (they group places into areas): hashing those is much cheaper than the drawings.
  const places = hash(data.places.map((entry) => [entry.place, entry.incidents.length]));
  const timelinePrint = (page: (typeof timeline.pages)[number]) => {
    const { incidents, days, chart, maps, ...rest } = page;
    return hash(site, paged, places, rest, days.map((day) => [day.day, day.label, printsOf(day.incidents)]));
  };
  for (const page of timeline.pages) prints.set(page.url, timelinePrint(page));
  prints.set("/", timeline.latest ? hash("home", timelinePrint(timeline.latest)) : hash("home", site));
  prints.set("/timeline/", hash(site, total, timeline.years));

  for (const listing of [...data.placePages, ...data.kindPages, ...data.actorPages, ...data.tagPages]) {
    const { incidents, ...rest } = listing;
    const map = "place" in listing.entry && listing.page === 1 ? placeMap.get(listing.entry.place.id) : undefined;
    prints.set(listing.url, hash(site, rest, printsOf(incidents), map));
  }
  prints.set("/places/", hash(site, data.places.map((entry) => [entry.place, entry.url, entry.incidents.length])));
  prints.set("/kinds/", hash(site, data.kinds.map((entry) => [entry.kind, entry.url, entry.incidents.length])));
  for (const [url, list] of [["/actors/", data.actors], ["/tags/", data.tags]] as const) {
    prints.set(url, hash(site, list.map((entry) => [entry.name, entry.variants, entry.url, entry.incidents.length])));
  }

  const sources = data.sources.map((source) => printOf(source, () => hash(source)));
  data.sources.forEach((source, index) => prints.set(source.url, hash(site, sources[index])));
  const sourceIndex = new Map(data.sources.map((source, index) => [source.id, index]));
  for (const page of data.sourcePages) {
    const { items, ...rest } = page;
    prints.set(page.url, hash(site, rest, items.map((source) => sources[sourceIndex.get(source.id)!])));
  }
  for (const page of data.sourceCitationPages) prints.set(page.url, hash(site, page));

  const everything = hash(site, printsOf(data.incidents), sources, data.places.map((entry) => entry.place));
  // The views are kept while what they are drawn from is unchanged (site-data.ts), and their parts' prints with them.
  const partPrints = (parts: readonly object[]) => parts.map((part) => printOf(part, () => hash(part))).join(",");
  for (const { items, ...page } of data.disputePages) prints.set(page.url, hash(site, total, page, partPrints(items)));
  for (const page of data.changePages) prints.set(page.url, hash(site, page));
  // A sequence page's chains and unlinked steps are its items, sorted in two.
  for (const { items, chains, unlinked, ...page } of data.sequencePages) {
    const chart = page.page === 1 ? data.views.chart : undefined;
    prints.set(page.url, hash(site, total, page, partPrints(items), chains.length, chart && printOf(chart, () => hash(chart))));
  }
  const { days: windowDays, ...window } = data.briefingWindow;
  const windowPrint = hash(window, windowDays.map((day) => [day.day, day.label, printsOf(day.incidents)]));
  prints.set("/briefing/", hash(site, total, windowPrint, data.views.briefing, data.views.briefingMap));
  for (const url of ["/about/", "/search/", "/404.html"]) prints.set(url, site);
  for (const url of DATA_FILE_URLS) prints.set(url, everything);
  // The sitemap lists every page: it changes when a page comes or goes.
  prints.set("/sitemap.xml", hash([...prints.keys()].sort()));
  return prints;
}
