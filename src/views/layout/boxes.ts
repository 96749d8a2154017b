/** Axis-aligned boxes and text-width estimates for laying out labels in SVG at build time (no browser to measure text). */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const box = (x: number, y: number, width: number, height: number): Box => ({ x0: x, y0: y, x1: x + width, y1: y + height });

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of `a` lies outside `bounds`. */
export function outsideArea(a: Box, bounds: Box): number {
  const area = (a.x1 - a.x0) * (a.y1 - a.y0);
  return area - overlapArea(a, bounds);
}

// Rough advance widths of a sans-serif font, in ems. Estimates only: labels keep a margin.
const NARROW = new Set("iljt.,:;'|!()[] fr-");
const WIDE = new Set("mwMW@%");

/** Estimated width of `text` in a sans-serif font of `size` px; `caps` for upper-cased, letter-spaced labels. */
export function textWidth(text: string, size: number, options: { caps?: boolean; letterSpacing?: number; bold?: boolean } = {}): number {
  let ems = 0;
  for (const char of options.caps ? text.toUpperCase() : text) {
    if (NARROW.has(char)) ems += 0.3;
    else if (WIDE.has(char)) ems += 0.85;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else if (/[0-9]/.test(char)) ems += 0.56;
    else ems += 0.58;
  }
  return ems * size * (options.bold ? 1.1 : 1) + (options.letterSpacing ?? 0) * size * text.length;
}

/** Rounds for SVG output: short numbers, stable bytes. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** A numbered badge (an incident's number on a map or chart): its box, and where its number is written. */
export interface Badge {
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  textY: number;
}
