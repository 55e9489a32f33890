import { test as base, expect } from '@playwright/test';
import { startBuiltHost, type RunningHost } from '../helpers/host';

/**
 * Every test gets its own browser host with its own temporary data and
 * projects folders, and a page already opened on it.
 */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startBuiltHost();
    await use(host);
    await host.stop();
  },
  page: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
