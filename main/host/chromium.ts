import fs from 'node:fs';

/**
 * Which Chromium the UI tests, the bench and (later) PDF export drive. Playwright's own browser
 * download is not used: point JOURNEY_STUDIO_CHROMIUM at any Chromium or
 * Chrome binary (macOS: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
 * Windows: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe").
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.JOURNEY_STUDIO_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Flags for a quiet headless Chromium on a machine with no network and as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
