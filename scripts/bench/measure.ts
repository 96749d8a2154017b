/**
 * Timing and memory of a child process: wall time from spawn to exit, and the peak of the summed
 * resident memory of its whole process tree (Pagefind's binary is a child of Node), sampled from /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface RunResult {
  ms: number;
  peakRss: number;
  exitCode: number | null;
  output: string;
}

const PAGE_SIZE = 4096;

/** Resident bytes of `root` and all its descendants, from /proc (Linux); 0 where /proc is absent. */
export function treeRss(root: number): number {
  if (!existsSync("/proc/self/stat")) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // the process ended while we looked
    }
    // NOTE: the command name (field 2) may hold spaces and parentheses; fields are counted after its last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(entry);
    const parent = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's memory every `intervalMs` until stopped; returns the peak seen. */
export function watchMemory(pid: number, intervalMs = 50): { stop(): number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

export function spawnGroup(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  // Own process group, so the whole tree can be stopped at once (npx/tsx wrappers leave children behind otherwise).
  return spawn(command, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0", ...env } });
}

export function stopGroup(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** Runs a command to completion; the output is kept for error reports. */
export function runMeasured(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawnGroup(command, args, cwd, env);
    const memory = watchMemory(child.pid!);
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => {
      memory.stop();
      reject(error);
    });
    child.on("close", (exitCode) => {
      const ms = performance.now() - started;
      resolve({ ms, peakRss: memory.stop(), exitCode, output });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Total bytes and file count under a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** Whether a command is on PATH. */
export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}
