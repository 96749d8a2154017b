/**
 * Which folders a build may replace: only one it made itself (it holds the build marker), an empty
 * one or a missing one. Anything else is refused before a file is touched, with the reason; and the
 * staging folders of a build that was killed are cleared by the next one.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from "node:fs";
import { readdir, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { CliError } from "../errors.ts";

/** Written into every build; its presence is what lets a later build replace the folder. */
export const BUILD_MARKER = ".incident-briefing-build";
const MARKER_TEXT = "This folder was made by `npm run build` or `npm start` (incident briefing); the next build replaces it whole.\n";

/** `a` is `b` or lies inside it. */
const within = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep);

export interface OutputGuard {
  /** The content folder being built. */
  content: string;
  /** The project's own folders: the output may not be or contain the project, nor lie in its templates. */
  projectRoot: string;
  templatesDir: string;
}

/** Throws a CliError saying why, when `output` is not a folder a build may replace. Touches nothing. */
export function checkOutputFolder(output: string, guard: OutputGuard): string {
  if (output.trim() === "") throw new CliError('--output is empty; expected a folder for the site, e.g. --output _site');
  const target = path.resolve(output);
  const content = path.resolve(guard.content);
  const refuse = (why: string) => new CliError(`Refusing --output ${output}: ${why}. Nothing was changed; choose a new or empty folder, e.g. --output _site.`);
  if (target === path.parse(target).root) throw refuse("it is the root of the file system");
  if (within(homedir(), target)) throw refuse("it is or contains your home folder");
  if (within(guard.projectRoot, target)) throw refuse("it is or contains the project");
  if (within(target, guard.templatesDir)) throw refuse("it lies inside templates/");
  if (within(content, target) || within(target, content)) throw refuse(`it is, contains or lies inside the content folder ${guard.content}`);
  if (!existsSync(target) && !isDanglingLink(target)) return target;
  const stat = lstatSync(target);
  if (stat.isSymbolicLink()) throw refuse("it is a symbolic link; give the folder it leads to, or another one");
  if (!stat.isDirectory()) throw refuse("it is a file, not a folder");
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw refuse(`it holds files that no build made (${entries.length} ${entries.length === 1 ? "entry" : "entries"}, and no ${BUILD_MARKER} marker); a build replaces only a folder it made, so move or remove it yourself if it should go`);
  }
  return target;
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

export async function markBuild(dir: string): Promise<void> {
  await writeFile(path.join(dir, BUILD_MARKER), MARKER_TEXT);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Clears what a killed build left beside `output`: its staging folder is removed; the last good
 * site, if the build died while swapping it out (`<output>.previous-<pid>` and no output), is put back.
 */
export async function recoverFromKilledBuilds(output: string): Promise<void> {
  const dir = path.dirname(output);
  const base = path.basename(output);
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) {
    const match = /^(.*)\.(building|previous)-(\d+)$/.exec(name);
    if (!match || match[1] !== base || alive(Number(match[3]))) continue;
    const leftover = path.join(dir, name);
    // Only what a build made, and marked as it began, is ever removed.
    if (!existsSync(path.join(leftover, BUILD_MARKER))) continue;
    if (match[2] === "previous" && !existsSync(output)) await rename(leftover, output);
    else await rm(leftover, { recursive: true, force: true });
  }
}

/** Removes `dir` if the process is stopped by Ctrl+C or a kill while `work` runs; a stopped build leaves no staging folder. */
export async function removedIfInterrupted<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as Record<string, number>)[signal]);
  };
  for (const signal of signals) process.once(signal, onSignal);
  try {
    return await work();
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

/** Puts a finished `staging` folder in the place of `output` (checked by checkOutputFolder), and removes the site it replaces. */
export async function replaceOutput(staging: string, output: string): Promise<void> {
  const previous = `${output}.previous-${process.pid}`;
  // Synchronous, back to back: no callback (a closed pipe's error, a signal handler) can run between
  // the two renames and leave no site; only a kill could, and the next build puts the last one back.
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  await rm(previous, { recursive: true, force: true });
}
