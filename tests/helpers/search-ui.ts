/** Driving the search page (templates/assets/search.js) in tests. */
import type { Page } from "playwright-core";

export const SEARCH_INPUT = "#search-query";
export const SORT_SELECT = "#search-sort";
export const RESULT_LINK = ".search-result-title a";

/** The status line once a search has answered (it is empty while the page starts). */
export async function searchStatus(page: Page): Promise<string> {
  await page.waitForFunction(() => /result|Nothing found|Type a word/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
  return (await page.locator("[data-search-status]").textContent()) ?? "";
}

/**
 * The result paths once the search the URL describes has answered: the list says which search it
 * shows (data-for), and holds as many results as the status names (up to a page of them).
 */
export async function resultPaths(page: Page): Promise<string[]> {
  try {
    await page.waitForFunction(
      () => {
        const list = document.querySelector<HTMLElement>("[data-search-results]");
        if (list?.dataset.for !== `${location.pathname}${location.search}`) return false;
        const count = Number(/^(\d+) results?/.exec(document.querySelector("[data-search-status]")?.textContent ?? "")?.[1] ?? NaN);
        return Number.isFinite(count) && list.querySelectorAll(".search-result").length === Math.min(count, 10);
      },
      undefined,
      { timeout: 15_000 },
    );
  } catch (error) {
    const shown = await page.evaluate(() => ({
      url: location.href,
      for: document.querySelector<HTMLElement>("[data-search-results]")?.dataset.for,
      status: document.querySelector("[data-search-status]")?.textContent,
      results: document.querySelectorAll(".search-result").length,
    }));
    throw new Error(`no settled results: ${JSON.stringify(shown)}`, { cause: error });
  }
  return page.$$eval(RESULT_LINK, (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Ticks a filter value, opening the filter panel first. */
export async function tickFilter(page: Page, name: string, value: string): Promise<void> {
  const panel = page.locator("details.search-filters");
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await panel.locator("summary").click();
  const quoted = (text: string) => `"${text.replace(/["\\]/g, "\\$&")}"`;
  await page.locator(`.search-filter-values input[data-filter=${quoted(name)}][value=${quoted(value)}]`).check();
}
