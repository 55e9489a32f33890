import type { z } from 'zod';
import { contract, isCallName, type Handlers } from '../../src/api/contract';
import { fail, ok, type Result } from '../../src/api/result';
import { toApiError } from './toApiError';

/** "commands.0.args.name: Too small: ..." — the first problem, named by its path in the request. */
function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', message: 'Invalid request' };
  const field = issue.path.map(String).join('.');
  return { field, message: field ? `${field}: ${issue.message}` : `Request: ${issue.message}` };
}

/**
 * The one door into main for both transports: checks the call name and
 * validates the payload with the contract before the handler sees it, and
 * turns every outcome into a Result. Never throws.
 */
export async function dispatch(handlers: Handlers, name: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    const shown = typeof name === 'string' ? `"${name.slice(0, 100)}"` : `a ${typeof name}`;
    return fail('UNKNOWN_CALL', `Unknown call ${shown}.`, typeof name === 'string' ? { name: name.slice(0, 100) } : undefined);
  }
  try {
    const parsed = contract[name].request.safeParse(payload);
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error);
      return fail('BAD_REQUEST', `Bad request for ${name}: ${message}`, { field, call: name });
    }
    const handler = handlers[name] as (request: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
