export type DocumentErrorCode = 'BAD_DOCUMENT' | 'FROM_NEWER_VERSION';

/**
 * Why a project document (the JSON form) cannot be read. The codes are API
 * error codes, so main can pass `code`, `message` and `params` on unchanged.
 */
export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** A BAD_DOCUMENT error that names the path of the offending field. */
export function badDocument(path: string, problem: string): DocumentError {
  return new DocumentError('BAD_DOCUMENT', `Invalid project document${path ? ` at ${path}` : ''}: ${problem}`, { path });
}
