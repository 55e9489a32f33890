import type { MenuCommand } from '../../src/api/bridge';
import type { Result } from '../../src/api/result';

/** One way of reaching main: Electron IPC or the localhost HTTP host. */
export interface Transport {
  call(name: string, payload: unknown): Promise<Result<unknown>>;
  /** Sends a call without waiting for it, in a way that survives the page being unloaded. */
  send(name: string, payload: unknown): void;
  onMenu(cb: (command: MenuCommand) => void): () => void;
}

/** A reply is trusted only if it has the Result shape; anything else is a host bug. */
export const isResult = (value: unknown): value is Result<unknown> => {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
};
