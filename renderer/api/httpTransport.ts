import { TOKEN_HEADER } from '../../src/api/bridge';
import { fail } from '../../src/api/result';
import { isResult, type Transport } from './transport';

const TOKEN_KEY = 'journeyStudio.token';

/**
 * The host prints its URL with `?token=...` (like Jupyter). Keep the token for
 * this tab only and drop it from the address bar so it is not bookmarked,
 * shared in a screenshot or left in history.
 */
export const takeTokenFromLocation = (): string | null => {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
};

/** Calls the localhost browser host with `POST /api/<name>`. */
export const createHttpTransport = (token: string | null): Transport => ({
  async call(name, payload) {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(payload ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      return fail('INTERNAL', `Cannot reach the Journey Studio host (is it still running?): ${String(error)}`, { call: name });
    }
    const status = String(response.status);
    if (response.status === 401 || response.status === 403) {
      return fail('UNSUPPORTED', 'This page is not authorised by the Journey Studio host. Open the address the host printed (it carries the access token).', {
        call: name,
        status,
      });
    }
    if (response.status === 413) {
      return fail('BAD_REQUEST', `The request "${name}" is too large for the host.`, { call: name, status });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('INTERNAL', `The host replied to "${name}" with HTTP ${status} and no readable result.`, { call: name, status });
    }
    return isResult(body) ? body : fail('INTERNAL', `The host replied to "${name}" with something that is not a result.`, { call: name, status });
  },
  send(name, payload) {
    // keepalive lets the request outlive the page (reload, tab closed); same-origin, so the token header is allowed.
    void fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body: JSON.stringify(payload ?? {}),
      credentials: 'omit',
      keepalive: true,
    }).catch(() => undefined);
  },
  // Menus exist only in the Electron window; in a browser nothing ever arrives.
  onMenu: () => () => undefined,
});
