/**
 * A production build that never destroys the last good site: Eleventy writes into a fresh folder
 * beside the output, which replaces the output only once everything has succeeded, and only when
 * the output is a folder a build made, an empty one or a missing one (output-folder.ts).
 */
import { existsSync, renameSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { handOverNotes, loadContent, takeHandedOverNotes, type NoteCache } from "../../notes/load-content.ts";
import { ContentError } from "../../notes/problems.ts";
import { buildWarnings } from "../check/messages.ts";
import { abandonSearchIndex } from "../../search/stream-index.ts";
import { PROJECT_ROOT, TEMPLATES_DIR } from "../../site/plugin.ts";
import { createEleventy, type EleventyRun } from "../run-eleventy.ts";
import { checkOutputFolder, markBuild, recoverFromKilledBuilds, removedIfInterrupted } from "./output-folder.ts";

export async function buildSite(options: Omit<EleventyRun, "runMode">): Promise<void> {
  // Refused before anything is read or written: a build replaces only a folder it made.
  const output = checkOutputFolder(options.output, { content: options.content, projectRoot: PROJECT_ROOT, templatesDir: TEMPLATES_DIR });
  // First, so that even a build that then fails puts back a site a killed build had swapped out.
  await recoverFromKilledBuilds(output);
  // Checked before Eleventy starts, so the problems are reported once, in our words, not in its error log.
  const notes: NoteCache = new Map();
  const { problems, warnings } = await loadContent(options.content, { cache: notes });
  if (problems.length > 0) throw new ContentError(problems);
  for (const line of buildWarnings(warnings)) console.warn(line);
  // Eleventy's own load of the folder, which follows at once (src/site/plugin.ts), then reads no note again.
  handOverNotes(options.content, notes);
  const staging = `${output}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    // Watched for Ctrl+C from before the staging folder exists, so a stop at any moment leaves none.
    await removedIfInterrupted(staging, async () => {
      await mkdir(staging, { recursive: true });
      // Marked as it begins, so that what a killed build leaves is known to be its own (output-folder.ts).
      await markBuild(staging);
      await createEleventy({ ...options, output: staging, runMode: "build" }).write();
    });
  } catch (error) {
    takeHandedOverNotes(options.content); // unused if Eleventy failed before loading
    // A build that failed half-way may have left Pagefind running, which would keep this process alive.
    await abandonSearchIndex();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${output}.previous-${process.pid}`;
  // Synchronous, back to back: no callback (a closed pipe's error, a signal handler) can run between
  // the two renames and leave no site; only a kill could, and the next build puts the last one back.
  if (existsSync(output)) renameSync(output, previous);
  renameSync(staging, output);
  await rm(previous, { recursive: true, force: true });
}
