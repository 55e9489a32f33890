import type { TFunction } from 'i18next';

/** What the renderer needs of an API error (an `ApiError` or an `ApiCallError`). */
export interface DescribableError {
  code: string;
  message: string;
  params?: Record<string, string>;
}

const UNFILLED_PLACEHOLDER = /\{\{[^}]+\}\}/;

/**
 * The translated `common:errors.<CODE>` text with the error's params filled in.
 * Errors about one map (their params name a `mapId`) use `errors.<CODE>_map`
 * when it exists. Falls back to the English message from main when the code is
 * unknown or main did not send a value the translation names, so no "{{file}}"
 * reaches the user.
 */
export function describeError(t: TFunction, error: DescribableError): string {
  const key = `common:errors.${error.code}`;
  const context = error.params?.mapId === undefined ? undefined : 'map';
  const text = t(key, { ...error.params, context, defaultValue: '' });
  if (typeof text !== 'string' || text === '' || text === key || UNFILLED_PLACEHOLDER.test(text)) return error.message;
  return text;
}

/** Turns anything thrown by an API call (or by a bug) into something `describeError` can show. */
export function toDescribableError(thrown: unknown): DescribableError {
  if (typeof thrown === 'object' && thrown !== null && 'code' in thrown && 'message' in thrown) {
    const { code, message } = thrown;
    const params = 'params' in thrown ? thrown.params : undefined;
    if (typeof code === 'string' && typeof message === 'string') {
      return isStringRecord(params) ? { code, message, params } : { code, message };
    }
  }
  return { code: 'INTERNAL', message: thrown instanceof Error ? thrown.message : String(thrown) };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}
