/** Reading without a mouse and without JavaScript: skip link, visible focus, every incident reachable, every page complete. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";

let browser: Browser;
let server: StaticServer;

before(async () => {
  browser = await launchBrowser();
  server = await serveStatic(await buildToTemp(SHIPPED_CONTENT));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("a keyboard reaches the skip link first, sees focus, and reaches every incident on the timeline", async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute("href") }));
  assert.deepEqual(first, { text: "Skip to content", href: "#main" });
  const skipLinkBox = await page.locator(".skip-link").boundingBox();
  assert.ok(skipLinkBox && skipLinkBox.y >= 0, "the skip link is on screen when focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");

  const incidentLinks = await page.locator("main .incident h3 a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  assert.equal(incidentLinks.length, 11);
  const reached = new Set<string>();
  for (let presses = 0; presses < 200 && reached.size < incidentLinks.length; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return undefined;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      // A link inside an SVG view shows focus by a thicker stroke on its shape instead of an outline.
      const stroked = [...element.querySelectorAll("rect, circle, path")].some((shape) => parseFloat(getComputedStyle(shape).strokeWidth) >= 3);
      return { href: element.getAttribute("href"), outline: outlined || stroked, where: `<${element.tagName.toLowerCase()}>${element.closest("svg") ? " in an svg" : ""}` };
    });
    if (!focused?.href) continue;
    assert.ok(focused.outline, `focus is visible on ${focused.href} (${focused.where})`);
    if (incidentLinks.includes(focused.href)) reached.add(focused.href);
  }
  assert.equal(reached.size, incidentLinks.length, "every incident is reachable with Tab");
  await page.close();
});

test("with JavaScript off, the timeline, incidents, sources and listings are complete", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.equal(await page.locator("main .incident").count(), 11);
  assert.equal(await page.locator("main section.day").count(), 3);

  await page.goto(`${server.url}incidents/2023-03-24-rocket-attack-green-village/`);
  assert.match(await page.locator("main").innerText(), /What the sources say/);
  assert.equal(await page.locator("main section.claim").count(), 4);

  await page.goto(`${server.url}sources/2023-03-25-rockets-after-retaliatory-strikes/`);
  assert.match(await page.locator("main").innerText(), /seven rockets targeting the base/);

  for (const [url, count] of [["places/al-omar/", 2], ["kinds/strike/", 1], ["sources/", 10]] as const) {
    await page.goto(`${server.url}${url}`);
    assert.equal(await page.locator("main li > article, main ul.listing > li").count(), count, url);
  }
  await context.close();
});
