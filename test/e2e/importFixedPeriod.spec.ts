import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { createMap, createProject } from './support/home';
import { channelId, chooseOption, dailyValues, nextStep, openImportWizard } from './support/importWizard';
import { artefact } from './support/workshop';

test('an undated channel report gets its month in the mapping step, and its values are filed under it', async ({ page, host }) => {
  await createProject(page, 'Channels');
  await createMap(page, 'Paid channels');
  const file = path.join(host.projectsDir, 'march-totals.csv');
  fs.writeFileSync(file, ['渠道,访问次数,点击量', '微信,5200,410', '抖音,3100,95'].join('\r\n'));
  const wechat = await channelId(page, 'wechat');
  const douyin = await channelId(page, 'douyin');

  const dialog = await openImportWizard(page, file);
  await nextStep(page, 'mapping');
  // No column holds the period, so the wizard asks for one.
  const field = dialog.getByTestId('import-fixed-period-grain');
  await expect(field).toBeVisible();
  await chooseOption(page, dialog, 'Period of every value', 'Month');
  const picker = dialog.getByTestId('import-fixed-period-date');
  // Choosing Month proposed this month; the user types another over it.
  await picker.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2026-03');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('import-fixed-period-span')).toHaveText('2026-03-01 to 2026-03-31');
  await artefact(page, 'import-2-mapping-fixed-period');

  await nextStep(page, 'reading');
  await expect(dialog.getByTestId('import-matches')).toBeVisible();
  await nextStep(page, 'review');
  await dialog.getByRole('button', { name: 'Import 2 valid rows' }).click();
  await expect(page.getByText('Imported 4 values from march-totals.csv')).toBeVisible();

  const values = await dailyValues(page, 'month');
  expect(values).toMatchObject({
    [`channel:${wechat}|visits|2026-03-01`]: 5200,
    [`channel:${wechat}|clicks|2026-03-01`]: 410,
    [`channel:${douyin}|visits|2026-03-01`]: 3100,
    [`channel:${douyin}|clicks|2026-03-01`]: 95,
  });
});
