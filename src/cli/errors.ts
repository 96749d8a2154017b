/** Errors a person can act on. The boundary in main.ts prints their message (never a stack) and exits with their code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A command called the wrong way: the boundary prints the message followed by the command's usage. */
export class UsageError extends CliError {}
