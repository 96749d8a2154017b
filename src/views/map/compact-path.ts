/**
 * SVG path data as short as the map needs: each point rounded to a grid of 10^-digits px, written
 * relative to the one before, and dropped when it falls on the same spot. Natural Earth's 1:50m
 * borders drawn 480 px wide repeat many points per pixel; this halves the bytes of a map.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";

class PathRecorder {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private start: [number, number] = [0, 0];
  private pending = false;
  private last: "M" | "m" | "l" | "z" = "z";
  private lastHadDecimal = false;
  constructor(private readonly scale: number) {}

  private step(command: "m" | "l", px: number, py: number): void {
    const x = Math.round(px * this.scale);
    const y = Math.round(py * this.scale);
    if (command === "l" && x === this.x && y === this.y) return;
    const dx = (x - this.x) / this.scale;
    const dy = (y - this.y) / this.scale;
    const text = (n: number) => String(n).replace(/^(-?)0\./, "$1.");
    // The first move is absolute; later ones relative to the current point, like every line. A line
    // after a relative move or line needs no letter (SVG repeats it), only a space before a positive number.
    // "0.5" is written ".5"; a number starting with "-", or with "." after a decimal one, needs no space before it.
    const first = text(dx);
    const second = text(dy);
    const joins = (before: boolean, number: string) => number.startsWith("-") || (before && number.startsWith("."));
    const repeated = command === "l" && (this.last === "l" || this.last === "m");
    const letter = this.parts.length === 0 ? "M" : repeated ? (joins(this.lastHadDecimal, first) ? "" : " ") : command;
    const gap = joins(first.includes("."), second) ? "" : " ";
    this.parts.push(`${letter}${first}${gap}${second}`);
    this.last = this.parts.length === 1 ? "M" : command;
    this.lastHadDecimal = second.includes(".");
    this.x = x;
    this.y = y;
    if (command === "m") this.start = [x, y];
    this.pending = true;
  }
  moveTo(x: number, y: number): void {
    this.step("m", x, y);
  }
  lineTo(x: number, y: number): void {
    this.step("l", x, y);
  }
  closePath(): void {
    if (!this.pending) return;
    this.parts.push("z");
    this.last = "z";
    // NOTE: after z the current point is the start of the subpath, as SVG defines it.
    [this.x, this.y] = this.start;
    this.pending = false;
  }
  arc(): void {
    // Only areas and lines are drawn through this recorder; points are drawn by the template.
  }
  result(): string {
    return this.parts.join("");
  }
}

/** Path data of `object` under `projection`, rounded to `digits` decimals (0: whole pixels). */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, digits = 0): string {
  const recorder = new PathRecorder(10 ** digits);
  geoPath(projection, recorder as unknown as CanvasRenderingContext2D)(object);
  return recorder.result();
}
