/**
 * Link-card tags (Open Graph, Twitter) for a rendered page, from the page's own <title> and
 * description, so that every page type has them without repeating its title in a second block. Pure.
 */

export interface SocialPage {
  /** The page's address as a reader would share it (absolute with SITE_URL, root-relative without). */
  url: string;
  /** The preview image's address, likewise. */
  image: string;
  imageAlt: string;
  siteName: string;
}

// NOTE: our own templates write these two tags, escaped, once each in the head.
const TITLE = /<title>([^<]*)<\/title>/;
const DESCRIPTION = /<meta name="description" content="([^"]*)">/;

const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page with its card tags after the description; a page without a <title> (not one of ours) is left as it is. */
export function withSocialTags(html: string, page: SocialPage): string {
  const title = TITLE.exec(html)?.[1];
  const description = DESCRIPTION.exec(html);
  if (title === undefined || !description) return html;
  // Title and description are already escaped for HTML (autoescape), so they go in as they are.
  const tags = [
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${attribute(page.siteName)}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description[1]}">`,
    `<meta property="og:url" content="${attribute(page.url)}">`,
    `<meta property="og:image" content="${attribute(page.image)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${attribute(page.imageAlt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:title" content="${title}">`,
    `<meta name="twitter:description" content="${description[1]}">`,
    `<meta name="twitter:image" content="${attribute(page.image)}">`,
    `<meta name="twitter:image:alt" content="${attribute(page.imageAlt)}">`,
  ];
  const at = description.index + description[0].length;
  return `${html.slice(0, at)}${tags.join("")}${html.slice(at)}`;
}
