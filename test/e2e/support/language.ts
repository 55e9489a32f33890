import { expect, type Page } from '@playwright/test';

/**
 * Switches the UI language with the header's switch and waits until main has
 * stored the choice, so a reload right after it sees the new setting.
 */
export async function switchLanguage(page: Page, label: 'English' | '简体中文'): Promise<void> {
  const stored = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/settings.set');
  await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  expect((await stored).ok()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', label === 'English' ? 'en' : 'zh-CN');
}
