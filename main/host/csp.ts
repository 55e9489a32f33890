/**
 * The one Content-Security-Policy of the renderer, sent by the browser host and
 * by Electron's app:// protocol. 'unsafe-inline' for styles only: antd's
 * CSS-in-JS injects <style> elements at run time. Scripts come only from our bundle.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `npm run dev` only: Vite's React refresh preamble is an inline script and its
 * hot-reload socket listens on its own port.
 */
export const devContentSecurityPolicy = (hmrPort: number): string =>
  CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${hmrPort} ws://localhost:${hmrPort}`,
  );

/** Headers every response of the browser host carries. */
export const securityHeaders = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
});
