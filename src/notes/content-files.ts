/**
 * What a content folder holds, file by file: the notes to read, and a problem for everything else.
 * The folder is untrusted data, so nothing in it is skipped without a word: a note saved as `.MD`,
 * a link, a template or a script is named, and never read, run or published.
 */
import { existsSync, lstatSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "./problems.ts";
import { remembering } from "../site/remember.ts";

export const NOTE_FOLDERS = ["incidents", "sources"] as const;
const SETTINGS_FILES = ["site.yaml", "places.yaml"] as const;
const EXPECTED_AT_TOP = "only site.yaml, places.yaml, incidents/, sources/ and media/";
// Images, read and checked by media-files.ts.
const MEDIA_FOLDER = "media";

export interface ContentFiles {
  /** Absolute paths of the notes of each folder, sorted. */
  notes: Record<(typeof NOTE_FOLDERS)[number], string[]>;
  /** Settings files that must not be read (a link, a folder). */
  refused: Set<string>;
  problems: Problem[];
}

/** Display path of a file: relative to the working directory, forward slashes. */
export function displayPath(file: string): string {
  return displayPaths(`${process.cwd()}\0${file}`);
}
// NOTE: the dev server shows the same ten thousand paths after every save; path.relative takes microseconds each.
const displayPaths = remembering((key) => {
  const [cwd, file] = key.split("\0");
  return path.relative(cwd, file).split(path.sep).join("/");
});
const shown = displayPath;

/** Names are shown quoted, so a trailing space or an odd character can be seen. */
const quoted = (name: string) => JSON.stringify(name);

/** A name that is meant as a note but would not be read as one: `.MD`, `.markdown`, a space after `.md`. */
function nearlyANote(name: string): string | undefined {
  const match = /\.(md|markdown|mdown|mkdn?|mdwn)(\s*)$/i.exec(name);
  if (!match) return undefined;
  const stem = name.slice(0, match.index).trimEnd();
  return `${stem}.md`;
}

async function listNoteFolder(folder: string, problems: Problem[]): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const notes: string[] = [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    // NOTE: hidden files and folders (.git, .DS_Store, an editor's swap file) are not content, and are never read.
    if (entry.name.startsWith(".") || (entry.parentPath !== folder && path.relative(folder, entry.parentPath).split(path.sep).some((part) => part.startsWith(".")))) continue;
    const where = `${path.basename(folder)}/`;
    if (entry.isSymbolicLink()) {
      problems.push({ file: shown(file), field: "", message: `is a symbolic link; expected a regular file (a link may lead out of the content folder, so it is never followed): put the note itself here` });
    } else if (entry.isDirectory()) {
      continue;
    } else if (!entry.isFile()) {
      problems.push({ file: shown(file), field: "", message: `is not a regular file; expected only notes (.md files) in ${where}` });
    } else if (entry.name.endsWith(".md") && entry.name.trim() === entry.name) {
      notes.push(file);
    } else {
      const rename = nearlyANote(entry.name);
      problems.push({
        file: shown(file),
        field: "",
        message: rename
          ? `is not read: the name ${quoted(entry.name)} ${entry.name.trimEnd() !== entry.name ? "ends in white space" : 'does not end in ".md"'}; expected a note named like ${quoted(rename)} (rename it)`
          : `is not a note; expected only notes (.md files) in ${where}: nothing else in the content folder is read, run or published`,
      });
    }
  }
  return notes.sort();
}

/** Surveys a content folder: the notes of incidents/ and sources/, and a problem for each thing that does not belong. */
export async function listContentFiles(contentDir: string): Promise<ContentFiles> {
  const problems: Problem[] = [];
  const refused = new Set<string>();
  const notes = { incidents: [] as string[], sources: [] as string[] };
  if (existsSync(contentDir)) {
    for (const entry of await readdir(contentDir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const file = path.join(contentDir, entry.name);
      const isNoteFolder = (NOTE_FOLDERS as readonly string[]).includes(entry.name);
      const isSettings = (SETTINGS_FILES as readonly string[]).includes(entry.name);
      if (entry.isSymbolicLink()) {
        problems.push({ file: shown(file), field: "", message: `is a symbolic link; expected ${isNoteFolder || entry.name === MEDIA_FOLDER ? "a folder" : "a regular file"} (a link may lead out of the content folder, so it is never followed)` });
        if (isSettings) refused.add(file);
      } else if (entry.name === MEDIA_FOLDER) {
        if (!entry.isDirectory()) problems.push({ file: shown(file), field: "", message: `is a file; expected a folder of images` });
      } else if (isNoteFolder && !entry.isDirectory()) {
        problems.push({ file: shown(file), field: "", message: `is a file; expected a folder of notes` });
      } else if (isSettings && !entry.isFile()) {
        problems.push({ file: shown(file), field: "", message: `is not a file; expected a YAML file` });
        refused.add(file);
      } else if (!isNoteFolder && !isSettings) {
        const hint = entry.name === "_data" || /\.(njk|liquid|html?|11ty\.js|[cm]?js|ts|json)$/i.test(entry.name) ? " (pages come from templates/: a template or script here is never run)" : "";
        problems.push({ file: shown(file), field: "", message: `is not part of a content folder; expected ${EXPECTED_AT_TOP}${hint}` });
      }
    }
  }
  for (const folder of NOTE_FOLDERS) {
    const dir = path.join(contentDir, folder);
    if (existsSync(dir) && !lstatSync(dir).isSymbolicLink() && lstatSync(dir).isDirectory()) notes[folder] = await listNoteFolder(dir, problems);
  }
  return { notes, refused, problems };
}
