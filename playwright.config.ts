import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './main/host/chromium';

// UI tests run in a real Chromium against the browser host (`npm run build` first).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  // Generous: a two-core CI machine runs two browsers, two hosts and the runner at once.
  timeout: 90000,
  expect: { timeout: 10000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    headless: true,
    // Like a user who asked the system for less motion: no antd animations to wait for (the app honours the setting).
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    // Recording a trace makes every test about 2.5 times slower; CI keeps the failure screenshot only
    // (JOURNEY_TRACE=1 records traces there too).
    trace: process.env.CI && process.env.JOURNEY_TRACE !== '1' ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
