/**
 * A production build that never destroys the last good site: Eleventy writes into a fresh folder
 * beside the output, which replaces the output only once everything has succeeded, and only when
 * the output is a folder a build made, an empty one or a missing one (output-folder.ts).
 */
import { mkdir, rm } from "node:fs/promises";
import { handOverNotes, loadContent, takeHandedOverNotes, type NoteCache } from "../../notes/load-content.ts";
import { ContentError } from "../../notes/problems.ts";
import { buildWarnings } from "../check/messages.ts";
import { abandonSearchIndex } from "../../search/stream-index.ts";
import { PROJECT_ROOT, TEMPLATES_DIR } from "../../site/plugin.ts";
import { createEleventy, type EleventyRun } from "../run-eleventy.ts";
import { CliError } from "../errors.ts";
import { setBuildPlanner } from "../../site/build-planner.ts";
import { shardCount, ShardJob } from "../../search/shard-job.ts";
import type { Content } from "../../notes/content.ts";
import { checkOutputFolder, markBuild, recoverFromKilledBuilds, removedIfInterrupted, replaceOutput } from "./output-folder.ts";

export async function buildSite({ shard, ...options }: Omit<EleventyRun, "runMode" | "configure"> & { shard?: { shard: number; perShard: number } }): Promise<void> {
  // Refused before anything is read or written: a build replaces only a folder it made.
  const output = checkOutputFolder(options.output, { content: options.content, projectRoot: PROJECT_ROOT, templatesDir: TEMPLATES_DIR });
  // First, so that even a build that then fails puts back a site a killed build had swapped out.
  await recoverFromKilledBuilds(output);
  // Checked before Eleventy starts, so the problems are reported once, in our words, not in its error log.
  const notes: NoteCache = new Map();
  const { problems, warnings, content } = await loadContent(options.content, { cache: notes });
  if (problems.length > 0) throw new ContentError(problems);
  for (const line of buildWarnings(warnings)) console.warn(line);
  const job = shard && shardJobOf(shard, content);
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
      await createEleventy({ ...options, output: staging, runMode: "build", configure: job && ((eleventyConfig) => setBuildPlanner(eleventyConfig, job)) }).write();
    });
  } catch (error) {
    takeHandedOverNotes(options.content); // unused if Eleventy failed before loading
    // A build that failed half-way may have left Pagefind running, which would keep this process alive.
    await abandonSearchIndex();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await replaceOutput(staging, output);
}

/** The plan of a build of one search shard alone; refused when the site has fewer shards. */
function shardJobOf({ shard, perShard }: { shard: number; perShard: number }, content: Content): ShardJob {
  // The searchable pages of a production build: its incidents (drafts left out) and its sources (src/search/shard-job.ts).
  const shards = shardCount(content.incidents.filter((incident) => !incident.draft).length + content.sources.length, perShard);
  if (shard > shards) throw new CliError(`--search-shard: found ${shard}; expected 1 to ${shards}: the site's searchable pages make ${shards} ${shards === 1 ? "shard" : "shards"} of at most ${perShard} pages`);
  return new ShardJob(shard, perShard);
}
