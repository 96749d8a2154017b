/**
 * `npm run merge-shards`: the last job of a build spread over machines (docs/performance.md, "Past
 * one machine"). Like a build, it writes a staging folder and puts it in the output's place only once
 * everything is joined, and only over a folder a build made.
 */
import { existsSync, lstatSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { CliError, UsageError } from "../errors.ts";
import { BUILD_MARKER, checkOutputFolder, markBuild, recoverFromKilledBuilds, removedIfInterrupted, replaceOutput } from "../build/output-folder.ts";
import { MergeError, mergeShardBuilds } from "../../search/merge-shards.ts";
import { PROJECT_ROOT, TEMPLATES_DIR } from "../../site/plugin.ts";
import { cannotMerge, merged, noBuilds, notABuild } from "./messages.ts";

export async function mergeShardsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { output: { type: "string", default: "_site" } }, strict: true, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError(noBuilds);
  const builds = positionals.map((folder) => {
    if (!existsSync(folder) || !lstatSync(folder).isDirectory()) throw new CliError(notABuild(folder, "is not a folder"));
    if (!existsSync(path.join(folder, BUILD_MARKER))) throw new CliError(notABuild(folder, `holds no ${BUILD_MARKER} marker`));
    return path.resolve(folder);
  });
  // The builds' folders are read, never written: none may be the output.
  const output = checkOutputFolder(values.output, { content: path.join(PROJECT_ROOT, "content"), projectRoot: PROJECT_ROOT, templatesDir: TEMPLATES_DIR });
  if (builds.includes(output)) throw new CliError(`Refusing --output ${values.output}: it is one of the builds being merged. Nothing was changed; choose another folder.`);
  await recoverFromKilledBuilds(output);
  const staging = `${output}.building-${process.pid}`;
  let result: { shards: number; pages: number };
  try {
    result = await removedIfInterrupted(staging, async () => {
      await mkdir(staging, { recursive: true });
      await markBuild(staging);
      return mergeShardBuilds(builds, staging, (relative) => relative === BUILD_MARKER);
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof MergeError) throw new CliError(cannotMerge(error.problems));
    throw error;
  }
  await replaceOutput(staging, output);
  console.log(merged(values.output, builds.length, result.shards, result.pages));
}
