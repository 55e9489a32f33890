import type { MenuCommand } from '../../src/api/bridge';
import type { CallName, CallRequest, CallResponse } from '../../src/api/contract';
import type { ApiError, ErrorCode, Result } from '../../src/api/result';
import { createElectronTransport } from './electronTransport';
import { createHttpTransport, takeTokenFromLocation } from './httpTransport';
import type { Transport } from './transport';

/** A failed call, thrown by `api.invoke`; `code` selects the translated message `errors.<code>`. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string>;
  readonly call: CallName;

  constructor(call: CallName, error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.call = call;
    this.code = error.code;
    this.params = error.params ?? {};
  }
}

let transport: Transport | null = null;

// Chosen once, on first use: the preload's bridge means Electron, otherwise the page came from the HTTP host.
const currentTransport = (): Transport => {
  transport ??= window.journeyStudio ? createElectronTransport(window.journeyStudio) : createHttpTransport(takeTokenFromLocation());
  return transport;
};

/** Replaces the transport (tests and stories only). */
export const setTransport = (next: Transport): void => {
  transport = next;
};

/** Reads the token from the address bar early, before the app's router can rewrite the URL. */
export const initApi = (): void => {
  currentTransport();
};

export const api = {
  /** Sends one call; resolves to its Result (never rejects). */
  call<K extends CallName>(name: K, request: CallRequest<K>): Promise<Result<CallResponse<K>>> {
    // The host validates every request against the same contract, so the reply has the contract's type.
    return currentTransport().call(name, request) as Promise<Result<CallResponse<K>>>;
  },
  /** Sends one call and returns its value; throws ApiCallError on failure. */
  async invoke<K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> {
    const result = await api.call(name, request);
    if (!result.ok) throw new ApiCallError(name, result.error);
    return result.value;
  },
  /** Sends a call while the page is going away (reload, close); no reply is awaited. */
  sendOnUnload<K extends CallName>(name: K, request: CallRequest<K>): void {
    currentTransport().send(name, request);
  },
  /** Subscribes to native menu commands (Electron only); returns the unsubscribe function. */
  onMenu(cb: (command: MenuCommand) => void): () => void {
    return currentTransport().onMenu(cb);
  },
};
