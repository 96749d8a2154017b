/**
 * Every page type in Chromium: no request fails (the favicon included: browsers ask for one on every
 * page), and each carries its link card — Open Graph and Twitter tags with its own title and the
 * preview image, absolute when the site's address is known (SITE_URL).
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildToTemp, SHIPPED_CONTENT } from "../helpers/build.ts";
import { launchBrowser, serveStatic, type StaticServer } from "../helpers/browser.ts";
import { SHIPPED_PAGE_TYPES } from "../helpers/page-types.ts";

const SITE_URL = "https://briefing.example.org/";
const PAGES = SHIPPED_PAGE_TYPES;

let browser: Browser;
let server: StaticServer;

before(async () => {
  process.env.SITE_URL = SITE_URL;
  browser = await launchBrowser();
  server = await serveStatic(await buildToTemp(SHIPPED_CONTENT));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("no page type has a failed request, a favicon included", async () => {
  const failures: string[] = [];
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on("requestfailed", (request) => failures.push(`${page.url()}: ${request.url()} failed (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    const own = response.url().endsWith("/404.html");
    if (response.status() >= 400 && !own) failures.push(`${page.url()}: ${response.url()} answered ${response.status()}`);
  });
  let favicons = 0;
  page.on("request", (request) => void (/favicon/.test(request.url()) && favicons++));
  for (const url of PAGES) {
    await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: "networkidle" });
  }
  await page.close();
  assert.deepEqual(failures, []);
  assert.ok(favicons > 0, "Chromium never asked for the favicon the pages name");
});

test("every page type has Open Graph and Twitter tags: its own title and description, absolute addresses, the preview image", async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const titles = new Set<string>();
  for (const url of PAGES.filter((url) => url !== "/404.html")) {
    await page.goto(new URL(url.slice(1), server.url).href);
    // NOTE: no named function inside evaluate: tsx would wrap it in a helper the page does not have.
    const keys = ["description", "og:title", "og:description", "og:url", "og:image", "og:image:alt", "twitter:card", "twitter:image"];
    const tags = await page.evaluate((names) => Object.fromEntries(names.map((key) => [key, document.head.querySelector<HTMLMetaElement>(`meta[property="${key}"], meta[name="${key}"]`)?.content])), keys);
    const card = {
      title: await page.title(),
      description: tags["description"],
      ogTitle: tags["og:title"],
      ogDescription: tags["og:description"],
      ogUrl: tags["og:url"],
      ogImage: tags["og:image"],
      twitterCard: tags["twitter:card"],
      twitterImage: tags["twitter:image"],
      imageAlt: tags["og:image:alt"],
    };
    if (card.ogTitle !== card.title) problems.push(`${url}: og:title "${card.ogTitle}" is not the page's title "${card.title}"`);
    if (card.ogDescription !== card.description) problems.push(`${url}: og:description differs from the description`);
    if (card.ogUrl !== new URL(url.slice(1).replace(/\?.*$/, ""), SITE_URL).href) problems.push(`${url}: og:url is ${card.ogUrl}`);
    if (card.ogImage !== `${SITE_URL}assets/social-card.png` || card.twitterImage !== card.ogImage) problems.push(`${url}: image ${card.ogImage} / ${card.twitterImage}`);
    if (card.twitterCard !== "summary_large_image") problems.push(`${url}: twitter:card ${card.twitterCard}`);
    if (!card.imageAlt?.includes("11 incidents")) problems.push(`${url}: image alt "${card.imageAlt}"`);
    titles.add(card.ogTitle ?? "");
  }
  await page.close();
  assert.deepEqual(problems, []);
  assert.ok(titles.size > PAGES.length / 2, "pages share one title in their cards");
});

test("the preview image is a PNG of 1200 by 630 pixels that shows in Chromium", async () => {
  const response = await fetch(new URL("assets/social-card.png", server.url));
  assert.equal(response.status, 200);
  const png = Buffer.from(await response.arrayBuffer());
  assert.equal(png.readUInt32BE(16), 1200);
  assert.equal(png.readUInt32BE(20), 630);
  const page = await browser.newPage();
  await page.goto(server.url);
  const size = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, new URL("assets/social-card.png", server.url).href);
  assert.deepEqual(size, [1200, 630]);
  await page.close();
});
