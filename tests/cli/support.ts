/**
 * What the CLI tests share: a scratch workspace holding a copy of a content folder (so paths in
 * messages read `content/…`, exactly as a person sees them), and the real CLI run in it, in a pipe
 * or in a pseudo-terminal.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/bench/dev-loop.ts";
import { ROOT, fixture } from "../helpers/build.ts";

export { ROOT, fixture };
export const MAIN = path.join(ROOT, "src/cli/main.ts");
// An absolute loader, so the CLI runs from a workspace outside the project.
export const TSX = import.meta.resolve("tsx");

export interface Workspace {
  dir: string;
  content: string;
  remove(): Promise<void>;
}

/** A scratch folder with `content/` copied from a fixture (default: the small briefing), plus any overlays. */
export async function workspace(from = fixture("small-briefing"), ...overlays: string[]): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), "briefing-cli-"));
  const content = path.join(dir, "content");
  await cp(from, content, { recursive: true });
  for (const overlay of overlays) await cp(overlay, content, { recursive: true, filter: (src) => path.basename(src) !== "expected.txt" });
  return { dir, content, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `briefing <args>` as npm scripts do, in a pipe. stdin stays open unless `input` is given: a command that waited would time out. */
export function briefing(args: string[], options: { cwd: string; input?: string; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TSX, MAIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`briefing ${args.join(" ")} did not finish in ${options.timeoutMs ?? 30_000} ms (waiting for input?)\n${stdout}${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
  });
}

const shellQuote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
// eslint-disable-next-line no-control-regex
export const withoutAnsi = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");

export interface Terminal {
  /** Resolves once `text` has appeared on the screen since the last `expect` (ANSI codes removed). */
  expect(text: string): Promise<void>;
  type(keys: string): void;
  done(): Promise<Run>;
  /** Ends the session (and the command in it) if it is still running; safe to call twice. */
  kill(): void;
}

/** Runs `briefing <args>` in a real pseudo-terminal (util-linux `script`), so stdin.isTTY is true. */
export function inTerminal(args: string[], options: { cwd: string }): Terminal {
  // A wide terminal, so that prompts and messages are never wrapped mid-sentence.
  const command = `stty cols 200 rows 50; exec ${[process.execPath, "--import", TSX, MAIN, ...args].map(shellQuote).join(" ")}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", TERM: "xterm" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let screen = "";
  let seen = 0;
  child.stdout.on("data", (chunk) => (screen += chunk));
  child.stderr.on("data", (chunk) => (screen += chunk));
  let exited = false;
  const closed = new Promise<number | null>((resolve) => child.on("close", resolve)).finally(() => (exited = true));
  // `script` runs the command in a new session: killing `script` hangs up the terminal, which ends the command.
  const kill = () => {
    if (!exited) child.kill("SIGKILL");
  };
  return {
    kill,
    async expect(text) {
      const start = Date.now();
      for (;;) {
        const index = withoutAnsi(screen).indexOf(text, seen);
        if (index !== -1) {
          seen = index + text.length;
          return;
        }
        if (exited || Date.now() - start > 20_000) {
          kill();
          throw new Error(`"${text}" never appeared on the terminal:\n${withoutAnsi(screen)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    },
    type(keys) {
      child.stdin.write(keys);
    },
    async done() {
      const timer = setTimeout(kill, 20_000);
      const code = await closed;
      clearTimeout(timer);
      return { code, stdout: withoutAnsi(screen), stderr: "" };
    },
  };
}

export const KEYS = { enter: "\r", down: "\x1b[B", up: "\x1b[A", space: " ", backspace: "\x7f" } as const;

/** sha256 of every file under `dir`, by relative path: equal maps mean byte-identical trees. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, file), createHash("sha256").update(await readFile(file)).digest("hex"));
  }
  return hashes;
}

/** `npm start` on a workspace, in a process group of its own so it can be ended whole (PITFALLS: wrappers leave servers behind). */
export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  readonly log: string;
  readonly exitCode: number | null;
  /** Waits for `check`, failing with the server's log after `timeoutMs`. */
  until(what: string, check: () => boolean | Promise<boolean>, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the dev server on `content/` into `output` (default `site/`; null: the server's own default) and waits until it serves. */
export async function startDevServer(space: Workspace, output: string | null = "site"): Promise<DevServer> {
  const port = await freePort();
  const outputArgs = output === null ? [] : ["--output", output];
  const server = spawn(process.execPath, ["--import", TSX, MAIN, "serve", "--content", "content", ...outputArgs, "--port", String(port)], {
    cwd: space.dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let log = "";
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  const until = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}\n--- server log:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const dev: DevServer = {
    url: `http://localhost:${port}/`,
    get log() {
      return log;
    },
    get exitCode() {
      return server.exitCode;
    },
    until,
    async stop() {
      if (!server.pid || server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      const timer = setTimeout(() => process.kill(-server.pid!, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  await until("the server to start", () => log.includes("Server at"), 60_000);
  return dev;
}
