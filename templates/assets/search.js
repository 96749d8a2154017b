// The search page: Pagefind's Default UI, plus what it lacks — the query and filters kept in the URL
// (so a search can be shared), a choice of order, and results announced to screen readers.
// Paths are worked out from this file's own URL, so the site works under any sub-path.
const siteRoot = new URL("../", import.meta.url).pathname;
const bundlePath = new URL("../pagefind/", import.meta.url).pathname;
const FILTER_NAMES = ["kind", "place", "actor", "day", "disputed", "source", "type"];

const container = document.getElementById("search");
const controls = document.querySelector("[data-search-controls]");
const sortSelect = document.getElementById("search-sort");
const status = document.querySelector("[data-search-status]");

let ui;
let query = "";
let filters = {};

function readUrl() {
  const params = new URLSearchParams(window.location.search);
  query = params.get("q") ?? "";
  filters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name);
    if (values.length > 0) filters[name] = values;
  }
  sortSelect.value = params.get("sort") === "time" ? "time" : "relevance";
}

function writeUrl() {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  if (sortSelect.value === "time") params.set("sort", "time");
  const search = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
}

/** The filters the Default UI shows as checked, read back from its checkboxes (name = filter, value = value). */
function readCheckedFilters() {
  const checked = {};
  for (const box of container.querySelectorAll("input.pagefind-ui__filter-checkbox:checked")) {
    (checked[box.name] ??= []).push(box.value);
  }
  return checked;
}

function mount() {
  ui = new window.PagefindUI({
    element: container,
    bundlePath,
    baseUrl: siteRoot,
    resetStyles: false,
    showImages: false,
    showSubResults: false,
    excerptLength: 24,
    // Notes are short and alike in length: don't penalise the longer ones, and let an exact word
    // ("drone") outrank a stem ("drones").
    ranking: { termSimilarity: 3, pageLength: 0 },
    sort: sortSelect.value === "time" ? { time: "asc" } : undefined,
    openFilters: ["kind"],
    translations: { placeholder: "Search incidents and sources", zero_results: "Nothing found for [SEARCH_TERM]" },
  });
  if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  if (query) ui.triggerSearch(query);
}

/** The Default UI labels its input with a title only; give it a real accessible name. */
function labelInput() {
  const input = container.querySelector("input.pagefind-ui__search-input");
  if (input && !input.hasAttribute("aria-label")) input.setAttribute("aria-label", "Search incidents and sources");
}

let announceTimer;
function announce() {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const message = container.querySelector(".pagefind-ui__message")?.textContent?.trim();
    if (message && status.textContent !== message) status.textContent = message;
  }, 400);
}

let urlTimer;
container.addEventListener("input", (event) => {
  if (!event.target.matches("input.pagefind-ui__search-input")) return;
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    query = event.target.value.trim();
    writeUrl();
  }, 300);
});
container.addEventListener("change", (event) => {
  if (!event.target.matches("input.pagefind-ui__filter-checkbox")) return;
  filters = readCheckedFilters();
  writeUrl();
});
// The Default UI takes its order when it is created, and destroying it stops Pagefind's shared
// worker; so a new order is a new page load, which the URL already describes.
sortSelect.addEventListener("change", () => {
  query = container.querySelector("input.pagefind-ui__search-input")?.value.trim() ?? query;
  filters = readCheckedFilters();
  writeUrl();
  window.location.reload();
});
new MutationObserver(() => {
  labelInput();
  announce();
}).observe(container, { childList: true, subtree: true, characterData: true });

readUrl();
controls.hidden = false;
if (window.PagefindUI) mount();
else window.addEventListener("DOMContentLoaded", mount, { once: true });
