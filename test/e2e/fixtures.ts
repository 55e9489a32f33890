import { test as base, expect } from '@playwright/test';
import { startBuiltHost, type RunningHost } from '../helpers/host';

/**
 * Every test gets its own browser host with its own temporary data and
 * projects folders, and a page already opened on it. What the page reports
 * as an error (uncaught exceptions, console errors, failed API calls) is
 * kept and, when the test fails, attached and printed, so a failure on CI
 * says what the page saw and not only which locator timed out.
 */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startBuiltHost();
    await use(host);
    await host.stop();
  },
  page: async ({ page, host }, use, testInfo) => {
    const seen: string[] = [];
    const started = Date.now();
    const note = (line: string) => seen.push(`+${((Date.now() - started) / 1000).toFixed(1)}s ${line}`);
    page.on('pageerror', (error) => note(`page error: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') note(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => note(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    await page.goto(host.url);
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus && seen.length > 0) {
      const report = seen.join('\n');
      await testInfo.attach('page-errors', { body: report, contentType: 'text/plain' });
      console.log(`What the page reported during "${testInfo.title}":\n${report}`);
    }
  },
});

export { expect };
