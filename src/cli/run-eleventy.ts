/** Runs Eleventy with this project's config on a content folder: the one place that knows how. */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { setContentFolder } from "../site/content-folder.ts";
import { ELEVENTY_INPUT, PROJECT_ROOT } from "../site/plugin.ts";
import type { PreviewConfig } from "../preview/preview.ts";

export const CONFIG_PATH = path.join(PROJECT_ROOT, ".eleventy.ts");

/** Eleventy's config, as far as a run's own configuration uses it. */
export interface RunConfig extends PreviewConfig {
  addWatchTarget(target: string): void;
  setChokidarConfig(options: Record<string, unknown>): void;
}

export interface EleventyRun {
  content: string;
  output: string;
  pathPrefix?: string;
  quiet?: boolean;
  /** "build" leaves drafts out; "serve" keeps them. */
  runMode?: "build" | "serve";
  /** Extra configuration for this run only, applied before the config file (Eleventy's programmatic `config` option). */
  configure?: (eleventyConfig: RunConfig) => void;
}

export function createEleventy({ content, output, pathPrefix, quiet = true, runMode = "build", configure }: EleventyRun): Eleventy {
  // NOTE: Eleventy's input is an empty folder of this project, never the content folder: nothing there may run as a template or data file.
  return new Eleventy(ELEVENTY_INPUT, output, {
    configPath: CONFIG_PATH,
    pathPrefix,
    quietMode: quiet,
    runMode,
    config: (eleventyConfig: object) => {
      setContentFolder(eleventyConfig, content);
      configure?.(eleventyConfig as RunConfig);
    },
  } as ConstructorParameters<typeof Eleventy>[2]);
}
