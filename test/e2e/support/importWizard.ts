import { expect, type Locator, type Page } from '@playwright/test';
import { pickPath } from './home';
import { DERIVED_METRICS } from '../../../src/metrics/derived';
import { callApi } from './mapApi';

const DERIVED_KEYS = new Set(DERIVED_METRICS.map((derived) => derived.key));

/**
 * The metrics import wizard as a user drives it (English UI), and reads of
 * the open map's metrics through the host's API, the way the page calls it.
 */

export { callApi };

interface Series {
  target: { kind: string; id?: string };
  metric: string;
  segment: string;
  points: { period: string | null; value: number }[];
}

/** The open map's stored values by day (or `grain`): "<target kind>:<id>|<metric>|<period>" → value. */
export async function dailyValues(page: Page, grain: 'day' | 'month' = 'day'): Promise<Record<string, number>> {
  const data = await callApi<{ series: Series[] }>(page, 'metrics.get', (ids) => ({ ...ids, grain }));
  const values: Record<string, number> = {};
  // The files' own values: rates main derives from them (CTR from clicks and impressions) are left out here.
  for (const s of data.series.filter((series) => !DERIVED_KEYS.has(series.metric))) for (const p of s.points) values[`${s.target.kind}:${s.target.id ?? ''}|${s.metric}|${p.period ?? ''}`] = p.value;
  return values;
}

/** The id of the project's built-in channel `builtin` ("search", "wechat"). */
export async function channelId(page: Page, builtin: string): Promise<string> {
  const catalog = await callApi<{ channels: { id: string; builtin?: string }[] }>(page, 'catalog.get', (ids) => ({ projectId: ids.projectId }));
  const channel = catalog.channels.find((c) => c.builtin === builtin);
  if (!channel) throw new Error(`no built-in channel ${builtin}`);
  return channel.id;
}

export const wizard = (page: Page): Locator => page.getByRole('dialog').filter({ has: page.getByTestId('import-wizard-body') });

/** The wizard's current step: file, mapping, reading, match or review. */
export const wizardStep = (page: Page): Locator => page.getByTestId('import-wizard-body');

/** Clicks "Import data" in the editor toolbar, picks the file at `path` and waits for its preview. */
export async function openImportWizard(page: Page, path: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import data', exact: true }).click();
  await pickPath(page, 'Import data from a spreadsheet', path);
  const dialog = wizard(page);
  await expect(dialog).toBeVisible();
  // The preview, or the wizard's error naming why the file could not be read: a failure then says which.
  const error = dialog.getByTestId('import-error');
  await expect(dialog.getByTestId('import-preview').or(error)).toBeVisible();
  if (await error.isVisible()) throw new Error(`The wizard could not read ${path}: ${await error.innerText()}`);
  return dialog;
}

/** Chooses `option` (its exact text) in the antd Select labelled `label`; a searchable one is filtered by typing, as its list is virtual. */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const select = scope.getByRole('combobox', { name: label, exact: true });
  await select.click();
  if ((await select.getAttribute('readonly')) === null) await page.keyboard.type(option);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.getByTitle(option, { exact: true }).click();
  await expect(dropdown).toBeHidden();
}

/** Presses the wizard's primary button (Next, Read file, Import N valid rows) and waits for `step`. */
export async function nextStep(page: Page, step: 'mapping' | 'reading' | 'match' | 'review'): Promise<void> {
  await wizard(page).getByTestId('import-next').click();
  await expect(wizardStep(page)).toHaveAttribute('data-step', step === 'reading' ? /reading|match/ : step);
}
