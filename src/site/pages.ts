/**
 * The pages authors never write: each is a virtual template whose layout lives in templates/pages/.
 * See https://www.11ty.dev/docs/virtual-templates/
 */
export interface VirtualPage {
  path: string;
  data: Record<string, unknown>;
  /** The template itself, for a page without a layout (the data files). */
  content?: string;
}

const paginated = (data: string, alias: string) => ({ pagination: { data, size: 1, alias, addAllPagesToCollections: false } });

export const VIRTUAL_PAGES: readonly VirtualPage[] = [
  { path: "index.njk", data: { layout: "pages/timeline.njk", permalink: "/" } },
  { path: "incidents.njk", data: { layout: "pages/incident.njk", permalink: "/incidents/{{ incident.id }}/", ...paginated("briefing.incidents", "incident") } },
  { path: "sources-index.njk", data: { layout: "pages/sources.njk", permalink: "/sources/" } },
  { path: "sources.njk", data: { layout: "pages/source.njk", permalink: "/sources/{{ source.id }}/", ...paginated("briefing.sources", "source") } },
  { path: "places-index.njk", data: { layout: "pages/places.njk", permalink: "/places/" } },
  { path: "places.njk", data: { layout: "pages/place.njk", permalink: "/places/{{ entry.place.id }}/", ...paginated("briefing.places", "entry") } },
  { path: "kinds-index.njk", data: { layout: "pages/kinds.njk", permalink: "/kinds/" } },
  { path: "kinds.njk", data: { layout: "pages/kind.njk", permalink: "/kinds/{{ entry.kind }}/", ...paginated("briefing.kinds", "entry") } },
  { path: "search.njk", data: { layout: "pages/search.njk", permalink: "/search/", needsWasm: true } },
  { path: "about.njk", data: { layout: "pages/about.njk", permalink: "/about/" } },
  { path: "disputes.njk", data: { layout: "pages/disputes.njk", permalink: "/disputes/" } },
  { path: "sequence.njk", data: { layout: "pages/sequence.njk", permalink: "/sequence/" } },
  { path: "briefing.njk", data: { layout: "pages/briefing.njk", permalink: "/briefing/" } },
  // Data files (src/exports): each template prints what its filter serialised and escaped.
  ...[
    ["data/incidents.json", "{{ briefing | incidentsJson | safe }}"],
    ["data/incidents.schema.json", "{{ briefing | incidentsSchemaJson | safe }}"],
    ["data/incident.schema.json", "{{ briefing | frontMatterSchemaJson | safe }}"],
    ["data/incidents.geojson", "{{ briefing | incidentsGeoJson | safe }}"],
    ["data/incidents.csv", "{{ briefing | incidentsCsv | safe }}"],
    ["feed.xml", '{% set feed = briefing | feedData %}{% include "partials/feed-atom.njk" %}'],
    ["sitemap.xml", "{{ briefing | sitemapXml | safe }}"],
  ].map(([file, content]) => ({ path: `${file.replace(/[/.]/g, "-")}.njk`, content, data: { permalink: `/${file}`, eleventyExcludeFromCollections: true } })),
  { path: "404.njk", data: { layout: "pages/not-found.njk", permalink: "/404.html" } },
];
