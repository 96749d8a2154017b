/** The bench's printed report: Markdown tables, so a run can be pasted into docs/performance.md as it is. Pure. */
import type { PageWeights } from "./page-weight.ts";
import type { SearchTransfer } from "./search-transfer.ts";
import type { Shape, ShapeTimes } from "./search-step-shapes.ts";
import { median } from "./measure.ts";

export interface StepFigures {
  label: string;
  /** Wall times of each run, ms. */
  runs: number[];
  peakRss: number;
  output?: { bytes: number; files: number };
  /** Why there are no figures (e.g. the tool is not installed). */
  absent?: string;
}

export interface BenchReport {
  notes: number;
  header: string[];
  ours?: StepFigures;
  eleventy?: StepFigures;
  pagefind?: StepFigures;
  hugo?: StepFigures;
  /** The naive pipeline on our own site: our pages built without the search step, then the Pagefind CLI on them. */
  naivePages?: StepFigures;
  naiveIndex?: StepFigures;
  devLoop?: StepFigures & { startMs: number };
  devSearch?: StepFigures;
  /** Each search shard built alone (the slowest of them), then the merge: a build spread over machines. */
  shardJob?: StepFigures;
  shardMerge?: StepFigures;
  /** The search step's possible shapes, each timed alone on (f)'s pages; or why they were not. */
  shapes?: { shape: Shape; label: string; runs: ShapeTimes[]; peakRss: number }[] | { absent: string };
  weights?: PageWeights;
  /** `/` of the shipped content (content/), HTML + CSS. */
  shippedHome?: number;
  search?: ({ word: string } & SearchTransfer) | { word: string; absent: string };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export function bytes(value: number): string {
  if (value < 1000) return `${value} B`;
  if (value < 1e6) return `${(value / 1e3).toFixed(1)} kB`;
  if (value < 1e9) return `${(value / 1e6).toFixed(1)} MB`;
  return `${(value / 1e9).toFixed(2)} GB`;
}
const count = (value: number) => value.toLocaleString("en-GB");

function stepRow(step: StepFigures | undefined): string | undefined {
  if (!step) return undefined;
  if (step.absent) return `| ${step.label} | — | ${step.absent} | — | — |`;
  const output = step.output ? `${bytes(step.output.bytes)} in ${count(step.output.files)} files` : "—";
  return `| ${step.label} | **${seconds(median(step.runs))}** | ${step.runs.map(seconds).join(", ")} | ${bytes(step.peakRss)} | ${output} |`;
}

/**
 * Pagefind alone on (f)'s pages, in each shape the search step could take: what it would add to
 * (f) after the last page depends on which part can run while Eleventy renders (docs/performance.md).
 */
function shapesTable(shapes: NonNullable<BenchReport["shapes"]>): string[] {
  const heading = "The search step's shapes, Pagefind alone on (f)'s searchable pages (read into memory first, not counted):";
  if (!Array.isArray(shapes)) return [heading, "", `— ${shapes.absent}`];
  const middle = (shape: (typeof shapes)[number], figure: keyof ShapeTimes) => seconds(median(shape.runs.map((times) => times[figure])));
  return [
    heading,
    "",
    "| shape | pages | adding | writing | in all (median) | runs | peak memory |",
    "|---|---|---|---|---|---|---|",
    ...shapes.map((shape) => `| ${shape.label} | ${count(shape.runs[0]?.pages ?? 0)} | ${middle(shape, "addMs")} | ${middle(shape, "writeMs")} | **${middle(shape, "totalMs")}** | ${shape.runs.map((times) => seconds(times.totalMs)).join(", ")} | ${bytes(shape.peakRss)} |`),
  ];
}

/** ours ÷ the sum of the others' medians, or undefined when a step was not run. */
function ratioOf(ours: StepFigures | undefined, ...others: (StepFigures | undefined)[]): { value: number; text: string } | undefined {
  if (!ours || ours.absent || others.some((other) => !other || other.absent)) return undefined;
  const total = others.reduce((sum, other) => sum + median(other!.runs), 0);
  const value = median(ours.runs) / total;
  return { value, text: `${value.toFixed(2)} (${seconds(median(ours.runs))} ÷ ${seconds(total)})` };
}

const verdict = (ok: boolean) => (ok ? "met at this size" : "**not met** at this size");

/** A ratio's row: its value, and the target with whether this run meets it. */
function ratioRow(label: string, ratio: { value: number; text: string } | undefined, target: string, limit: number): string {
  if (!ratio) return `| ${label} | — (a step was not run) | ${target} |`;
  return `| ${label} | ${ratio.text} | ${target}: ${verdict(ratio.value <= limit)} |`;
}

export function formatReport(report: BenchReport): string {
  const { ours, eleventy, pagefind, hugo, naivePages, naiveIndex, devLoop, devSearch, shardJob, shardMerge, weights, search, notes } = report;
  const lines = [
    ...report.header,
    "",
    "| step | median | runs | peak memory | output |",
    "|---|---|---|---|---|",
    ...[ours, eleventy, pagefind, hugo, devLoop, devSearch, naivePages, naiveIndex, shardJob, shardMerge].map(stepRow).filter((row): row is string => row !== undefined),
  ];
  if (devLoop && !devLoop.absent) lines.push("", `Dev server: first build and watching after ${seconds(devLoop.startMs)}.`);
  if (report.shapes) lines.push("", ...shapesTable(report.shapes));

  // Issue 18's targets: the dev loop under 0.2 s at 1,000 notes and 1 s at 10,000.
  const devTarget = notes <= 1000 ? 200 : 1000;
  lines.push(
    "",
    "| measure | value | target |",
    "|---|---|---|",
    ratioRow("ours ÷ ((f) + (g)), the naive pipeline on our own pages", ratioOf(ours, naivePages, naiveIndex), "≤ 0.75: the one pipeline beats the two tools one after the other on the same pages", 0.75),
    ratioRow("ours ÷ (Hugo + Pagefind CLI)", ratioOf(ours, hugo, pagefind), "towards ≤ 1.0", 1),
    ratioRow("ours ÷ (bare Eleventy + Pagefind CLI)", ratioOf(ours, eleventy, pagefind), "< 1.0", 1),
  );
  if (ours && !ours.absent) lines.push(`| peak memory of the build | ${bytes(ours.peakRss)} | < 2 GB at 10,000 notes: ${verdict(ours.peakRss < 2e9)} |`);
  if (shardJob && shardMerge) {
    const matrix = median(shardJob.runs) + median(shardMerge.runs);
    lines.push(
      `| the shards as jobs side by side: the slowest shard + the merge | ${seconds(matrix)}${ours && !ours.absent ? ` (${(matrix / median(ours.runs)).toFixed(2)} × ours)` : ""}; peak ${bytes(shardJob.peakRss)} a job | — (past one machine) |`,
    );
  }
  if (devLoop && !devLoop.absent) {
    lines.push(`| dev loop (edit → note page and timeline page) | ${seconds(median(devLoop.runs))} | < ${seconds(devTarget)} at ${count(notes <= 1000 ? 1000 : 10_000)} notes: ${verdict(median(devLoop.runs) < devTarget)} |`);
  }
  if (weights) {
    lines.push(
      `| HTML pages | ${count(weights.htmlPages)} | — |`,
      `| largest timeline page (HTML) | ${bytes(weights.largestTimelinePage.bytes)} (${weights.largestTimelinePage.page}, ${count(weights.timelinePageCount)} timeline page${weights.timelinePageCount === 1 ? "" : "s"}) | ≤ 100 kB: ${verdict(weights.largestTimelinePage.bytes <= 100_000)} |`,
      `| \`/\` HTML + CSS | ${bytes(weights.homeWithCss)} here${report.shippedHome ? `; ${bytes(report.shippedHome)} for the shipped content` : ""} | < 60 kB for the shipped content${report.shippedHome ? `: ${verdict(report.shippedHome < 60_000)}` : ""} |`,
      `| largest page (HTML) | ${bytes(weights.largestPage.bytes)} (${weights.largestPage.page}) | — |`,
      `| pages with JavaScript besides /search/ | ${weights.pagesWithScript.length === 0 ? "none" : `${count(weights.pagesWithScript.length)}, e.g. ${weights.pagesWithScript.slice(0, 3).join(", ")}`} | none: ${verdict(weights.pagesWithScript.length === 0)} |`,
      `| search bundle (pagefind/) | ${bytes(weights.searchBundleBytes)} | — |`,
    );
  }
  if (search && "absent" in search) lines.push(`| first search for "${search.word}" (Chromium) | — ${search.absent} | ≤ 150 kB at 10,000 notes |`);
  else if (search) {
    const named = (entries: { url: string; bytes: number }[]) => entries.map((entry) => `${entry.url.replace(/^\/pagefind\//, "").replace(/_[0-9a-f]{7,}/, "_…")} ${bytes(entry.bytes)}`).join(", ");
    const largest = named(search.largest);
    const pageLargest = named(search.pageLargest);
    lines.push(
      // Everything the page fetches for it, JS included: the search page loads Pagefind (wasm, index meta) before the first word.
      `| first search for "${search.word}" (Chromium) | ${bytes(search.pageBytes + search.searchBytes)} for ${search.results} results, page and search together (the page ${bytes(search.pageBytes)}, largest: ${pageLargest}; the search ${bytes(search.searchBytes)}, largest: ${largest}) | ≤ 150 kB at 10,000 notes: ${verdict(search.pageBytes + search.searchBytes <= 150_000)} |`,
    );
  }
  return lines.join("\n");
}
