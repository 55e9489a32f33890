/**
 * Window hardening decisions as plain functions, so they are tested without
 * Electron. Node's URL gives custom schemes an opaque origin ("null"), so
 * origins are compared as scheme + host.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'journey';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
};

/** The window may only ever show our own pages; everything else is refused. */
export const isAllowedNavigation = (url: string, appOrigin: string = APP_ORIGIN): boolean => originOf(url) === appOrigin;

/** An IPC call is served only for our window's main frame showing one of our pages (not an iframe, not a foreign page). */
export const isTrustedSender = (frameUrl: string | undefined | null, isMainFrame: boolean, appOrigin: string = APP_ORIGIN): boolean =>
  isMainFrame && typeof frameUrl === 'string' && originOf(frameUrl) === appOrigin;

export interface WindowOpenDecision {
  action: 'deny';
  /** A web link to show in the system browser instead. */
  openExternal?: string;
}

/** New windows are never created; plain web links go to the system browser, anything else is dropped. */
export const windowOpenDecision = (url: string): WindowOpenDecision => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { action: 'deny' };
  }
  const web = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && !parsed.username && !parsed.password;
  return web ? { action: 'deny', openExternal: parsed.href } : { action: 'deny' };
};
