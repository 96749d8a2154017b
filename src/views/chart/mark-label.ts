/**
 * A mark's label, shared by the wide chart and the phone's column: the incident's number in a badge,
 * then its whole title wrapped into lines beside it. Boxes are estimates with a margin, for placing
 * labels apart and routing arrows around them.
 */
import { box, round1, type Badge } from "../layout/boxes.ts";
import type { ChartLabel } from "./chart-view.ts";
import { linesWidth, wrapText } from "./wrap-text.ts";

export const LABEL_SIZE = 11;
export const LINE_HEIGHT = 13;
export const BADGE_HEIGHT = 16;
const BADGE_TO_TEXT = 4;
/** Estimated widths run up to a tenth short in DejaVu Sans, the widest common sans-serif (measured in Chromium): lines are wrapped with room to spare. */
const WIDTH_MARGIN = 1.15;

export const badgeWidth = (number: number) => 10 + 6.5 * String(number).length;

/** Height of a label of `lines` lines: the badge, or the lines and their descenders. */
export const labelHeight = (lines: number) => Math.max(BADGE_HEIGHT, lines * LINE_HEIGHT + 2);

/**
 * The badge and label of incident `number` with its top at `top`. On side "right" the badge's left
 * edge is at `edge` and the lines follow it; on side "left" the badge's right edge is at `edge` and
 * the lines end before it. `width` is the room for badge and lines together.
 */
export function placeLabel(number: number, title: string, atEdge: number, atTop: number, width: number, side: "right" | "left"): { badge: Badge; label: ChartLabel } {
  // Whole pixels: a label needs no finer place, and a page of charts is lighter for it.
  const edge = Math.round(atEdge);
  const top = Math.round(atTop);
  const bw = badgeWidth(number);
  const lines = wrapText(title, Math.max(width - bw - BADGE_TO_TEXT, 4 * LABEL_SIZE) / WIDTH_MARGIN, LABEL_SIZE);
  const textWidthPx = linesWidth(lines, LABEL_SIZE) * WIDTH_MARGIN;
  const badgeX = side === "right" ? edge : edge - bw;
  const textX = side === "right" ? badgeX + bw + BADGE_TO_TEXT : badgeX - BADGE_TO_TEXT;
  const height = labelHeight(lines.length);
  const badge = { x: badgeX, y: top, width: bw, height: BADGE_HEIGHT, textX: badgeX + bw / 2, textY: top + 12 };
  const x0 = side === "right" ? badgeX : textX - textWidthPx;
  const x1 = side === "right" ? textX + textWidthPx : badgeX + bw;
  return {
    badge,
    label: { x: textX, y: top + 12, anchor: side === "right" ? "start" : "end", lines, lineHeight: LINE_HEIGHT, box: box(round1(x0), round1(top), round1(x1 - x0), height) },
  };
}
