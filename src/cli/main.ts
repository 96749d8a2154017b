/**
 * The CLI's single error boundary: content problems and refusals exit 1 with their message, never a
 * stack trace; a command called the wrong way prints its usage and exits 2; anything else is a bug
 * and exits 70 (EX_SOFTWARE) with one line (the stack only with --debug, for whoever reports or fixes it).
 * `--help` or `-h` on any command prints its usage and exits 0.
 */
import { COMMANDS } from "./commands.ts";
import { CliError, UsageError } from "./errors.ts";
import { ContentError } from "../notes/problems.ts";

function help(): string {
  return ["Commands:", ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}\n           ${command.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const [name, ...args] = argv.filter((arg) => arg !== "--debug");
  if (name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command "${name}".\n${help()}` : help());
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`${command.summary}\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    // A command may answer with its own exit code (e.g. `check` finding problems); otherwise success.
    return (await command.run(args)) ?? 0;
  } catch (error) {
    const cause = findContentError(error);
    if (cause) {
      // Eleventy has already logged the problems when they surfaced inside a build.
      if (cause === error) console.error(cause.message);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(error as Error).message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    // Ctrl+C or Ctrl+D at a prompt: the person chose to stop; nothing was written.
    if ((error as Error).name === "ExitPromptError" || (error as Error).name === "AbortPromptError") {
      console.error("Stopped; nothing was written.");
      return 130;
    }
    if (debug) console.error(error);
    else console.error(`Unexpected error in "${name}": ${oneLine(error)}\nThis is a bug, not a mistake in your notes. Run the command again with --debug to see where it happened, and report it.`);
    return 70;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n").find((line) => line.trim() !== "") ?? "(no message)").trim().slice(0, 300);
}

function findContentError(error: unknown): ContentError | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause) {
    if (current instanceof ContentError) return current;
  }
  return undefined;
}

// A reader that stops reading (`| head`) must not stop a build half-way: what it would have printed is dropped.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
