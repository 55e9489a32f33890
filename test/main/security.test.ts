import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAllowedNavigation, isTrustedSender, windowOpenDecision } from '../../main/electron/security';
import { CONTENT_SECURITY_POLICY } from '../../main/host/csp';

describe('Electron window navigation', () => {
  it('stays on our own app:// pages', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html#/map/1`)).toBe(true);
  });

  it('refuses every other origin, including look-alikes', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/index.html',
      'file:///etc/passwd',
      'app://journey.evil.com/index.html',
      'app://evil/index.html',
      'app://journey@evil.com/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('IPC sender check', () => {
  it('trusts only the main frame showing our page', () => {
    expect(isTrustedSender(APP_ENTRY_URL, true)).toBe(true);
    expect(isTrustedSender(APP_ENTRY_URL, false)).toBe(false);
    expect(isTrustedSender('https://example.com/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender(null, true)).toBe(false);
  });
});

describe('new windows', () => {
  it('never opens one, but sends plain web links to the system browser', () => {
    expect(windowOpenDecision('https://example.com/help?q=1')).toEqual({ action: 'deny', openExternal: 'https://example.com/help?q=1' });
    expect(windowOpenDecision('http://example.com')).toEqual({ action: 'deny', openExternal: 'http://example.com/' });
  });

  it('drops links that could run code or reach local files', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://journey/index.html', 'https://user:pw@example.com/', 'nonsense']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny' });
    }
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts only from our own bundle and forbids framing, plugins and form posts', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['script-src']).toBe("'self'");
    expect(directives['default-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['form-action']).toBe("'none'");
    expect(directives['connect-src']).toBe("'self'");
  });
});
