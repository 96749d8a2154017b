/** Every command of the `briefing` CLI, in one list. */
import { buildCommand, buildUsage } from "./build/index.ts";
import { serveCommand, serveUsage } from "./serve/index.ts";

export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<void>;
}

export const COMMANDS: Record<string, Command> = {
  build: { summary: "Validate the notes and build the site (production: drafts left out).", usage: buildUsage, run: buildCommand },
  serve: { summary: "Build with drafts and serve with live reload.", usage: serveUsage, run: serveCommand },
};
