/** Runs Eleventy with this project's config on a content folder: the one place that knows how. */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "../site/plugin.ts";

export const CONFIG_PATH = path.join(PROJECT_ROOT, ".eleventy.ts");

export interface EleventyRun {
  content: string;
  output: string;
  pathPrefix?: string;
  quiet?: boolean;
  /** "build" leaves drafts out; "serve" keeps them. */
  runMode?: "build" | "serve";
  /** Extra configuration for this run only, applied before the config file (Eleventy's programmatic `config` option). */
  configure?: (eleventyConfig: { addWatchTarget(target: string): void; setChokidarConfig(options: Record<string, unknown>): void }) => void;
}

export function createEleventy({ content, output, pathPrefix, quiet = true, runMode = "build", configure }: EleventyRun): Eleventy {
  return new Eleventy(content, output, {
    configPath: CONFIG_PATH,
    pathPrefix,
    quietMode: quiet,
    runMode,
    config: configure,
  } as ConstructorParameters<typeof Eleventy>[2]);
}
