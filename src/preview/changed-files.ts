/** Which files the dev server saw change, told apart: notes and data files of the content folder, or anything else. */
import path from "node:path";

/**
 * Where a file the dev server reports may be. NOTE: Eleventy reports watched files relative to the
 * folder above the working directory that holds everything it watches (its GlobRemap, when the
 * content or templates lie outside the working directory), which it does not tell: each folder up
 * from the working directory is a candidate.
 */
export function watchedFile(file: string, cwd = process.cwd()): string[] {
  if (path.isAbsolute(file)) return [file];
  const candidates: string[] = [];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    candidates.push(path.resolve(dir, file));
    if (path.dirname(dir) === dir) return candidates;
  }
}

/** A note or data file of the content folder (not a template or anything else the dev server watches). */
export function isContentFile(contentDir: string, file: string, cwd = process.cwd()): boolean {
  return watchedFile(file, cwd).some((absolute) => absolute.startsWith(contentDir + path.sep) && /\.(md|ya?ml)$/.test(absolute));
}
