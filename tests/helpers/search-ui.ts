/** Driving Pagefind's Default UI in tests. */
import type { Page } from "playwright-core";

/** Ticks a filter value, opening its group first (the UI may render groups closed). */
export async function tickFilter(page: Page, name: string, value: string): Promise<void> {
  const box = page.locator(`input.pagefind-ui__filter-checkbox[name="${name}"][value="${value}"]`);
  await box.waitFor({ state: "attached" });
  await box.evaluate((element) => {
    const group = element.closest("details");
    if (group) group.open = true;
  });
  await box.check();
}
