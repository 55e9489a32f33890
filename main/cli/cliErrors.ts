import type { ApiError } from '../../src/api/result';

/** The command's exit codes (README "Command line", `journey-studio --help`). */
export const EXIT = {
  ok: 0,
  /** The operation failed: a bad project, an export or import that went wrong. */
  failed: 1,
  /** The command was called wrongly: unknown option, missing argument, a value or name that is not allowed. */
  usage: 2,
  /** The project or input file does not exist, or is not a Journey Studio project. */
  notFound: 3,
  /** Stopped with Ctrl+C (128 + SIGINT, as shells report it); nothing half-written is left. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0    success
  1    the operation failed (the message names the file, row or field)
  2    usage error: unknown option, missing argument, a value or name that is not allowed
  3    file not found, or not a Journey Studio project
  130  interrupted with Ctrl+C (nothing is left half-written)`;

/** A failure the command reports on stderr and exits with; never a stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string): CliError => new CliError(EXIT.usage, message);

// A missing or foreign file is something a script can test for (exit 3), unlike a damaged or locked one.
const NOT_FOUND_CODES = new Set<string>(['NOT_FOUND', 'NOT_SQLITE', 'NOT_A_PROJECT']);

/** The exit code and message of a call that failed. */
export function fromApiError(error: ApiError): CliError {
  if (NOT_FOUND_CODES.has(error.code)) return new CliError(EXIT.notFound, error.message);
  // The dispatcher's own check of a request built from the command's arguments (it names the call).
  if (error.code === 'BAD_REQUEST' && error.params?.call !== undefined) return new CliError(EXIT.usage, error.message);
  return new CliError(EXIT.failed, error.message);
}
