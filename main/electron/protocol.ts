import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../host/csp';
import { readStaticFile } from '../host/staticFiles';
import { APP_SCHEME, isAllowedNavigation } from './security';

/** Must run before the app is ready: app:// behaves like https (secure, standard origin, fetch). */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
};

/** Serves app://journey/* from the built renderer only, with the same headers as the browser host. */
export const serveAppScheme = (rendererDir: string): void => {
  const headers = securityHeaders(CONTENT_SECURITY_POLICY);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = isAllowedNavigation(request.url) ? await readStaticFile(rendererDir, new URL(request.url).pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    return new Response(new Uint8Array(file.body), { status: 200, headers: { ...headers, 'Content-Type': file.contentType } });
  });
};
