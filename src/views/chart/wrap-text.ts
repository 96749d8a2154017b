/**
 * A title broken into lines no wider than a width, by words, so that a label shows it whole. Widths
 * are estimates (layout/boxes.ts): the build has no browser to measure text.
 */
import { textWidth } from "../layout/boxes.ts";

/** `text` as lines of at most `width` px at `size` px; a word longer than a line is broken within it (a hostile title may have no spaces). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, size) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the line is cut into pieces that fit, character by character.
    while (textWidth(line, size) > width && line.length > 1) {
      let cut = 1;
      const chars = [...line];
      while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(""), size) <= width) cut++;
      lines.push(chars.slice(0, cut).join(""));
      line = chars.slice(cut).join("");
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** The widest of the lines, in px. */
export const linesWidth = (lines: readonly string[], size: number) => Math.max(0, ...lines.map((line) => textWidth(line, size)));
