/**
 * Link cards for every page: Open Graph and Twitter tags in each page's head (social-tags.ts) and
 * the preview image they name, drawn from the site's data at build (social-card.ts, render-png.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { siteUrls } from "../exports/site-urls.ts";
import type { SiteData } from "../site/site-data.ts";
import { plural } from "../site/plural.ts";
import { renderPng } from "./render-png.ts";
import { socialCardSvg, type CardData } from "./social-card.ts";
import { withSocialTags } from "./social-tags.ts";

export const CARD_PATH = "/assets/social-card.png";

// Eleventy's config, as far as this plugin uses it.
interface SocialConfig {
  pathPrefix?: string;
  addTransform(name: string, transform: (this: { page: { url: string | false; outputPath: string | false } }, content: string) => string): void;
  on(event: "eleventy.after", handler: (args: { directories: { output: string } }) => unknown): void;
}

export interface SocialOptions {
  /** The site data of the build under way (undefined before it is read, or when the notes are invalid). */
  siteData(): SiteData | undefined;
  /** Where the site is served (default: SITE_URL): addresses in the tags are absolute with it. */
  siteUrl?: string;
}

/** What the card says: the site's title and description, and its incidents' count, span and disputes. */
export function cardData(data: SiteData): CardData {
  // Only the first and last day are shown: formatting every day cost the dev server tens of ms per save at 10,000 notes.
  const day = (group: { day: string }) => DateTime.fromISO(group.day).toFormat("d LLLL yyyy");
  const [first, last] = [data.days.at(0), data.days.at(-1)];
  const span = !first || !last ? "" : first === last ? `, ${day(first)}` : `, ${day(first)} to ${day(last)}`;
  const disputed = data.disputedCount > 0 ? `; the sources disagree on ${data.disputedCount}` : "";
  return {
    title: data.site.title,
    description: data.site.description,
    facts: `${plural(data.incidents.length, "incident")}${span}${disputed}`,
    incidents: data.incidents.map((incident) => ({ instant: Date.parse(incident.instant), kind: incident.kind, disputed: incident.disputed })),
  };
}

export function socialPlugin(eleventyConfig: SocialConfig, options: SocialOptions): void {
  const siteUrl = options.siteUrl ?? (process.env.SITE_URL || undefined);
  const urls = () => siteUrls({ pathPrefix: eleventyConfig.pathPrefix, siteUrl });
  // NOTE: worked out once per build's data, not once per page: it walks every incident.
  const cards = new WeakMap<SiteData, CardData>();
  const cardOf = (data: SiteData) => {
    let card = cards.get(data);
    if (!card) cards.set(data, (card = cardData(data)));
    return card;
  };

  eleventyConfig.addTransform("socialTags", function (content) {
    const { url, outputPath } = this.page;
    const data = options.siteData();
    if (typeof outputPath !== "string" || !outputPath.endsWith(".html") || url === false || !data) return content;
    const to = urls().to;
    return withSocialTags(content, {
      url: to(url),
      image: to(CARD_PATH),
      imageAlt: `${data.site.title}: ${cardOf(data).facts}.`,
      siteName: data.site.title,
    });
  });

  // The dev server builds again after each save: the image is drawn again only when what it shows changed.
  let written: { svg: string; output: string } | undefined;
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const data = options.siteData();
    if (!data) return;
    const svg = socialCardSvg(cardOf(data));
    if (written?.svg === svg && written.output === directories.output) return;
    const file = path.join(directories.output, CARD_PATH);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderPng(svg));
    written = { svg, output: directories.output };
  });
}
