/**
 * `npm run bench -- --notes 1000`: generates synthetic notes (fixed seed) into a temporary content
 * folder, then times side by side, in one run: (a) our production build, (b) bare Eleventy on the
 * same notes, (c) the Pagefind CLI on (b)'s output, (d) Hugo if installed, (e) the dev loop, and the
 * naive pipeline on our own site: (f) our pages without the search step, (g) the Pagefind CLI on them. Prints
 * medians, peak memory, output sizes, the ratios and page weights as Markdown tables.
 * See docs/performance.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setUpBareEleventy, setUpHugo } from "./baselines.ts";
import { measureDevLoop } from "./dev-loop.ts";
import { DEFAULT_PLACE_COUNT, generateNotes } from "./generate-notes.ts";
import { folderSize, onPath, runMeasured, type RunResult } from "./measure.ts";
import { measurePageWeights } from "./page-weight.ts";
import { measureSearchTransfer } from "./search-transfer.ts";
import { SHAPES, type Shape, type ShapeTimes } from "./search-step-shapes.ts";
import { formatReport, seconds, type BenchReport, type StepFigures } from "./report.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const STEPS = ["ours", "eleventy", "pagefind", "hugo", "dev", "search", "naive", "shapes", "shards"] as const;
type Step = (typeof STEPS)[number];

const USAGE = [
  `npm run bench -- [--notes 1000] [--sources N] [--places ${DEFAULT_PLACE_COUNT}] [--runs 3] [--seed 1] [--steps ${STEPS.join(",")}] [--search-word attack] [--shards 4] [--dir /dev/shm] [--keep]`,
  "  --sources N   how many sources the notes cite (default one per five notes, at least 5); few make each cited by many notes",
  `  --places N    how many places the notes are at (default ${DEFAULT_PLACE_COUNT})`,
  "  --shards N    step shards: the search shards each built alone, then merged, as the jobs of a CI matrix (default 4)",
].join("\n");

/** A whole number of at least 1 (checked as --notes and --runs are), undefined when the option was left out, NaN when it is not one. */
const count = (value: string | undefined) => (value === undefined ? undefined : Number.isInteger(Number(value)) && Number(value) >= 1 ? Number(value) : Number.NaN);

function options() {
  const { values } = parseArgs({
    options: {
      notes: { type: "string", default: "1000" },
      sources: { type: "string" },
      places: { type: "string" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "1" },
      steps: { type: "string", default: STEPS.join(",") },
      // PITFALLS: tens of thousands of files on the disk here are slow and drift; memory-backed /dev/shm does not.
      dir: { type: "string", default: existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir() },
      keep: { type: "boolean", default: false },
      "search-word": { type: "string", default: "attack" },
      shards: { type: "string", default: "4" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  const notes = Number(values.notes);
  const runs = Number(values.runs);
  const steps = values.steps.split(",").map((step) => step.trim()) as Step[];
  const unknown = steps.filter((step) => !STEPS.includes(step));
  const sources = count(values.sources);
  const places = count(values.places);
  const shards = count(values.shards);
  const invalid = [
    ...(Number.isNaN(sources) ? [`--sources must be a whole number of at least 1 (got ${JSON.stringify(values.sources)}).`] : []),
    ...(Number.isNaN(places) ? [`--places must be a whole number of at least 1 (got ${JSON.stringify(values.places)}).`] : []),
    ...(Number.isNaN(shards) ? [`--shards must be a whole number of at least 1 (got ${JSON.stringify(values.shards)}).`] : []),
  ];
  if (values.help || !Number.isInteger(notes) || notes < 1 || !Number.isInteger(runs) || runs < 1 || unknown.length > 0 || invalid.length > 0) {
    if (unknown.length > 0) console.error(`Unknown step ${unknown.join(", ")}; expected some of ${STEPS.join(", ")}.`);
    for (const line of invalid) console.error(line);
    console.error(`Usage: ${USAGE}`);
    process.exit(values.help ? 0 : 1);
  }
  return { notes, sources, places, runs, seed: Number(values.seed), steps: new Set(steps), dir: values.dir, keep: values.keep, searchWord: values["search-word"], shards: shards! };
}

function succeeded(what: string, result: RunResult): RunResult {
  if (result.exitCode !== 0) throw new Error(`${what} exited with ${result.exitCode}:\n${result.output.slice(-4000)}`);
  return result;
}

function toolVersion(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim().split("\n")[0];
  } catch {
    return "unknown version";
  }
}

/** An average, rounded to a whole number. */
const perEach = (total: number, over: number) => Math.round(total / over).toLocaleString("en-GB");

async function main(): Promise<void> {
  const { notes, sources, places, runs, seed, steps, dir, keep, searchWord, shards } = options();
  const work = await mkdtemp(path.join(dir, "briefing-bench-"));
  const progress = (line: string) => console.error(`[bench] ${line}`);
  try {
    const content = path.join(work, "content");
    const generatedAt = performance.now();
    const generated = await generateNotes(content, { notes, seed, sources, places });
    const contentSize = await folderSize(content);
    progress(`generated ${notes} notes, ${generated.sources} sources, ${generated.places} places in ${seconds(performance.now() - generatedAt)} (${content})`);
    const incidents = path.join(content, "incidents");
    const bare = await setUpBareEleventy(path.join(work, "bare-eleventy"), incidents, PROJECT_ROOT);
    const hugoPath = onPath("hugo");
    const hugo = hugoPath ? await setUpHugo(path.join(work, "hugo"), incidents, "Asia/Damascus") : undefined;
    const ourOutput = path.join(work, "ours");
    const naiveOutput = path.join(work, "naive");
    const pagefindBin = path.join(PROJECT_ROOT, "node_modules/.bin/pagefind");

    const [load1] = os.loadavg();
    const report: BenchReport = {
      notes,
      header: [
        `## Benchmark: ${notes.toLocaleString("en-GB")} notes (+ ${generated.sources} sources${sources ? " (--sources)" : ""}, ${generated.places} places${places ? " (--places)" : ""}: ` +
          `${perEach(generated.citations, generated.sources)} citing notes a source, ${perEach(notes, generated.places)} notes a place; ${(contentSize.bytes / 1e6).toFixed(1)} MB of Markdown), seed ${seed}, ${runs} run${runs > 1 ? "s" : ""}`,
        "",
        `Node ${process.version}, ${os.cpus().length} CPUs, ${(os.totalmem() / 1e9).toFixed(0)} GB RAM, load average ${load1.toFixed(2)} at the start; files in ${dir}.` +
          ` Hugo: ${hugoPath ? toolVersion("hugo", ["version"]) : "not installed"}.`,
      ],
    };
    const figures = (label: string): StepFigures => ({ label, runs: [], peakRss: 0 });
    const record = (step: StepFigures, result: RunResult) => {
      step.runs.push(result.ms);
      step.peakRss = Math.max(step.peakRss, result.peakRss);
    };
    if (steps.has("ours")) report.ours = figures("(a) ours: `npm run build` (validation + pages + search index)");
    if (steps.has("eleventy")) report.eleventy = figures("(b) bare Eleventy: 1 page per note + 1 index, minimal layout");
    if (steps.has("pagefind")) report.pagefind = figures("(c) Pagefind CLI on (b)'s output");
    if (steps.has("naive")) {
      report.naivePages = figures("(f) our build without the search step: the same pages as (a)");
      report.naiveIndex = figures("(g) Pagefind CLI on (f)'s output");
    }
    if (steps.has("shapes")) {
      report.shapes = steps.has("naive")
        ? Object.entries(SHAPES).map(([shape, label]) => ({ shape: shape as Shape, label, runs: [], peakRss: 0 }))
        : { absent: "needs step naive, whose pages it indexes" };
    }
    // Every page a source or an incident: shards of equal runs of them (src/search/shard-job.ts).
    const shardPages = Math.ceil((notes + generated.sources) / shards);
    if (steps.has("shards")) {
      report.shardJob = figures(`(h) one search shard alone: \`build --search-shard-pages ${shardPages} --search-shard K\`, the slowest of ${shards} (shard 1 also renders every page not searched)`);
      report.shardMerge = figures(`(i) \`merge-shards\` of the ${shards} shards' builds`);
    }
    if (steps.has("hugo")) report.hugo = hugo ? figures("(d) Hugo: the same notes, the same two templates") : { ...figures("(d) Hugo"), absent: "`hugo` is not on PATH (Debian: `apt-get install hugo`); the bench installs nothing" };

    // Steps alternate within each run, so a drift of the machine touches every tool alike.
    for (let run = 1; run <= runs; run++) {
      if (report.ours) {
        await rm(ourOutput, { recursive: true, force: true });
        const result = succeeded("our build", await runMeasured(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/main.ts"), "build", "--content", content, "--output", ourOutput], PROJECT_ROOT));
        record(report.ours, result);
        progress(`run ${run}: ours ${seconds(result.ms)}`);
      }
      if (report.naivePages && report.naiveIndex) {
        // The same pages as (a), indexed the plain way: Eleventy first, then the Pagefind CLI reading its output.
        await rm(naiveOutput, { recursive: true, force: true });
        const pages = succeeded("our build without search", await runMeasured(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/main.ts"), "build", "--content", content, "--output", naiveOutput], PROJECT_ROOT, { BRIEFING_SEARCH_INDEX: "off" }));
        record(report.naivePages, pages);
        const index = succeeded("the Pagefind CLI on our pages", await runMeasured(pagefindBin, ["--site", naiveOutput], PROJECT_ROOT));
        record(report.naiveIndex, index);
        progress(`run ${run}: naive pipeline ${seconds(pages.ms)} + ${seconds(index.ms)}`);
        // The search step's possible shapes, each alone on the same pages (search-step-shapes.ts).
        for (const shape of Array.isArray(report.shapes) ? report.shapes : []) {
          const result = succeeded(`the search step shaped ${shape.shape}`, await runMeasured(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/bench/search-step-shapes.ts"), naiveOutput, shape.shape, path.join(work, "shape-bundle")], PROJECT_ROOT));
          shape.runs.push(JSON.parse(result.output.trim().split("\n").at(-1)!) as ShapeTimes);
          shape.peakRss = Math.max(shape.peakRss, result.peakRss);
        }
        if (Array.isArray(report.shapes)) progress(`run ${run}: search step shapes ${report.shapes.map((shape) => `${shape.shape} ${seconds(shape.runs.at(-1)!.totalMs)}`).join(", ")}`);
      }
      if (report.shardJob && report.shardMerge) {
        // One after another here; on a CI matrix each is a job of its own, side by side.
        const jobs: RunResult[] = [];
        for (let shard = 1; shard <= shards; shard++) {
          const output = path.join(work, `shard-${shard}`);
          await rm(output, { recursive: true, force: true });
          const args = ["build", "--content", content, "--output", output, "--search-shard-pages", String(shardPages), "--search-shard", String(shard)];
          jobs.push(succeeded(`shard ${shard}'s build`, await runMeasured(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/main.ts"), ...args], PROJECT_ROOT)));
        }
        const slowest = jobs.reduce((a, b) => (b.ms > a.ms ? b : a));
        record(report.shardJob, { ...slowest, peakRss: Math.max(...jobs.map((job) => job.peakRss)) });
        const merged = path.join(work, "merged");
        await rm(merged, { recursive: true, force: true });
        const folders = jobs.map((_, index) => path.join(work, `shard-${index + 1}`));
        const merge = succeeded("merge-shards", await runMeasured(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/main.ts"), "merge-shards", "--output", merged, ...folders], PROJECT_ROOT));
        record(report.shardMerge, merge);
        progress(`run ${run}: shards ${jobs.map((job) => seconds(job.ms)).join(", ")}; merge ${seconds(merge.ms)}`);
      }
      if (report.eleventy || report.pagefind) {
        await rm(bare.output, { recursive: true, force: true });
        const result = succeeded("bare Eleventy", await runMeasured(process.execPath, bare.args, PROJECT_ROOT));
        if (report.eleventy) record(report.eleventy, result);
        progress(`run ${run}: bare Eleventy ${seconds(result.ms)}`);
      }
      if (report.pagefind) {
        const result = succeeded("the Pagefind CLI", await runMeasured(pagefindBin, ["--site", bare.output], PROJECT_ROOT));
        record(report.pagefind, result);
        progress(`run ${run}: Pagefind CLI ${seconds(result.ms)}`);
      }
      if (report.hugo && hugo) {
        await rm(hugo.output, { recursive: true, force: true });
        const result = succeeded("Hugo", await runMeasured("hugo", hugo.args, PROJECT_ROOT));
        record(report.hugo, result);
        progress(`run ${run}: Hugo ${seconds(result.ms)}`);
      }
    }
    if (report.ours) {
      report.ours.output = await folderSize(ourOutput);
      report.weights = await measurePageWeights(ourOutput);
      // The target for `/` is stated for the shipped content (content/): built once, the same way.
      const shipped = path.join(work, "shipped");
      succeeded("the shipped site's build", await runMeasured(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/main.ts"), "build", "--content", path.join(PROJECT_ROOT, "content"), "--output", shipped], PROJECT_ROOT));
      report.shippedHome = (await measurePageWeights(shipped)).homeWithCss;
    }
    if (report.eleventy) report.eleventy.output = await folderSize(bare.output).then(async (all) => {
      // (b) alone: the Pagefind bundle that (c) wrote into the same folder is counted under (c).
      const bundle = existsSync(path.join(bare.output, "pagefind")) ? await folderSize(path.join(bare.output, "pagefind")) : { bytes: 0, files: 0 };
      return { bytes: all.bytes - bundle.bytes, files: all.files - bundle.files };
    });
    if (report.pagefind) report.pagefind.output = await folderSize(path.join(bare.output, "pagefind"));
    if (report.hugo && hugo) report.hugo.output = await folderSize(hugo.output);

    if (steps.has("search")) {
      const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
      if (!report.ours) report.search = { word: searchWord, absent: "needs step ours" };
      else if (!existsSync(chromium)) report.search = { word: searchWord, absent: `no Chromium at ${chromium} (set CHROMIUM_PATH)` };
      else {
        progress(`search: a first search for "${searchWord}" in Chromium`);
        report.search = { word: searchWord, ...(await measureSearchTransfer(ourOutput, searchWord, chromium)) };
      }
    }
    if (steps.has("dev")) {
      // Notes spread over the timeline; the dev loop runs last because it edits the content.
      const edits = Array.from({ length: runs }, (_, run) => {
        const id = generated.incidentIds[Math.floor(((run + 1) * generated.incidentIds.length) / (runs + 1))];
        return { id, file: path.join(incidents, `${id}.md`) };
      });
      progress("dev loop: starting the dev server");
      const result = await measureDevLoop({ projectRoot: PROJECT_ROOT, content, output: path.join(work, "dev"), edits });
      report.devLoop = { label: "(e) dev loop: edit one note → its page and its timeline page rewritten", runs: result.editMs, peakRss: result.peakRss, startMs: result.startMs };
      report.devSearch = { label: "(e′) the same edit → the dev server's search index holds it (its shard indexed again)", runs: result.searchMs, peakRss: result.peakRss };
      progress(`dev loop: ${result.editMs.map(seconds).join(", ")}`);
    }
    console.log(formatReport(report));
  } finally {
    if (keep) progress(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

await main();
