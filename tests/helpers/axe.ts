/** The accessibility checks the Chromium tests share: axe-core's findings and sideways scrolling, one line each. */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe-core's violations on the open page: "url: rule (impact) — its first three targets". */
export async function axeFindings(page: Page, url: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((violation) => `${url}: ${violation.id} (${violation.impact}) — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** "url: N px wider than the W px window" when the open page scrolls sideways; nothing when it fits. */
export async function overflowFindings(page: Page, url: string, width: number): Promise<string[]> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return overflow > 0 ? [`${url}: ${overflow} px wider than the ${width} px window`] : [];
}
