/** Error codes every call may return; the renderer shows `errors.<code>` from its i18n resources. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_CALL',
  'NOT_FOUND',
  'NOT_SQLITE',
  'NOT_A_PROJECT',
  'CORRUPT',
  'FROM_NEWER_VERSION',
  'READ_ONLY',
  'ALREADY_OPEN',
  'LOCKED',
  'EXISTS',
  'COMMAND_FAILED',
  'BAD_DOCUMENT',
  'IO',
  'UNSUPPORTED',
  /** A spreadsheet that cannot be read as one (names the file, and the row or sheet where it can). */
  'BAD_FILE',
  /** Work the user stopped; nothing of it was written. */
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure a person can act on: a code for the UI, an English message, and the values it names. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Values for the translated message, e.g. { file, field, version }. */
  params?: Record<string, string>;
}

/** Every reply: a value or an error, never a throw across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, params?: Record<string, string>): Result<never> => ({
  ok: false,
  error: params ? { code, message, params } : { code, message },
});

/** Thrown inside main's handlers; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
