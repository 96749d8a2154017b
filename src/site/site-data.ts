/**
 * What the templates receive: the validated content, ordered and cross-linked, with every time
 * already formatted. Pure: no Eleventy, no file system.
 */
import { DateTime } from "luxon";
import type { Citation, Claim, Content, Incident, IncidentUpdate, Place, QuoteCheckedAgainst, Source } from "../notes/content.ts";
import { directionOf, directionOfText, type Direction } from "../notes/text-direction.ts";
import { KINDS, type Kind, type SiteSettings } from "../notes/schema.ts";
import { groupByName, type NamedGroup } from "./named-groups.ts";
import { mediaUrl, type Figure } from "./media-output.ts";
import { groupByDay, type DayGroup } from "../timeline/group-by-day.ts";
import { paginateTimeline, type TimelineMonth, type TimelinePage } from "../timeline/paginate.ts";
import { incidentTimes, longDate, type IncidentTimes } from "../timeline/format-time.ts";
import { orderWithKeys } from "../timeline/order.ts";
import { relationLinks } from "../timeline/relations.ts";
import { buildChart, type ChartView } from "../views/chart/chart-view.ts";
import type { MapView } from "../views/map/map-types.ts";
import type { IncidentDisputes } from "../views/disputes/disputes.ts";
import type { SequenceStep } from "../views/sequence/sequence.ts";
import { buildViews, type Views } from "../views/views.ts";
import { inGroupsOf, inGroupsWeighing, pagedList, type PagedList } from "./paged-list.ts";
import { remember } from "./remember.ts";

export interface IncidentRef {
  id: string;
  title: string;
  url: string;
}

export interface IncidentView extends Incident {
  url: string;
  /** 1-based position in the timeline. */
  number: number;
  times: IncidentTimes;
  /** Search sort key: the UTC instant where the timeline places it, then its position, so "chronological" matches the timeline. */
  searchTime: string;
  placeInfo: Place;
  citations: (Citation & { ref: SourceRef } & QuoteLanguage)[];
  claimsShown: (Omit<Claim, "entries"> & { entries: (Claim["entries"][number] & { ref: SourceRef } & QuoteLanguage)[] })[];
  updates: IncidentUpdate[];
  links: (IncidentRef & { label: string })[];
  /** Its images as published (media-output.ts). */
  figures: Figure[];
  previous?: IncidentRef;
  next?: IncidentRef;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** The original's address and its archived copy, when the note gives them. */
  originalUrl?: string;
  archived?: string;
}

/** The language a quote is written in: its source's, or the site's when it was checked against the translation. */
export interface QuoteLanguage {
  quoteLang?: string;
  quoteDir?: Direction;
}

/** A place's other name as shown: `lang` only where the note gives the language. */
export interface AliasView {
  name: string;
  lang?: string;
  dir: Direction;
}

/** One correction or update in the site-wide list of changes, newest first. */
export interface ChangeView extends IncidentUpdate {
  incident: IncidentRef;
}

export interface SourceView extends Source {
  url: string;
  originalUrl?: string;
  publishedText: string;
  /** Every incident citing it, in timeline order. */
  citedBy: IncidentRef[];
  /** The first page of them, shown on the source's own page; the rest continue on pages of their own (SiteData.sourceCitationPages). */
  citedByFirst: PagedList<IncidentRef>;
}

/** A later page of the incidents citing a source: /sources/<id>/cited-by/2/, … */
export interface SourceCitationPage extends PagedList<IncidentRef> {
  source: SourceRef & { type: Source["type"]; language: string; count: number };
}

export type DayView = DayGroup<IncidentView> & { label: string };

/** One page of the timeline, with the chart and map of its own incidents. */
export interface TimelinePageView extends TimelinePage<IncidentView> {
  days: DayView[];
  disputedCount: number;
  chart?: ChartView;
  maps: MapView[];
}

/** One page of a listing (a place's or a kind's incidents). */
export interface ListingPage<T> {
  /** The place or kind, with its number of incidents (not the incidents: each page holds its own). */
  entry: Omit<T, "incidents"> & { count: number };
  url: string;
  /** 1-based */
  page: number;
  pages: number;
  incidents: IncidentView[];
  previous?: string;
  next?: string;
}

/** An actor or a tag: its name, the other spellings that share its page, and its incidents. */
export interface NamedListing {
  name: string;
  variants: string[];
  url: string;
  incidents: IncidentView[];
}

/** The window of the briefing: its latest incidents, at most BRIEFING_LIMIT of them. */
export interface BriefingWindow {
  days: DayView[];
  incidents: number;
  disputed: number;
  /** Whether earlier incidents were left out. */
  partial: boolean;
}

export interface SiteData {
  site: SiteSettings;
  /** Which way the site's own language runs (for a translation shown beside an original). */
  siteDir: Direction;
  /** Each place's other names, by place id (only places that have some). */
  aliases: Record<string, AliasView[]>;
  /** Every incident's corrections and updates, newest first, and the pages of /changes/. */
  changes: ChangeView[];
  changePages: PagedList<ChangeView>[];
  incidents: IncidentView[];
  days: (DayGroup<IncidentView> & { label: string })[];
  sources: SourceView[];
  places: { place: Place; url: string; incidents: IncidentView[] }[];
  kinds: { kind: Kind; url: string; incidents: IncidentView[] }[];
  /** The timeline in pages (oldest first); `/` shows the last, the latest. */
  timeline: { pages: TimelinePageView[]; months: TimelineMonth[]; years: { year: string; months: TimelineMonth[] }[]; latest?: TimelinePageView };
  placePages: ListingPage<{ place: Place; url: string; incidents: IncidentView[] }>[];
  kindPages: ListingPage<{ kind: Kind; url: string; incidents: IncidentView[] }>[];
  /** Who acted or spoke, and the notes' keywords: a page for each name (named-groups.ts). */
  actors: NamedListing[];
  tags: NamedListing[];
  actorPages: ListingPage<NamedListing>[];
  tagPages: ListingPage<NamedListing>[];
  disputedCount: number;
  /** Maps, chart, sequence, disputes and briefing (src/views). */
  views: Views;
  disputePages: PagedList<IncidentDisputes>[];
  /** The list of sources: /sources/, then /sources/page/2/, … (one level below a source's own page, so no id can take it). */
  sourcePages: PagedList<SourceView>[];
  /** The incidents citing a source beyond the first page of them, which its own page shows: a source cited by thousands stays light. */
  sourceCitationPages: SourceCitationPage[];
  /** The sequence's chains, then the incidents in no chain. */
  sequencePages: (PagedList<SequenceStep> & { chains: SequenceStep[]; unlinked: SequenceStep[] })[];
  briefingWindow: BriefingWindow;
}

export const incidentUrl = (id: string) => `/incidents/${id}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;
export const placeUrl = (id: string) => `/places/${id}/`;
export const kindUrl = (kind: string) => `/kinds/${kind}/`;
export const ACTORS_URL = "/actors/";
export const TAGS_URL = "/tags/";

/**
 * Page sizes that keep every page light however large the archive grows (docs/performance.md):
 * a timeline page holds at most this many incidents, with its chart and map ...
 */
export const TIMELINE_PAGE_SIZE = 30;
/** ... a place's, a kind's, an actor's or a tag's listing this many per page, and a source's page the first this many incidents citing it (the rest on pages of their own) ... */
export const LISTING_PAGE_SIZE = 50;
/** ... the disputes page this many disputed incidents, the sequence page this many steps (a chain is never split) ... */
export const DISPUTES_PAGE_SIZE = 25;
/** ... the list of sources this many ... */
export const SOURCES_PAGE_SIZE = 200;
export const SEQUENCE_PAGE_STEPS = 100;
/** ... the list of changes this many ... */
export const CHANGES_PAGE_SIZE = 50;
/** ... the briefing covers the latest this many incidents, as many as a timeline page ... */
export const BRIEFING_LIMIT = 30;
/** ... and views of the whole site (the sequence chart, the overview and place maps) number each incident up to this many; beyond it they are drawn per timeline page or without numbers. */
export const OVERVIEW_LIMIT = 100;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}

/** Splits a listing into pages: /places/x/, /places/x/2/, … */
export function listingPages<T extends { url: string; incidents: IncidentView[] }>(entries: readonly T[], pageSize: number): ListingPage<T>[] {
  return entries.flatMap(({ incidents, ...rest }) => {
    const entry = { ...rest, count: incidents.length };
    const pages = Math.max(1, Math.ceil(incidents.length / pageSize));
    const urlOf = (page: number) => (page === 1 ? entry.url : `${entry.url}${page}/`);
    return Array.from({ length: pages }, (_, index) => ({
      entry,
      url: urlOf(index + 1),
      page: index + 1,
      pages,
      incidents: incidents.slice(index * pageSize, (index + 1) * pageSize),
      previous: index > 0 ? urlOf(index) : undefined,
      next: index < pages - 1 ? urlOf(index + 2) : undefined,
    }));
  });
}

/**
 * Results kept between builds of one process (the dev server rebuilds after every save): a page's
 * chart and an incident's times are worked out again only when what they are drawn from changed.
 */
const memo = {
  charts: new Map<string, ChartView | undefined>(),
  times: new Map<string, IncidentTimes>(),
  views: new Map<string, Views>(),
};
/**
 * Each incident's view, kept by the incident object: the loader gives the same object for a note
 * whose file and checks are unchanged (src/notes/load-content.ts), so after a save only the edited
 * note's view, and those whose neighbours or links changed, are made again. Its own fields aside, a
 * view reads its place in the order, its neighbours' and links' titles (its `key`) and the sources,
 * places and settings (`shared`, one object per state of them).
 */
const incidentViews = new WeakMap<Incident, { shared: object; key: string; view: IncidentView }>();
let lastShared: { key: string; token: object } | undefined;
function sharedInputs(key: string): object {
  if (lastShared?.key !== key) lastShared = { key, token: {} };
  return lastShared.token;
}
const sourceViews = new WeakMap<Source, { refs: IncidentRef[]; view: SourceView; later: SourceCitationPage[] }>();
const refs = new WeakMap<Incident, IncidentRef>();
function incidentRef(incident: Incident): IncidentRef {
  let ref = refs.get(incident);
  if (!ref) refs.set(incident, (ref = { id: incident.id, title: incident.title, url: incidentUrl(incident.id) }));
  return ref;
}

/** A key of what `key` picks from a view, kept with the view. */
function keptKey(pick: (view: IncidentView) => unknown): (view: IncidentView) => string {
  const keys = new WeakMap<IncidentView, string>();
  return (view) => {
    let key = keys.get(view);
    if (key === undefined) keys.set(view, (key = JSON.stringify(pick(view))));
    return key;
  };
}
// NOTE: each holds every field its views read (src/views: ViewIncident and SourceDetails); a summary or a note's text is not among them.
const chartFieldsKey = keptKey(({ id, number, title, url, kind, instant, zone, day, date, precision, disputed, related }) => [id, number, title, url, kind, instant, zone, day, date, precision, disputed, related]);
const viewFieldsKey = keptKey((view) => [chartFieldsKey(view), view.casualties, view.citations, view.claimsShown, view.place, view.times]);
const chartOf = (incidents: readonly IncidentView[], zone: string) => remember(memo.charts, `${zone} ${incidents.map(chartFieldsKey).join(",")}`, () => buildChart(incidents, zone));
const timesOf = (incident: Incident, zone: string) =>
  remember(memo.times, JSON.stringify([zone, incident.instant, incident.zone, incident.day, incident.precision]), () => incidentTimes(incident, zone));

export function buildSiteData(content: Content, options: { includeDrafts: boolean }): SiteData {
  const { site } = content;
  const published = content.incidents.filter((incident) => options.includeDrafts || !incident.draft);
  const visibleIds = new Set(published.map((incident) => incident.id));
  // NOTE: a link to a draft would be a broken link in production, so it is dropped with the draft.
  const withoutDraftLinks = published.map((incident) =>
    incident.related.every((link) => visibleIds.has(link.incident)) ? incident : { ...incident, related: incident.related.filter((link) => visibleIds.has(link.incident)) },
  );
  const orderedWithKeys = orderWithKeys(withoutDraftLinks, site.timezone);
  const ordered = orderedWithKeys.map(({ incident }) => incident);
  const refOf = incidentRef;
  const byId = new Map(ordered.map((incident) => [incident.id, incident]));
  const links = relationLinks(ordered);
  const sourceRefs = new Map<string, SourceRef>(
    content.sources.map((source) => [
      source.id,
      { id: source.id, title: source.title, publisher: source.publisher, url: sourceUrl(source.id), ...(source.url ? { originalUrl: source.url } : {}), ...(source.archived ? { archived: source.archived } : {}) },
    ]),
  );
  const siteDir = directionOf(site.language);
  const sourceById = new Map(content.sources.map((source) => [source.id, source]));
  // NOTE: lang and dir are set on a quote only where it differs from the page's, so English pages stay as they were.
  const quoteLanguage = (sourceId: string, quote: string | undefined, against: QuoteCheckedAgainst | undefined): QuoteLanguage => {
    const source = sourceById.get(sourceId);
    if (quote === undefined || source === undefined || against === "translation" || source.language === site.language) return {};
    return { quoteLang: source.language, quoteDir: source.dir };
  };

  // What every incident's view reads besides its own note and neighbours: when none of it changed, an unchanged note keeps its view (below).
  const shared = sharedInputs(JSON.stringify([site, content.places, [...sourceRefs.values()], content.sources.map((source) => [source.id, source.language, source.dir])]));
  const incidents: IncidentView[] = ordered.map((incident, index) => {
    const linked = links.get(incident.id) ?? [];
    // NOTE: the neighbours' and linked incidents' titles are shown on the page, so they are part of what it is drawn from.
    const around = [index, orderedWithKeys[index].sortMillis, ordered[index - 1]?.id, ordered[index - 1]?.title, ordered[index + 1]?.id, ordered[index + 1]?.title];
    for (const link of linked) around.push(link.incident, link.label, byId.get(link.incident)!.title);
    const key = JSON.stringify(around);
    const known = incidentViews.get(incident);
    if (known && known.shared === shared && known.key === key) return known.view;
    const view = incidentView(incident, index);
    incidentViews.set(incident, { shared, key, view });
    return view;
  });
  function incidentView(incident: Incident, index: number): IncidentView {
    return {
    ...incident,
    url: incidentUrl(incident.id),
    number: index + 1,
    times: timesOf(incident, site.timezone),
    searchTime: `${DateTime.fromMillis(orderedWithKeys[index].sortMillis, { zone: "UTC" }).toISO({ suppressMilliseconds: true })} ${String(index + 1).padStart(6, "0")}`,
    placeInfo: content.places[incident.place],
    citations: incident.sources.map((citation) => ({ ...citation, ref: sourceRefs.get(citation.source)!, ...quoteLanguage(citation.source, citation.quote, citation.checkedAgainst) })),
    claimsShown: incident.claims.map((claim) => ({
      ...claim,
      entries: claim.entries.map((entry) => ({ ...entry, ref: sourceRefs.get(entry.source)!, ...quoteLanguage(entry.source, entry.quote, entry.checkedAgainst) })),
    })),
    updates: incident.updates ?? [],
    links: (links.get(incident.id) ?? []).map((link) => ({ ...refOf(byId.get(link.incident)!), label: link.label })),
    figures: incident.images.map(({ image, alt, credit, caption, source }) => ({
      url: mediaUrl(image),
      alt,
      credit,
      caption,
      width: image.width,
      height: image.height,
      source: source ? sourceRefs.get(source) : undefined,
    })),
    previous: index > 0 ? refOf(ordered[index - 1]) : undefined,
    next: index < ordered.length - 1 ? refOf(ordered[index + 1]) : undefined,
    };
  }

  // One pass over the incidents, not one per source: at 10,000 notes and 2,000 sources that is the difference between milliseconds and seconds.
  const citedBy = new Map<string, IncidentView[]>();
  for (const incident of incidents) {
    const ids = new Set([...incident.sources.map((s) => s.source), ...incident.claims.flatMap((c) => c.entries.map((e) => e.source))]);
    for (const id of ids) {
      if (!citedBy.has(id)) citedBy.set(id, []);
      citedBy.get(id)!.push(incident);
    }
  }
  const citing = (sourceId: string) => citedBy.get(sourceId) ?? [];
  const sourceCitationPages: SourceCitationPage[] = [];
  const sources: SourceView[] = [...content.sources]
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
    .map((source) => {
      const refs = citing(source.id).map(refOf);
      // An unchanged source cited by the same incidents keeps its view (refs are kept by incident, so compared by identity).
      const known = sourceViews.get(source);
      if (known && known.refs.length === refs.length && known.refs.every((ref, index) => ref === refs[index])) {
        sourceCitationPages.push(...known.later);
        return known.view;
      }
      const url = sourceUrl(source.id);
      // NOTE: a source cited by thousands of notes (an official statement) listed them all on its page: 425 kB at 10,000 notes and 5 sources.
      // Page 1 is the source's own page; the list comes back to it at its heading.
      const [first, ...later] = pagedList(url, inGroupsOf(refs, LISTING_PAGE_SIZE), `${url}cited-by/`).map((page) =>
        page.previous === url ? { ...page, previous: `${url}#cited-by` } : page,
      );
      const ref = { ...sourceRefs.get(source.id)!, type: source.type, language: source.language, count: refs.length };
      const laterPages = later.map((page) => ({ ...page, source: ref }));
      sourceCitationPages.push(...laterPages);
      const view = { ...source, url, originalUrl: source.url, publishedText: longDate(source.published), citedBy: refs, citedByFirst: first };
      sourceViews.set(source, { refs, view, later: laterPages });
      return view;
    });

  const days: DayView[] = groupByDay(incidents).map((group) => ({ ...group, label: longDate(group.day) }));
  const allPlaces = Object.values(content.places);
  const paginated = paginateTimeline(days, TIMELINE_PAGE_SIZE);
  const pageIncidents = paginated.pages.map((page) => page.incidents);
  const viewsKey = JSON.stringify([
    site.timezone,
    allPlaces,
    sources.map(({ id, publishedText, originalUrl }) => [id, publishedText, originalUrl]),
    pageIncidents.map((page) => page.length),
  ]) + incidents.map(viewFieldsKey).join(",");
  if (!memo.views.has(viewsKey) && memo.views.size >= 2) memo.views.clear();
  const views = remember(memo.views, viewsKey, () =>
    buildViews(incidents, allPlaces, sources, site.timezone, { place: placeUrl }, { overviewLimit: OVERVIEW_LIMIT, pages: pageIncidents, briefingLimit: BRIEFING_LIMIT }),
  );
  const timelinePages: TimelinePageView[] = paginated.pages.map((page, index) => ({
    ...page,
    days: page.days.map((group) => ({ ...group, label: longDate(group.day) })),
    disputedCount: page.incidents.filter((incident) => incident.disputed).length,
    chart: chartOf(page.incidents, site.timezone),
    // A page's map shows the places of its own incidents.
    maps: views.maps.pages[index],
  }));
  const byPlace = groupBy(incidents, (incident) => incident.place);
  const byKind = groupBy(incidents, (incident) => incident.kind);
  const places = [...allPlaces]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((place) => ({ place, url: placeUrl(place.id), incidents: byPlace.get(place.id) ?? [] }));
  const kinds = KINDS.map((kind) => ({ kind, url: kindUrl(kind), incidents: byKind.get(kind) ?? [] }));
  const aliases: Record<string, AliasView[]> = {};
  for (const place of allPlaces) {
    if (!place.aliases?.length) continue;
    aliases[place.id] = place.aliases.map((alias) =>
      typeof alias === "string" ? { name: alias, dir: directionOfText(alias) } : { name: alias.name, lang: alias.language, dir: directionOf(alias.language) },
    );
  }
  // Newest first; one day's changes in timeline order, latest incident first.
  const changes: ChangeView[] = incidents
    .flatMap((incident) => incident.updates.map((update) => ({ ...update, incident: refOf(incident), number: incident.number })))
    .sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number)
    .map(({ number: _number, ...change }) => change);
  const named = (groups: NamedGroup<IncidentView>[]): NamedListing[] => groups.map(({ items, ...group }) => ({ ...group, incidents: items }));
  const actors = named(groupByName(incidents, (incident) => incident.actors, ACTORS_URL));
  const tags = named(groupByName(incidents, (incident) => incident.tags, TAGS_URL));

  return {
    site,
    siteDir,
    aliases,
    changes,
    changePages: pagedList("/changes/", inGroupsOf(changes, CHANGES_PAGE_SIZE)),
    incidents,
    days,
    sources,
    places,
    kinds,
    timeline: {
      pages: timelinePages,
      months: paginated.months,
      years: [...new Set(paginated.months.map((month) => month.month.slice(0, 4)))].map((year) => ({ year, months: paginated.months.filter((month) => month.month.startsWith(year)) })),
      latest: timelinePages.at(-1),
    },
    placePages: listingPages(places, LISTING_PAGE_SIZE),
    kindPages: listingPages(kinds, LISTING_PAGE_SIZE),
    actors,
    tags,
    actorPages: listingPages(actors, LISTING_PAGE_SIZE),
    tagPages: listingPages(tags, LISTING_PAGE_SIZE),
    disputedCount: incidents.filter((incident) => incident.disputed).length,
    views,
    disputePages: pagedList("/disputes/", inGroupsOf(views.disputes, DISPUTES_PAGE_SIZE)),
    sourcePages: pagedList("/sources/", inGroupsOf(sources, SOURCES_PAGE_SIZE), "/sources/page/"),
    sourceCitationPages,
    sequencePages: pagedList("/sequence/", inGroupsWeighing([...views.sequence.chains, ...views.sequence.unlinked], SEQUENCE_PAGE_STEPS, stepCount)).map((page) => ({
      ...page,
      chains: page.items.filter((step) => step.children.length > 0),
      unlinked: page.items.filter((step) => step.children.length === 0),
    })),
    briefingWindow: briefingWindow(incidents.slice(-BRIEFING_LIMIT), incidents.length),
  };
}

function stepCount(step: SequenceStep): number {
  return 1 + step.children.reduce((sum, child) => sum + stepCount(child), 0);
}

function briefingWindow(shown: IncidentView[], total: number): BriefingWindow {
  return {
    days: groupByDay(shown).map((group) => ({ ...group, label: longDate(group.day) })),
    incidents: shown.length,
    disputed: shown.filter((incident) => incident.disputed).length,
    partial: shown.length < total,
  };
}
