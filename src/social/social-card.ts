/**
 * The site's preview image for link cards (Open Graph, Twitter): its title, what it covers, and
 * its incidents as dots along their days, coloured by kind. Drawn as SVG here, rendered to PNG by
 * render-png.ts. Pure.
 */
import { escapeXml } from "../exports/escape.ts";
import { textWidth } from "../views/layout/boxes.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardIncident {
  /** Milliseconds since the epoch: where the dot sits on the strip. */
  instant: number;
  kind: string;
  disputed: boolean;
}

export interface CardData {
  title: string;
  description: string;
  /** "11 incidents, 23 to 25 March 2023; the sources disagree on 3" */
  facts: string;
  incidents: CardIncident[];
}

// The site's light palette (templates/assets/style.css): the card is one image for every reader.
const COLOURS = { bg: "#fdfdfc", text: "#1b1b1f", muted: "#55565e", line: "#d3d3cf", accent: "#a3260f" };
const KIND_COLOURS: Record<string, string> = { attack: "#c0392b", strike: "#7d3cbf", statement: "#1f7a8c", assessment: "#8a6d1d" };
const MARGIN = 72;
// NOTE: textWidth estimates a typical sans; DejaVu Sans, the card's font, sets about this much wider.
const DEJAVU_WIDER = 1.16;
const measure = (text: string, size: number, bold: boolean) => textWidth(text, size, { bold }) * DEJAVU_WIDER;

/** Breaks text into at most `maxLines` lines of at most `width` px, the last ending "…" when cut. */
export function wrapText(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const candidate = line ? `${line} ${words[index]}` : words[index];
    if (measure(candidate, size, bold) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[index];
    if (lines.length === maxLines) {
      // No room for the rest: the last line says so.
      const last = lines.pop()!;
      let cut = last;
      while (cut.includes(" ") && measure(`${cut}…`, size, bold) > width) cut = cut.slice(0, cut.lastIndexOf(" "));
      lines.push(`${cut}…`);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const textLines = (lines: string[], x: number, y: number, size: number, lineHeight: number, attributes: string) =>
  lines.map((line, index) => `<text x="${x}" y="${y + index * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`).join("");

export function socialCardSvg(card: CardData): string {
  const width = CARD_WIDTH - 2 * MARGIN;
  const title = wrapText(card.title, 64, width, 2, true);
  const titleTop = 130;
  const descriptionTop = titleTop + title.length * 76 + 20;
  const description = wrapText(card.description, 30, width, 3);
  const strip = incidentStrip(card.incidents, MARGIN, CARD_HEIGHT - 150, width);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.bg}"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>`,
    textLines(title, MARGIN, titleTop, 64, 76, `font-weight="700" fill="${COLOURS.text}"`),
    textLines(description, MARGIN, descriptionTop, 30, 42, `fill="${COLOURS.muted}"`),
    strip,
    textLines(wrapText(card.facts, 26, width, 2), MARGIN, CARD_HEIGHT - 80, 26, 34, `fill="${COLOURS.text}"`),
    "</svg>",
  ].join("");
}

/** The incidents as dots on a line from the first to the last; disputed ones ringed in the dispute colour. */
function incidentStrip(incidents: CardIncident[], x: number, y: number, width: number): string {
  if (incidents.length === 0) return "";
  const first = Math.min(...incidents.map((incident) => incident.instant));
  const last = Math.max(...incidents.map((incident) => incident.instant));
  const at = (instant: number) => (last === first ? x + width / 2 : x + ((instant - first) / (last - first)) * width);
  const dots = incidents.map((incident) => {
    const cx = at(incident.instant).toFixed(1);
    const ring = incident.disputed ? ` stroke="${COLOURS.accent}" stroke-width="4"` : ` stroke="${COLOURS.bg}" stroke-width="3"`;
    return `<circle cx="${cx}" cy="${y}" r="13" fill="${KIND_COLOURS[incident.kind] ?? COLOURS.muted}"${ring}/>`;
  });
  return `<line x1="${x}" y1="${y}" x2="${x + width}" y2="${y}" stroke="${COLOURS.line}" stroke-width="4"/>${dots.join("")}`;
}
