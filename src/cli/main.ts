/**
 * The CLI's single error boundary: content problems, refusals and usage mistakes exit 1 with their
 * message, never a stack trace; anything else is a bug and exits 2 with the stack.
 */
import { COMMANDS } from "./commands.ts";
import { CliError, UsageError } from "./errors.ts";
import { ContentError } from "../notes/problems.ts";

function help(): string {
  return ["Commands:", ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}\n           ${command.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command "${name}".\n${help()}` : help());
    return 1;
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
      return 1;
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
    console.error(error);
    return 2;
  }
}

function findContentError(error: unknown): ContentError | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause) {
    if (current instanceof ContentError) return current;
  }
  return undefined;
}

process.exitCode = await main(process.argv.slice(2));
