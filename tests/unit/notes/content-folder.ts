/**
 * Content folders made on the fly for validation tests: a copy of the committed `one-valid-note`
 * fixture with some files replaced, so each test shows one mistake and the problem lines it yields.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fixture } from "../../helpers/build.ts";
import { displayPath, loadContent, type LoadResult } from "../../../src/notes/load-content.ts";
import { formatProblem } from "../../../src/notes/problems.ts";

export const VALID_FOLDER = fixture("one-valid-note");

/** The valid note of `one-valid-note`, for tests to change one thing in. Line numbers: `---` is 1, title 2, date 3, kind 4, place 5, summary 6, sources 7. */
export const VALID_NOTE = `---
title: "Drone strikes a base near Hasakah"
date: "2023-03-23T13:38"
kind: attack
place: hasakah
summary: "A drone hit a maintenance facility."
sources:
  - source: drone-report
    quote: "A drone struck a \\"maintenance facility\\" at a base in northeast Syria"
---
A drone hit a maintenance facility on a base near Hasakah.
`;

const made: string[] = [];

/** Copies the valid folder and writes `files` over it (paths relative to the folder); `null` deletes a file. */
export async function contentFolderWith(files: Record<string, string | Uint8Array | null>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "briefing-content-"));
  made.push(root);
  const dir = path.join(root, "content");
  await cp(VALID_FOLDER, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, file);
    if (text === null) {
      await rm(target);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return dir;
}

/** A folder whose one incident note is `note` (replacing the valid one). */
export const folderWithNote = (note: string | Uint8Array) => contentFolderWith({ "incidents/drone-strike.md": note });

/** Every problem of a folder as the build prints it, with paths relative to the folder. */
export function problemLines(dir: string, result: LoadResult): string[] {
  const prefix = `${displayPath(dir)}/`;
  return result.problems.map((problem) => formatProblem(problem).split(prefix).join(""));
}

/** Loads a folder and returns its problem lines. */
export async function problemsOf(dir: string): Promise<string[]> {
  return problemLines(dir, await loadContent(dir));
}

/** The problem lines of the valid folder with its one note replaced by `note`. */
export async function problemsOfNote(note: string | Uint8Array): Promise<string[]> {
  return problemsOf(await folderWithNote(note));
}

export async function removeContentFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}
