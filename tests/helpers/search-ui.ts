/** Driving Pagefind's Default UI in tests. */
import type { Page } from "playwright-core";

/** Ticks a filter value, opening its group first (the UI may render groups closed). */
export async function tickFilter(page: Page, name: string, value: string): Promise<void> {
  const box = page.locator(`input.pagefind-ui__filter-checkbox[name="${name}"][value="${value}"]`);
  // NOTE: on a loaded 2-core machine the Default UI now and then renders the filter panel without
  // a group (seen twice in ~40 full runs, never at a second load): one reload, then fail with what it showed.
  await box.waitFor({ state: "attached", timeout: 15_000 }).catch(async () => {
    await page.reload();
    await page.waitForSelector(".pagefind-ui__result-link");
  });
  await box.waitFor({ state: "attached", timeout: 15_000 }).catch(async (error: Error) => {
    // What the UI showed instead, so that a rare failure can be understood from the log alone.
    const state = await page.evaluate(() => ({
      url: location.href,
      message: document.querySelector(".pagefind-ui__message")?.textContent ?? null,
      filters: [...document.querySelectorAll("input.pagefind-ui__filter-checkbox")].map((input) => `${input.getAttribute("name")}=${input.getAttribute("value")}`),
      panel: document.querySelector(".pagefind-ui__filter-panel")?.textContent?.slice(0, 500) ?? null,
    }));
    throw new Error(`${error.message}\nThe search UI showed: ${JSON.stringify(state, null, 2)}`);
  });
  await box.evaluate((element) => {
    const group = element.closest("details");
    if (group) group.open = true;
  });
  await box.check();
}
