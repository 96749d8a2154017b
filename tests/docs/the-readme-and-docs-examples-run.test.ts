/**
 * The README and docs/ are run, so that their examples cannot drift from the code: every relative
 * link resolves, the example note passes `check`, the field tables follow the schema, the checks
 * table quotes messages the checker really prints, and every `npm run …` line of a sh block exits
 * as its doc says, printing what the doc shows under it.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import MarkdownIt, { type Token } from "markdown-it";
import { COMMANDS } from "../../src/cli/commands.ts";
import { parseNoteText } from "../../src/notes/read-note-file.ts";
import { incidentSchema, sourceSchema } from "../../src/notes/schema.ts";
import { ROOT, SHIPPED_CONTENT, fixture } from "../helpers/build.ts";
import { briefing, workspace, type Run, type Workspace } from "../cli/support.ts";

const DOCS = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`)];
const CONTRACT = "docs/content-contract.md";

/** Commands of the docs' sh blocks that are not run here, each with the reason. */
const NOT_RUN: Record<string, string> = {
  "npm install": "installs packages: minutes, and the network",
  "npm start": "serves until stopped; tests/cli/ runs the dev server",
  "npm test": "runs every test, this one included (minutes)",
  "npm run bench": "builds thousands of notes several times (minutes)",
};

/**
 * Files the examples read that a reader brings along; the scratch workspace holds one at each path.
 * The report is a shipped source's text behind the `date` line a report starts with, so importing
 * it gives a valid source under a new id.
 */
const READER_FILES: Record<string, (space: Workspace) => Promise<string>> = {
  "reports/2023-03-24-hill-nbc-evening-attacks.txt": async (space) => {
    const file = path.join(space.content, "sources/us-officials-evening-attacks-2023-03-24.md");
    const read = parseNoteText(await readFile(file, "utf8"), file);
    assert.ok(read.ok, `${file} does not read as a note`);
    return `date ${read.note.data.published}\n${read.note.body}`;
  },
};

const markdown = new MarkdownIt();
const tokensOf = (doc: string): Token[] => markdown.parse(readFileSync(path.join(ROOT, doc), "utf8"), {});
const plainText = (inline: Token) => (inline.children ?? []).map((child) => child.content).join("");
const codeSpans = (inline: Token) => (inline.children ?? []).filter((child) => child.type === "code_inline").map((child) => child.content);

/** Heading anchors as GitHub makes them: lowercase, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(doc: string): Set<string> {
  const tokens = tokensOf(doc);
  const anchors = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const slug = plainText(tokens[index + 1]).trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    let anchor = slug;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${slug}-${n}`;
    anchors.add(anchor);
  });
  return anchors;
}

/** The body rows of the first table under a heading, each row its cells' inline tokens. */
function tableUnder(doc: string, heading: string): Token[][] {
  const tokens = tokensOf(doc);
  const start = tokens.findIndex((token, index) => token.type === "heading_open" && plainText(tokens[index + 1]) === heading);
  assert.notEqual(start, -1, `${doc} has no heading "${heading}"`);
  const rows: Token[][] = [];
  for (let index = start + 3; index < tokens.length && tokens[index].type !== "heading_open"; index++) {
    if (tokens[index].type === "tbody_open") {
      for (; tokens[index].type !== "tbody_close"; index++) {
        if (tokens[index].type === "tr_open") rows.push([]);
        if (tokens[index].type === "inline") rows.at(-1)!.push(tokens[index]);
      }
      return rows;
    }
  }
  assert.fail(`${doc} has no table under "${heading}"`);
}

/** `…` in a doc stands for text left out; everything else must be exactly as printed. */
const ellipsisPattern = (shown: string) => new RegExp(`^${shown.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);

interface ShellExample {
  /** `file:line` of the command in its doc. */
  where: string;
  command: string;
  /** The NOT_RUN commands it is made of, when it is not run. */
  notRun?: string[];
  /** 0 unless the command's comment says `exits N`. */
  exitCode: number;
  /** The `# …` lines under the command: what it prints. */
  shown: string[];
}

/** The commands of a doc's sh blocks, `\` continuations joined, with the output lines shown under each. */
function shellExamples(doc: string): ShellExample[] {
  const examples: ShellExample[] = [];
  for (const fence of tokensOf(doc).filter((token) => token.type === "fence" && token.info.trim() === "sh")) {
    const lines = fence.content.replace(/\n$/, "").split("\n");
    const firstInFence = examples.length;
    for (let index = 0; index < lines.length; index++) {
      const where = `${doc}:${fence.map![0] + 2 + index}`;
      const line = lines[index].trim();
      if (line === "") continue;
      if (line.startsWith("#")) {
        assert.ok(examples.length > firstInFence, `${where}: a "#" line in a sh block shows the output of the command above it, and there is none`);
        examples.at(-1)!.shown.push(line.replace(/^# ?/, "").trimEnd());
        continue;
      }
      let command = line;
      while (command.endsWith("\\")) command = `${command.slice(0, -1).trimEnd()} ${lines[++index].trim()}`;
      // `npm install && npm start` is skipped when each of its commands is.
      const skipped = command.replace(/\s#.*$/, "").split(/\s*&&\s*/).map((part) => Object.keys(NOT_RUN).find((name) => part === name || part.startsWith(`${name} `)));
      const notRun = skipped.every((name) => name !== undefined) ? skipped : undefined;
      const comment = notRun ? "" : shellWords(command, where).comment;
      examples.push({ where, command, notRun, exitCode: Number(/\bexits (\d+)\b/.exec(comment)?.[1] ?? 0), shown: [] });
    }
  }
  return examples;
}

/** Splits a command line as a POSIX shell would, for the simple commands the docs show: words, "…" and '…' quotes, a trailing # comment. */
function shellWords(line: string, where: string): { words: string[]; comment: string } {
  const words: string[] = [];
  let word: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === " " || char === "\t") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "#" && word === undefined) {
      return { words, comment: line.slice(index + 1).trim() };
    } else if (char === '"' || char === "'") {
      const end = line.indexOf(char, index + 1);
      assert.notEqual(end, -1, `${where}: an unclosed ${char} in ${line}`);
      const quoted = line.slice(index + 1, end);
      assert.ok(char === "'" || !/[$`\\]/.test(quoted), `${where}: "${quoted}" holds $, \` or \\, which a shell would expand; the test runs plain words only`);
      word = (word ?? "") + quoted;
      index = end;
    } else {
      assert.ok(!/[|&;<>$`\\()]/.test(char), `${where}: "${char}" makes ${line} more than one simple command; the test runs simple commands only`);
      word = (word ?? "") + char;
    }
  }
  if (word !== undefined) words.push(word);
  return { words, comment: "" };
}

/** `[NAME=value …] npm run <command> [-- args]` as the environment and the arguments of `briefing`. */
function briefingCall(example: ShellExample): { env: Record<string, string>; args: string[] } {
  const { words } = shellWords(example.command, example.where);
  const env: Record<string, string> = {};
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? "")) {
    const [name, ...value] = words.shift()!.split("=");
    env[name] = value.join("=");
  }
  const [npm, run, name, separator, ...args] = words;
  assert.ok(npm === "npm" && run === "run" && Object.hasOwn(COMMANDS, name), `${example.where}: ${example.command} is neither npm run <a command of src/cli/commands.ts> nor in NOT_RUN`);
  assert.ok(separator === undefined || separator === "--", `${example.where}: options of npm run ${name} go after --`);
  return { env, args: [name, ...args] };
}

/** Runs one example; briefing() spawns at once with this process's environment, so a doc's `NAME=value` is set for that spawn alone. */
function runExample(example: ShellExample, space: Workspace): Promise<Run> {
  const { env, args } = briefingCall(example);
  const saved = Object.entries(env).map(([name]) => [name, process.env[name]] as const);
  Object.assign(process.env, env);
  try {
    return briefing(args, { cwd: space.dir, timeoutMs: 60_000 });
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Puts into the workspace what the example reads: a reader's file, or a fixture named by its path in the project. */
async function provideInputs(example: ShellExample, space: Workspace): Promise<void> {
  for (const arg of briefingCall(example).args) {
    const target = path.join(space.dir, arg);
    if (existsSync(target)) continue;
    if (arg.startsWith("tests/fixtures/")) {
      await cp(path.join(ROOT, arg), target, { recursive: true });
    } else if (Object.hasOwn(READER_FILES, arg)) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await READER_FILES[arg](space));
    }
  }
}

/** Each shown line must match a printed line, in the order shown. */
function assertShown(example: ShellExample, run: Run): void {
  const printed = `${run.stdout}\n${run.stderr}`.split("\n").map((line) => line.trimEnd());
  let from = 0;
  for (const shown of example.shown) {
    const pattern = ellipsisPattern(shown);
    const at = printed.findIndex((line, index) => index >= from && pattern.test(line));
    assert.notEqual(at, -1, `${example.where}: the doc shows\n  ${shown}\nunder ${example.command}, which printed${from > 0 ? " after the lines already matched" : ""}:\n${printed.slice(from).join("\n")}`);
    from = at + 1;
  }
}

test("every relative link of the README and docs/ leads to a file, and every #anchor to a heading in it", () => {
  const broken: string[] = [];
  for (const doc of DOCS) {
    const links = tokensOf(doc)
      .flatMap((token) => token.children ?? [])
      .filter((token) => token.type === "link_open")
      .map((token) => String(token.attrGet("href")))
      .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));
    for (const href of links) {
      const [file, anchor] = href.split("#");
      const target = file ? path.resolve(path.dirname(path.join(ROOT, doc)), decodeURI(file)) : path.join(ROOT, doc);
      if (!existsSync(target)) broken.push(`${doc}: ${href} (no ${path.relative(ROOT, target)})`);
      else if (anchor !== undefined && !(target.endsWith(".md") && anchorsOf(path.relative(ROOT, target)).has(anchor))) broken.push(`${doc}: ${href} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test("the example incident note of the content contract passes check beside the shipped notes", async () => {
  const examples = DOCS.flatMap((doc) => tokensOf(doc).filter((token) => token.type === "fence" && token.info.trim() === "markdown").map((token) => ({ doc, note: token.content })));
  assert.deepEqual(examples.map((example) => example.doc), [CONTRACT], "expected one ```markdown block, the example note of the content contract");
  const space = await workspace(SHIPPED_CONTENT);
  try {
    const shipped = (await readdir(path.join(space.content, "incidents"), { recursive: true })).filter((name) => name.endsWith(".md")).length;
    await writeFile(path.join(space.content, "incidents/2023-03-24-the-docs-example.md"), examples[0].note);
    const run = await briefing(["check"], { cwd: space.dir });
    // One line and no warnings of the example's own: the example is read, counted and clean. The shipped
    // sources' warnings (a url without an archived copy: the reference sheet gives none) are left aside.
    const own = run.stdout.split("\n").filter((line) => !/^content\/sources\/\S+:\d+:\d+ {2}url {2}has a url and no archived copy;/.test(line) && !/^\d+ warnings?: the notes build as written/.test(line));
    assert.match(own.join("\n"), new RegExp(`^OK content: ${shipped + 1} incidents, \\d+ sources, \\d+ places, no problems\\.\\n$`), run.stdout + run.stderr);
    assert.equal(run.code, 0);
  } finally {
    await space.remove();
  }
});

test("the field tables of the content contract list every schema field, required exactly where the schema requires it", () => {
  type Schema = { shape: Record<string, { safeParse(value: unknown): { success: boolean } }> };
  const tables: [string, Schema][] = [
    ["An incident note", incidentSchema],
    ["A source note", sourceSchema],
  ];
  for (const [heading, schema] of tables) {
    const documented = Object.fromEntries(tableUnder(CONTRACT, heading).flatMap(([field, required]) => codeSpans(field).map((name) => [name, plainText(required)])));
    const expected = Object.fromEntries(Object.entries(schema.shape).map(([name, field]) => [name, field.safeParse(undefined).success ? "no" : "yes"]));
    assert.deepEqual(documented, expected, `${CONTRACT}, "${heading}": the table's fields and their "required" column`);
  }
});

test("every example message of the checks table is one check prints for a case in tests/fixtures/bad-notes", () => {
  const cases = fixture("bad-notes");
  const printed = readdirSync(cases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readFileSync(path.join(cases, entry.name, "expected.txt"), "utf8").split("\n"));
  const rows = tableUnder(CONTRACT, "Validation");
  assert.deepEqual(rows.filter(([, example]) => codeSpans(example).length === 0).map(([check]) => plainText(check)), [], "checks without an example");
  const unmatched = rows.flatMap(([, example]) => codeSpans(example)).filter((message) => !printed.some((line) => ellipsisPattern(message).test(line)));
  assert.deepEqual(unmatched, []);
});

test("the README shows the test command CI runs, and each sh block command is run here or skipped with a reason", () => {
  assert.match(readFileSync(path.join(ROOT, ".ci/run"), "utf8"), /^npm test$/m);
  const examples = DOCS.flatMap(shellExamples);
  assert.ok(examples.some((example) => example.where.startsWith("README.md:") && /^npm test\b/.test(example.command)), "the README's sh blocks do not show npm test");
  for (const example of examples.filter((example) => !example.notRun)) briefingCall(example);
  const unused = Object.keys(NOT_RUN).filter((name) => !examples.some((example) => example.notRun?.includes(name)));
  assert.deepEqual(unused, [], "commands NOT_RUN skips that no doc shows any more");
});

// Each doc's examples run in order in a fresh copy of the shipped content, as a reader would run them one after the other.
for (const doc of DOCS.filter((doc) => shellExamples(doc).some((example) => !example.notRun))) {
  test(`the npm run lines of ${doc} exit as it says and print what it shows`, async () => {
    const space = await workspace(SHIPPED_CONTENT);
    try {
      for (const example of shellExamples(doc).filter((example) => !example.notRun)) {
        await provideInputs(example, space);
        const run = await runExample(example, space);
        assert.equal(run.code, example.exitCode, `${example.where}: ${example.command}\nexited ${run.code}, the doc says ${example.exitCode}:\n${run.stdout}${run.stderr}`);
        assertShown(example, run);
      }
    } finally {
      await space.remove();
    }
  });
}
