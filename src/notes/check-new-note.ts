/**
 * Checks a note before it is written, with the build's own checker: the note is placed in a scratch
 * copy of the content folder (site.yaml, places.yaml and, for an incident, the sources) and
 * `loadContent` runs on it. So a refused value reads exactly as the build would word it.
 */
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { displayPath, loadContent } from "./load-content.ts";
import type { Problem } from "./problems.ts";

export type NoteFolder = "incidents" | "sources";

/**
 * The problems the build would report for `text` written as `<contentDir>/<folder>/<id>.md`; none
 * means it would pass. `places`: the text places.yaml will have by then (a place added with the note).
 */
export async function checkNewNote(contentDir: string, folder: NoteFolder, id: string, text: string, options: { places?: string } = {}): Promise<Problem[]> {
  return checkNewNotes(contentDir, [{ folder, id, text }], options);
}

/** The problems of several new notes written together (an import): each checked with the others in place. */
export async function checkNewNotes(contentDir: string, notes: readonly { folder: NoteFolder; id: string; text: string }[], options: { places?: string } = {}): Promise<Problem[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), "briefing-check-"));
  try {
    for (const file of ["site.yaml", "places.yaml"]) {
      if (existsSync(path.join(contentDir, file))) await copyFile(path.join(contentDir, file), path.join(scratch, file));
    }
    if (options.places !== undefined) await writeFile(path.join(scratch, "places.yaml"), options.places);
    // Incidents are checked against the sources (references and quotes); a source stands alone.
    if (notes.some((note) => note.folder === "incidents") && existsSync(path.join(contentDir, "sources"))) {
      // NOTE: copied, not linked: the checker refuses links in a content folder.
      await cp(path.resolve(contentDir, "sources"), path.join(scratch, "sources"), { recursive: true });
    }
    const scratchFiles = new Set<string>();
    for (const note of notes) {
      await mkdir(path.join(scratch, note.folder), { recursive: true });
      const scratchFile = path.join(scratch, note.folder, `${note.id}.md`);
      await writeFile(scratchFile, note.text);
      scratchFiles.add(displayPath(scratchFile));
    }
    const { problems } = await loadContent(scratch);
    // Problems name scratch paths (the note, a source a quote was looked up in): name the real ones.
    const scratchRoot = `${displayPath(scratch)}/`;
    const contentRoot = displayPath(contentDir) ? `${displayPath(contentDir)}/` : "";
    const real = (text: string) => text.split(scratchRoot).join(contentRoot);
    return problems
      .filter((problem) => scratchFiles.has(problem.file))
      .map((problem) => ({ ...problem, file: real(problem.file), message: real(problem.message) }));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The file that already holds note `id` anywhere under `<contentDir>/<folder>/` (ids are file names, in any subfolder). */
export async function findNoteFile(contentDir: string, folder: NoteFolder, id: string): Promise<string | undefined> {
  return (await noteFilesById(contentDir, folder)).get(id);
}

/** Every note file under `<contentDir>/<folder>/` by id, read in one walk (an import checks thousands of ids against it). */
export async function noteFilesById(contentDir: string, folder: NoteFolder): Promise<Map<string, string>> {
  const dir = path.join(contentDir, folder);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    // The first found keeps the id, as a search for one would.
    if (entry.isFile() && entry.name.endsWith(".md") && !files.has(entry.name.slice(0, -3))) files.set(entry.name.slice(0, -3), path.join(entry.parentPath, entry.name));
  }
  return files;
}
