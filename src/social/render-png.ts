/**
 * SVG to PNG with resvg (a well-kept Rust renderer, prebuilt for Node), with the DejaVu fonts
 * bundled from npm rather than the machine's: the same bytes on every machine, fonts or none.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(FONT_DIR, file));

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    // NOTE: nothing outside the SVG is ever fetched: the card's text is note content.
    imageRendering: 0,
  });
  return resvg.render().asPng();
}
