/**
 * The pages authors never write: each is a virtual template whose layout lives in templates/pages/.
 * See https://www.11ty.dev/docs/virtual-templates/
 *
 * Every page is paginated, even a one-off (over a single item), so that the render plan can leave
 * out of a build the pages whose data did not change (src/preview/render-plan.ts): Eleventy's pagination
 * `before` callback drops them. https://www.11ty.dev/docs/pagination/#modifying-the-data-set-prior-to-pagination
 */
export interface VirtualPage {
  path: string;
  data: Record<string, unknown>;
  /** The template itself, for a page without a layout (the data files). */
  content?: string;
}

/** Decides, by URL, whether a page is written in this build. */
export interface PagePlan {
  includes(url: string): boolean;
}

type Planned = (items: unknown[], data: { permalink?: unknown }) => unknown[];

export function virtualPages(plan: PagePlan = { includes: () => true }): VirtualPage[] {
  // A paginated item knows its URL; a one-off page is its permalink.
  const before: Planned = (items, data) => items.filter((item) => plan.includes((item as { url?: string }).url ?? String(data.permalink)));
  const paginated = (data: string, alias: string) => ({ pagination: { data, size: 1, alias, addAllPagesToCollections: false, before } });
  const single = { single: [true], ...paginated("single", "singleItem") };
  const pages: VirtualPage[] = [
    // `/` is the latest page of the timeline; every page, the latest included, also has a stable address of its own.
    { path: "index.njk", data: { layout: "pages/timeline.njk", permalink: "/" } },
    { path: "timeline.njk", data: { layout: "pages/timeline.njk", permalink: "{{ timelinePage.url }}", ...paginated("briefing.timeline.pages", "timelinePage") } },
    { path: "timeline-months.njk", data: { layout: "pages/timeline-months.njk", permalink: "/timeline/" } },
    { path: "incidents.njk", data: { layout: "pages/incident.njk", permalink: "/incidents/{{ incident.id }}/", ...paginated("briefing.incidents", "incident") } },
    { path: "sources-index.njk", data: { layout: "pages/sources.njk", permalink: "{{ sourcesPage.url }}", ...paginated("briefing.sourcePages", "sourcesPage") } },
    { path: "sources.njk", data: { layout: "pages/source.njk", permalink: "/sources/{{ source.id }}/", ...paginated("briefing.sources", "source") } },
    // A source's own page lists the first incidents citing it; the rest continue at /sources/<id>/cited-by/2/, … (below the source's page, so no id can take it).
    { path: "source-citations.njk", data: { layout: "pages/source-citations.njk", permalink: "{{ citedByPage.url }}", ...paginated("briefing.sourceCitationPages", "citedByPage") } },
    { path: "places-index.njk", data: { layout: "pages/places.njk", permalink: "/places/" } },
    { path: "places.njk", data: { layout: "pages/place.njk", permalink: "{{ listing.url }}", ...paginated("briefing.placePages", "listing") } },
    { path: "kinds-index.njk", data: { layout: "pages/kinds.njk", permalink: "/kinds/" } },
    { path: "kinds.njk", data: { layout: "pages/kind.njk", permalink: "{{ listing.url }}", ...paginated("briefing.kindPages", "listing") } },
    // Actors and tags (named-groups.ts): one template each for the index and the listing, told apart by `names`.
    { path: "actors-index.njk", data: { layout: "pages/names.njk", permalink: "/actors/", names: "actors" } },
    { path: "actors.njk", data: { layout: "pages/named.njk", permalink: "{{ listing.url }}", names: "actors", ...paginated("briefing.actorPages", "listing") } },
    { path: "tags-index.njk", data: { layout: "pages/names.njk", permalink: "/tags/", names: "tags" } },
    { path: "tags.njk", data: { layout: "pages/named.njk", permalink: "{{ listing.url }}", names: "tags", ...paginated("briefing.tagPages", "listing") } },
    { path: "search.njk", data: { layout: "pages/search.njk", permalink: "/search/", needsWasm: true } },
    { path: "about.njk", data: { layout: "pages/about.njk", permalink: "/about/" } },
    { path: "disputes.njk", data: { layout: "pages/disputes.njk", permalink: "{{ disputesPage.url }}", ...paginated("briefing.disputePages", "disputesPage") } },
    { path: "sequence.njk", data: { layout: "pages/sequence.njk", permalink: "{{ sequencePage.url }}", ...paginated("briefing.sequencePages", "sequencePage") } },
    { path: "changes.njk", data: { layout: "pages/changes.njk", permalink: "{{ changesPage.url }}", ...paginated("briefing.changePages", "changesPage") } },
    { path: "briefing.njk", data: { layout: "pages/briefing.njk", permalink: "/briefing/" } },
    // Data files (src/exports): each template prints what its filter serialised and escaped.
    ...[
      ["data/incidents.json", "{{ briefing | incidentsJson | safe }}"],
      ["data/incidents.schema.json", "{{ briefing | incidentsSchemaJson | safe }}"],
      ["data/incident.schema.json", "{{ briefing | frontMatterSchemaJson | safe }}"],
      ["data/incidents.geojson", "{{ briefing | incidentsGeoJson | safe }}"],
      ["data/incidents.csv", "{{ briefing | incidentsCsv | safe }}"],
      ["data/timelinejs.json", "{{ briefing | timelineJs | safe }}"],
      ["feed.xml", '{% set feed = briefing | feedData %}{% include "partials/feed-atom.njk" %}'],
      ["sitemap.xml", "{{ briefing | sitemapXml | safe }}"],
    ].map(([file, content]) => ({ path: `${file.replace(/[/.]/g, "-")}.njk`, content, data: { permalink: `/${file}`, eleventyExcludeFromCollections: true } })),
    { path: "404.njk", data: { layout: "pages/not-found.njk", permalink: "/404.html" } },
  ];
  return pages.map((page) => (page.data.pagination ? page : { ...page, data: { ...page.data, ...single } }));
}
