/**
 * `npm run bench` end to end at a tiny size (20 notes, one run): every step runs and the report is
 * printed. Times are not asserted (machines are noisy); only that the figures are there.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers/build.ts";

function bench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/bench/index.ts"), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 240_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

test("the bench runs every step at 20 notes and prints the table with the ratios", { timeout: 300_000 }, async () => {
  const { code, stdout, stderr } = await bench(["--notes", "20", "--runs", "1"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^## Benchmark: 20 notes/m);
  assert.match(stdout, /^\| step \| median \| runs \| peak memory \| output \|$/m);
  const seconds = String.raw`\*\*\d+\.\d+ s\*\*`;
  assert.match(stdout, new RegExp(String.raw`^\| \(a\) ours: .* \| ${seconds} \|.*\d MB \| .* in \d+ files \|$`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(b\) bare Eleventy: .* \| ${seconds} \|`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(c\) Pagefind CLI .* \| ${seconds} \|`, "m"));
  // Hugo is measured where installed; otherwise the row says it is absent.
  assert.match(stdout, new RegExp(String.raw`^\| \(d\) Hugo.* \| (${seconds}|— \| \`hugo\` is not on PATH.*) \|`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(e\) dev loop: .* \| ${seconds} \|`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(e′\) the same edit → the dev server's search index holds it .* \| ${seconds} \|`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(f\) our build without the search step: .* \| ${seconds} \|`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(g\) Pagefind CLI on \(f\)'s output \| ${seconds} \|`, "m"));
  // The search step's shapes, each timed on (f)'s pages: adding, writing and in all.
  for (const shape of ["`addHTMLFile`", "`addDirectory`", "`addCustomRecord`", "two shards"]) {
    assert.match(stdout, new RegExp(String.raw`^\| [^|]*${shape}[^|]* \| 2\d \| \d+\.\d\d s \| \d+\.\d\d s \| ${seconds} \| [^|]+ \| [\d.]+ MB \|$`, "m"), shape);
  }
  assert.match(stdout, new RegExp(String.raw`^\| \(h\) one search shard alone: .*the slowest of 4 .* \| ${seconds} \|.*\d MB \|`, "m"));
  assert.match(stdout, new RegExp(String.raw`^\| \(i\) \`merge-shards\` of the 4 shards' builds \| ${seconds} \|`, "m"));
  assert.match(stdout, /^\| the shards as jobs side by side: the slowest shard \+ the merge \| \d+\.\d\d s \(\d+\.\d\d × ours\); peak /m);
  assert.match(stdout, /^\| ours ÷ \(bare Eleventy \+ Pagefind CLI\) \| \d+\.\d\d \(/m);
  assert.match(stdout, /^\| ours ÷ \(Hugo \+ Pagefind CLI\) \| (\d+\.\d\d \(|— )/m);
  assert.match(stdout, /^\| ours ÷ \(\(f\) \+ \(g\)\), the naive pipeline on our own pages \| \d+\.\d\d \(/m);
  assert.match(stdout, /^\| largest timeline page \(HTML\) \| /m);
  assert.match(stdout, /^\| pages with JavaScript besides \/search\/ \| /m);
  // The first search is measured in Chromium where there is one.
  assert.match(stdout, /^\| first search for "attack" \(Chromium\) \| (\d+\.\d kB for \d+ results|— no Chromium)/m);
});

test("the bench runs with few sources and places, each cited by many notes, and says so in its heading", { timeout: 300_000 }, async () => {
  const { code, stdout, stderr } = await bench(["--notes", "20", "--sources", "2", "--places", "3", "--runs", "1", "--steps", "ours,naive"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^## Benchmark: 20 notes \(\+ 2 sources \(--sources\), 3 places \(--places\): \d+ citing notes a source, 7 notes a place; /m);
  assert.match(stdout, new RegExp(String.raw`^\| \(a\) ours: .* \| \*\*\d+\.\d+ s\*\* \|`, "m"));
  assert.match(stdout, /^\| ours ÷ \(\(f\) \+ \(g\)\), the naive pipeline on our own pages \| \d+\.\d\d \(/m);
});

test("the bench's search step shapes say when the pages they index were not built", { timeout: 120_000 }, async () => {
  const { code, stdout, stderr } = await bench(["--notes", "20", "--runs", "1", "--steps", "shapes"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^The search step's shapes, .*\n\n— needs step naive, whose pages it indexes$/m);
});

test("the bench refuses --sources or --places that are not whole numbers of at least 1, and shows its usage with them", async () => {
  for (const [option, value] of [["--sources", "0"], ["--places", "2.5"], ["--places", "many"], ["--shards", "0"]]) {
    const { code, stderr } = await bench(["--notes", "20", option, value]);
    assert.equal(code, 1, `${option} ${value}`);
    assert.match(stderr, new RegExp(`${option} must be a whole number of at least 1 \\(got "${value.replace(".", "\\.")}"\\)\\.`));
    assert.match(stderr, /Usage: npm run bench -- \[--notes 1000\] \[--sources N\] \[--places 60\]/);
  }
});

test("the bench refuses an unknown step and shows its usage", async () => {
  const { code, stderr } = await bench(["--steps", "ours,gatsby"]);
  assert.equal(code, 1);
  assert.match(stderr, /Unknown step gatsby; expected some of ours, eleventy, pagefind, hugo, dev, search, naive, shapes, shards\./);
  assert.match(stderr, /Usage: npm run bench -- /);
});
