import type { z } from 'zod';
import { formatIssuePath } from '../schema/issuePath';
import { CommandError } from './errors';

/** The command's args parsed by its schema, or INVALID_ARGS naming the command and the offending field. */
export function parseArgs(name: string, schema: z.ZodType, raw: unknown): unknown {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = formatIssuePath(issue?.path ?? []);
  throw new CommandError('INVALID_ARGS', `${name}: invalid args${field ? ` at ${field}` : ''}: ${issue?.message ?? 'rejected'}`, {
    command: name,
    field,
  });
}

/** Runs `edit`; a CommandError it throws gets `prefix` before its message and `params` added. */
export function withContext<T>(prefix: string, params: Record<string, string>, edit: () => T): T {
  try {
    return edit();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    throw new CommandError(error.code, `${prefix} ${error.message}`, { ...error.params, ...params });
  }
}
