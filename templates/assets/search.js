// The search page, on Pagefind's JS API (pagefind.js) in the site's own markup.
// The form is the search's state and the URL mirrors it (q, sort, one entry per ticked filter), so a
// search can be shared; each search is a history entry, and Back restores the one before.
// The filter list is drawn from filter-counts.json, written by the build (src/search/filter-counts.ts):
// Pagefind's own filter files load only when a filter is used, and then only that filter's.
// Paths are worked out from this file's own URL, so the site works under any sub-path.
// NOTE: every value from the index reaches the page as text (textContent), never as HTML.
const siteRoot = new URL("../", import.meta.url).pathname;
const bundleUrl = new URL("../pagefind/", import.meta.url);

/** The filters in the order the panel shows them, with their labels; the index may hold fewer. */
const FILTERS = [
  ["kind", "Kind"],
  ["place", "Place"],
  ["actor", "Actor"],
  ["day", "Day"],
  ["disputed", "Sources disagree"],
  ["confidence", "Confidence"],
  ["source", "Source (publisher)"],
  ["type", "Type of source"],
];
/** Result facts (data-pagefind-meta), labelled: incidents carry the first three, sources the last three. */
const FACTS = [
  ["when", "When"],
  ["place", "Place"],
  ["kind", "Kind"],
  ["publisher", "Publisher"],
  ["published", "Published"],
  ["type", "Type"],
];
const CONFIDENCE_ORDER = ["high", "moderate", "low"];
const SORTS = { earliest: { time: "asc" }, latest: { time: "desc" } };
const PAGE_SIZE = 10;
/** Values beyond which a filter group scrolls in its own box. */
const LONG_GROUP = 8;
/** Keystrokes closer together than this are one search in the history (its entry is updated, not added). */
const TYPING_PAUSE_MS = 1500;

const form = document.querySelector("[data-search-form]");
const queryInput = document.getElementById("search-query");
const sortSelect = document.getElementById("search-sort");
const filterPanel = document.querySelector("[data-search-filters]");
const filterGroups = document.querySelector("[data-search-filter-groups]");
const filtersChosen = document.querySelector("[data-search-filters-chosen]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const language = document.documentElement.lang || "en";
const dayParts = new Intl.DateTimeFormat(language, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** A day as the site writes it everywhere: "Friday 24 March 2023". */
function dayText(isoDay) {
  const parts = Object.fromEntries(dayParts.formatToParts(new Date(`${isoDay}T00:00:00Z`)).map(({ type, value }) => [type, value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

const filterNames = new Set(FILTERS.map(([name]) => name));

/** { q, sort, filters: { name: [values] } } from URL parameters. */
function stateFromParams(params) {
  const filters = {};
  for (const [name, value] of params) if (filterNames.has(name) && value) (filters[name] ??= []).includes(value) || filters[name].push(value);
  const sort = params.get("sort") === "time" ? "earliest" : params.get("sort");
  return { q: params.get("q") ?? "", sort: sort in SORTS ? sort : "relevance", filters };
}

function stateFromForm() {
  const params = new URLSearchParams({ q: queryInput.value, sort: sortSelect.value });
  // Filter boxes carry their filter in data-filter: one name shared by many checkboxes is invalid HTML.
  for (const box of filterGroups.querySelectorAll("input[type=checkbox]:checked")) params.append(box.dataset.filter, box.value);
  return stateFromParams(params);
}

function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const [name] of FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ""}`;
}

function showState(state) {
  queryInput.value = state.q;
  sortSelect.value = state.sort;
  for (const box of filterGroups.querySelectorAll("input[type=checkbox]")) box.checked = state.filters[box.dataset.filter]?.includes(box.value) ?? false;
  showChosenFilters(state);
}

function showChosenFilters(state) {
  const chosen = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  filtersChosen.textContent = chosen ? ` · ${chosen} chosen` : "";
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Free-text filter values are stored HTML-escaped (src/search/filter-value.ts: Pagefind cannot filter on a
 * value with a quote): searched with as stored, shown decoded. Parsed inert, read back as text only.
 */
const decoded = (value) => new DOMParser().parseFromString(`<!DOCTYPE html><body>${value}`, "text/html").body.textContent ?? value;
const valueLabel = (filter, value) => (filter === "day" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayText(value) : decoded(value));

/** The filter panel, from the build's counts; a value chosen in the URL but absent from the index still shows, with 0. */
function drawFilters(counts, state) {
  filterGroups.replaceChildren();
  const names = [...FILTERS.filter(([name]) => counts[name]), ...Object.keys(counts).filter((name) => !filterNames.has(name)).map((name) => [name, name])];
  for (const [name, label] of names) {
    const values = { ...counts[name] };
    for (const value of state.filters[name] ?? []) values[value] ??= 0;
    const entries = Object.entries(values);
    // Days read in calendar order, confidence from high to low; other values most pages first.
    if (name === "day") entries.sort(([a], [b]) => (a < b ? -1 : 1));
    else if (name === "confidence") entries.sort(([a], [b]) => CONFIDENCE_ORDER.indexOf(a) - CONFIDENCE_ORDER.indexOf(b));
    else entries.sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, language));
    // A long group (places, actors at thousands of notes) scrolls in a box of its own.
    const group = element("fieldset", entries.length > LONG_GROUP ? "search-filter-group is-long" : "search-filter-group");
    group.append(element("legend", undefined, label));
    const options = element("ul", "search-filter-values");
    for (const [value, count] of entries) {
      const item = element("li");
      const choice = element("label");
      const box = element("input");
      box.type = "checkbox";
      box.dataset.filter = name;
      box.value = value;
      choice.append(box, " ", element("span", "search-filter-value", valueLabel(name, value)), " ", element("span", "search-filter-count", `(${count})`));
      item.append(choice);
      options.append(item);
    }
    group.append(options);
    filterGroups.append(group);
  }
  const actions = element("p", "search-filter-actions");
  const clear = element("button", undefined, "Clear filters");
  clear.type = "button";
  clear.addEventListener("click", () => {
    for (const box of filterGroups.querySelectorAll("input[type=checkbox]:checked")) box.checked = false;
    commit("push");
  });
  // On a phone the open panel hides the results: a way down to them.
  const toResults = element("a", undefined, "Go to the results");
  toResults.href = "#search-results";
  toResults.addEventListener("click", (event) => {
    const first = list.querySelector("a");
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  actions.append(clear, toResults);
  filterGroups.append(actions);
  filterPanel.hidden = names.length === 0;
}

// A large site's bundle comes in shards (src/search/shards.ts), named by shards.json: the first is
// pagefind/ itself, the others are merged into it.
const shardsReady = fetch(new URL("shards.json", bundleUrl))
  .then((response) => (response.ok ? response.json() : { shards: [""] }))
  .then((manifest) => (Array.isArray(manifest.shards) && manifest.shards.length > 0 ? manifest.shards : [""]))
  .catch(() => [""]);
// Each merged shard's scores are scaled by 1 + k × SHARD_MARK: too little to change an order by
// relevance, enough to tell in a sorted search which shard a result comes from (see sortedAcrossShards).
const SHARD_MARK = 1e-6;

let pagefindReady;
function pagefind() {
  pagefindReady ??= Promise.all([import(new URL("pagefind.js", bundleUrl).href), shardsReady]).then(async ([api, shards]) => {
    // Notes are short and alike in length: don't penalise the longer ones, and let an exact word
    // outrank a longer word it begins ("dekha" before "dekhaa").
    await api.options({ baseUrl: siteRoot, excerptLength: 24, ranking: { termSimilarity: 3, pageLength: 0 } });
    await api.init();
    for (let k = 1; k < shards.length; k++) await api.mergeIndex(new URL(shards[k], bundleUrl).pathname, { indexWeight: 1 + k * SHARD_MARK });
    return api;
  });
  return pagefindReady;
}

let sortRanksReady;
// Where a result the table does not know goes (never seen; a stale table): last, in Pagefind's order. A finite number, so the comparison stays one.
const UNPLACED = Number.MAX_SAFE_INTEGER;
/**
 * A search sorted by time over several shards, in the site's order. Pagefind sorts each shard on
 * its own and gives each result its rank there as its score (0, -1, -2 … earliest first; the same
 * ranks, positive, latest first), then merges the shards by score, which interleaves them. The
 * score, scaled per shard, says the shard and the rank; sort-ranks.json (written by the build) says
 * where that page stands in the whole site. Rank 0 scales to 0 in every shard: those few results are
 * told apart by their URL, each shard's earliest page.
 */
async function sortedAcrossShards(results, direction) {
  // Loaded and its differences summed once, on the first sorted search.
  sortRanksReady ??= fetch(new URL("sort-ranks.json", bundleUrl))
    .then((response) => response.json())
    .then(({ time }) =>
      time.map(({ first, ranks }) => {
        let rank = 0;
        return { first, ranks: ranks.map((step) => (rank += step)) };
      }),
    );
  const table = await sortRanksReady;
  const placed = await Promise.all(
    results.map(async (result) => {
      const score = Math.abs(result.score);
      const rank = Math.round(score);
      if (rank === 0) {
        const { url } = await result.data();
        const shard = table.findIndex(({ first }) => url.endsWith(first));
        return { result, place: shard === -1 ? UNPLACED : table[shard].ranks[0] };
      }
      const shard = Math.round((score / rank - 1) / SHARD_MARK);
      return { result, place: table[shard]?.ranks[rank] ?? UNPLACED };
    }),
  );
  placed.sort((a, b) => (direction === "asc" ? a.place - b.place : b.place - a.place));
  return placed.map(({ result }) => result);
}

/** Pagefind's excerpt is HTML with <mark> around the matched words: kept as text and marks only, parsed inert. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html").body;
  return [...parsed.childNodes].map((node) => (node.nodeName === "MARK" ? element("mark", undefined, node.textContent) : document.createTextNode(node.textContent ?? "")));
}

function resultItem(data) {
  const item = element("li", "search-result");
  // The kind's colour down the side, as on the timeline (style.css: .kind-attack …).
  const kind = data.filters?.kind?.[0];
  if (kind && /^[a-z-]+$/.test(kind)) item.classList.add(`kind-${kind}`);
  const title = element("h2", "search-result-title");
  const link = element("a", undefined, data.meta?.title || data.url);
  // A source's title and text may be in another script: the browser sets each one's direction from its own letters.
  title.dir = "auto";
  link.href = data.url;
  title.append(link);
  const facts = element("dl", "search-result-facts");
  for (const [key, label] of FACTS) {
    if (!data.meta?.[key]) continue;
    const fact = element("div");
    fact.append(element("dt", undefined, label), element("dd", undefined, data.meta[key]));
    facts.append(fact);
  }
  const excerpt = element("p", "search-result-excerpt");
  excerpt.dir = "auto";
  excerpt.append(...excerptNodes(data.excerpt ?? ""));
  item.append(title, facts, excerpt);
  return item;
}

let searchId = 0;
let results = [];
let shown = 0;

async function showMore(id) {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (id !== searchId) return undefined;
  const items = data.map(resultItem);
  list.append(...items);
  shown += items.length;
  more.hidden = shown >= results.length;
  return items[0];
}

function describe(state, count) {
  const words = state.q.trim();
  const chosen = Object.entries(state.filters).map(([name, values]) => `${FILTERS.find(([key]) => key === name)?.[1] ?? name}: ${values.map((value) => valueLabel(name, value)).join(" or ")}`);
  const what = [words && `“${words}”`, ...chosen].filter(Boolean).join(", ");
  if (count === 0) return `Nothing found for ${what}.`;
  return `${count} ${count === 1 ? "result" : "results"} for ${what}${count > shown ? `, ${shown} shown` : ""}.`;
}

/** Runs the search the state describes; `typing` lets Pagefind wait for the next keystroke first. */
async function run(state, { typing = false } = {}) {
  const id = ++searchId;
  // The tatweel only stretches a line; the index holds words without it (src/search/search-folding.ts).
  const words = state.q.replace(/\u0640/g, "").trim();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
  if (!words && Object.keys(filters).length === 0) {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "Type a word, or choose a filter to list what it selects.";
    list.dataset.for = urlOf(state);
    return;
  }
  // A filter alone lists what it selects (Pagefind's search with a null query); in time order, as relevance means nothing then.
  const sort = SORTS[state.sort] ?? (words ? undefined : SORTS.earliest);
  const options = sort ? { filters, sort } : { filters };
  const api = await pagefind();
  const response = typing ? await api.debouncedSearch(words || null, options, 200) : await api.search(words || null, options);
  if (response === null || id !== searchId) return;
  results = sort && (await shardsReady).length > 1 ? await sortedAcrossShards(response.results, Object.values(sort)[0]) : response.results;
  if (id !== searchId) return;
  shown = 0;
  const fresh = results.slice(0, PAGE_SIZE);
  const data = await Promise.all(fresh.map((result) => result.data()));
  if (id !== searchId) return;
  list.replaceChildren(...data.map(resultItem));
  shown = data.length;
  more.hidden = shown >= results.length;
  status.textContent = describe(state, results.length);
  // Which search the list shows (tests wait on it; a change of order alone keeps the same status).
  list.dataset.for = urlOf(state);
}

let lastTyped = 0;

/** Takes the form's state into the URL (a new history entry, or the current one updated) and searches. */
function commit(history, options) {
  const state = stateFromForm();
  showChosenFilters(state);
  const url = urlOf(state);
  if (url !== `${window.location.pathname}${window.location.search}`) {
    if (history === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }
  void run(state, options);
}

queryInput.addEventListener("input", () => {
  const now = Date.now();
  commit(now - lastTyped < TYPING_PAUSE_MS ? "replace" : "push", { typing: true });
  lastTyped = now;
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  lastTyped = 0;
  commit("push");
});
sortSelect.addEventListener("change", () => commit("push"));
filterGroups.addEventListener("change", (event) => {
  if (event.target.matches("input[type=checkbox]")) commit("push");
});
more.querySelector("button").addEventListener("click", async () => {
  const first = await showMore(searchId);
  status.textContent = describe(stateFromForm(), results.length);
  first?.querySelector("a")?.focus();
});
window.addEventListener("popstate", () => {
  const state = stateFromParams(new URLSearchParams(window.location.search));
  showState(state);
  lastTyped = 0;
  void run(state);
});

async function start() {
  const state = stateFromParams(new URLSearchParams(window.location.search));
  // The URL as this page writes it (an old link's sort=time reads sort=earliest), so that Back and sharing see one form.
  window.history.replaceState(null, "", urlOf(state));
  const counts = await fetch(new URL("filter-counts.json", bundleUrl))
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  drawFilters(counts, state);
  showState(state);
  form.hidden = false;
  // Pagefind loads while the reader types the first word.
  void pagefind();
  await run(state);
}

void start();
