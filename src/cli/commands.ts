/** Every command of the `briefing` CLI, in one list. */
import { buildUsage } from "./build/usage.ts";
import * as check from "./check/messages.ts";
import * as importing from "./import/messages.ts";
import * as importingCsv from "./import-csv/messages.ts";
import * as creating from "./new/messages.ts";
import * as placing from "./place/messages.ts";
import * as merging from "./merge-shards/messages.ts";
import { serveUsage } from "./serve/usage.ts";

export interface Command {
  summary: string;
  usage: string;
  /** Resolves to the exit code, or nothing for success; errors go to the boundary in main.ts. */
  run(args: string[]): Promise<void | number>;
}

// NOTE: a command's code is imported only when it runs: `check` and `new` stay quick because they never load Eleventy.
export const COMMANDS: Record<string, Command> = {
  build: {
    summary: "Validate the notes and build the site (production: drafts left out).",
    usage: buildUsage,
    run: async (args) => (await import("./build/index.ts")).buildCommand(args),
  },
  serve: {
    summary: "Build with drafts and serve with live reload.",
    usage: serveUsage,
    run: async (args) => (await import("./serve/index.ts")).serveCommand(args),
  },
  new: { summary: creating.summary, usage: creating.usage, run: async (args) => (await import("./new/index.ts")).newCommand(args) },
  check: { summary: check.summary, usage: check.usage, run: async (args) => (await import("./check/index.ts")).checkCommand(args) },
  place: { summary: placing.summary, usage: placing.usage, run: async (args) => (await import("./place/index.ts")).placeCommand(args) },
  import: { summary: importing.summary, usage: importing.usage, run: async (args) => (await import("./import/index.ts")).importCommand(args) },
  "merge-shards": { summary: merging.summary, usage: merging.usage, run: async (args) => (await import("./merge-shards/index.ts")).mergeShardsCommand(args) },
  "import-csv": { summary: importingCsv.summary, usage: importingCsv.usage, run: async (args) => (await import("./import-csv/index.ts")).importCsvCommand(args) },
};
