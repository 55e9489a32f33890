import { utils, write } from '@e965/xlsx';
import fs from 'node:fs';
import path from 'node:path';
import { encodeGbk } from '../helpers/gbk';
import { expect, test } from './fixtures';
import { createMap, createProject } from './support/home';
import { savedMap } from './support/mapApi';
import { callApi, channelId, chooseOption, dailyValues, nextStep, openImportWizard, wizard, wizardStep } from './support/importWizard';
import { switchLanguage } from './support/language';
import { artefact } from './support/workshop';

// A Chinese ad platform's export as Excel saves it: GBK, a title row, Chinese headers,
// "1,234" and "12.5%" values, a cell that is not a number (row 5) and a totals row (row 7).
const MARCH = [
  '2026年3月渠道数据',
  '日期,渠道,展示量,点击量,点击率,备注',
  '2026-03-01,品牌专区,"1,234",150,12.2%,品牌词',
  '2026-03-01,微信,"2,000",300,15%,朋友圈',
  '2026-03-02,品牌专区,"1,500",abc,10%,通用词',
  '2026-03-02,抖音,"3,000",360,12%,信息流',
  '合计,,"7,734",810,,',
].join('\r\n');

// The same report a day later: 微信 changed, 抖音 moved to the 3rd, the 2nd gone.
const MARCH_REVISED = [
  '2026年3月渠道数据',
  '日期,渠道,展示量,点击量,点击率,备注',
  '2026-03-01,品牌专区,"1,234",150,12.2%,品牌词',
  '2026-03-01,微信,"2,500",300,12%,朋友圈',
  '2026-03-03,抖音,900,90,10%,信息流',
  '合计,,"4,634",540,,',
].join('\r\n');

const writeGbk = (dir: string, name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, encodeGbk(text));
  return file;
};

test('a GBK CSV is imported through the wizard, re-imported with its preset to show the diff, and undone from the history', async ({ page, host }) => {
  await createProject(page, 'Channels');
  await createMap(page, 'Paid channels');
  const march = writeGbk(host.projectsDir, '渠道.csv', MARCH);
  const revised = writeGbk(host.projectsDir, '渠道-修订.csv', MARCH_REVISED);
  const search = await channelId(page, 'search');
  const wechat = await channelId(page, 'wechat');
  const douyin = await channelId(page, 'douyin');

  // Step 1: encoding detected, Chinese shown, title and totals rows recognised.
  const dialog = await openImportWizard(page, march);
  const preview = dialog.getByTestId('import-preview');
  await expect(dialog.getByTestId('import-encoding-evidence')).toHaveText('GB18030 (GBK) — detected: not valid UTF-8');
  await expect(preview.locator('tr[data-row="2"]')).toContainText('展示量');
  await expect(preview.locator('tr[data-row="2"]')).toContainText('Header');
  await expect(preview.locator('tr[data-row="1"]')).toContainText('Title');
  await expect(preview.locator('tr[data-row="7"]')).toContainText('Totals (excluded)');
  await expect(dialog.getByTestId('import-totals-notice')).toContainText('Totals row 7');
  await expect(dialog.getByLabel('Header row')).toHaveValue('2');
  await artefact(page, 'import-1-file');

  // Read as UTF-8 the same bytes turn to mojibake; automatic brings the Chinese back.
  await chooseOption(page, dialog, 'Encoding', 'UTF-8');
  await expect(preview).not.toContainText('展示量');
  await expect(preview).toContainText('\ufffd');
  await artefact(page, 'import-1-file-utf8');
  await chooseOption(page, dialog, 'Encoding', 'Automatic (GB18030 (GBK))');
  await expect(preview.locator('tr[data-row="2"]')).toContainText('展示量');

  // Step 2: the suggestion maps 渠道 to the channel and the metric columns; 点击率 is left out (it is derived).
  await nextStep(page, 'mapping');
  await expect(dialog.getByRole('combobox', { name: 'What column “渠道” holds' })).toBeVisible();
  await expect(dialog.getByTestId('import-columns').locator('tr[data-column="B"]')).toContainText('Channel');
  await expect(dialog.getByTestId('import-columns').locator('tr[data-column="C"]')).toContainText('Impressions');
  await chooseOption(page, dialog, 'What column “点击率” holds', 'Ignore');
  // Without any metric column the wizard refuses to go on, and says why.
  await chooseOption(page, dialog, 'What column “展示量” holds', 'Ignore');
  await chooseOption(page, dialog, 'What column “点击量” holds', 'Ignore');
  await dialog.getByTestId('import-next').click();
  await expect(dialog.getByTestId('import-mapping-problem')).toHaveText('Choose at least one metric column.');
  await chooseOption(page, dialog, 'What column “展示量” holds', 'Impressions (impressions)');
  await chooseOption(page, dialog, 'What column “点击量” holds', 'Clicks (clicks)');
  await dialog.getByRole('button', { name: 'Save as preset…' }).click();
  await page.getByLabel('Preset name').fill('渠道日报');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Preset “渠道日报” saved.')).toBeVisible();
  await artefact(page, 'import-2-mapping');

  // Steps 3 and 4: read, then match 品牌专区 (Baidu's brand-zone ads: no channel or alias of that name) to the search channel.
  await nextStep(page, 'reading');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  const matches = dialog.getByTestId('import-matches');
  await expect(dialog.getByTestId('import-unmatched')).toContainText('1 key matches nothing');
  await expect(matches.getByRole('combobox', { name: 'Target for “微信”' })).toBeVisible();
  await expect(matches.locator('tr', { hasText: '微信' })).toContainText('WeChat');
  await expect(matches.locator('tr', { hasText: '抖音' })).toContainText('Douyin');
  await artefact(page, 'import-4-match');
  await chooseOption(page, dialog, 'Target for “品牌专区”', 'Search engine (SEO/SEM)');
  await expect(dialog.getByTestId('import-unmatched')).toBeHidden();

  // Step 5: counts, the refused cell with its row, column, raw value and reason, and the diff.
  await nextStep(page, 'review');
  await expect(dialog.getByTestId('count-rowsRead')).toHaveText('Rows read5');
  await expect(dialog.getByTestId('count-validRows')).toHaveText('Valid rows4');
  await expect(dialog.getByTestId('count-totalsRows')).toHaveText('Totals rows excluded1rows 7');
  await expect(dialog.getByTestId('count-problems')).toHaveText('Problems1');
  const problem = dialog.getByTestId('import-problems').locator('tbody tr').first();
  await expect(problem).toContainText('5');
  await expect(problem).toContainText('D');
  await expect(problem).toContainText('点击量');
  await expect(problem).toContainText('abc');
  await expect(problem).toContainText('Not a number');
  await expect(dialog.getByTestId('diff-added')).toHaveText('Added7');
  await expect(dialog.getByTestId('diff-changed')).toHaveText('Changed0');
  await expect(dialog.getByTestId('diff-removed')).toHaveText('Removed0');
  await artefact(page, 'import-5-review');
  await dialog.getByRole('button', { name: 'Import 4 valid rows' }).click();
  await expect(page.getByText('Imported 7 values from 渠道.csv: 7 added, 0 changed, 0 removed.')).toBeVisible();
  await expect(wizard(page)).toBeHidden();

  expect(await dailyValues(page)).toEqual({
    [`channel:${search}|impressions|2026-03-01`]: 1234,
    [`channel:${search}|clicks|2026-03-01`]: 150,
    [`channel:${wechat}|impressions|2026-03-01`]: 2000,
    [`channel:${wechat}|clicks|2026-03-01`]: 300,
    [`channel:${search}|impressions|2026-03-02`]: 1500,
    [`channel:${douyin}|impressions|2026-03-02`]: 3000,
    [`channel:${douyin}|clicks|2026-03-02`]: 360,
  });

  // The history lists it.
  await page.getByTestId('panel-toggle-metrics').click();
  await page.getByRole('tab', { name: 'Imports' }).click();
  const history = page.getByTestId('import-history');
  await expect(history.getByTestId('import-history-item')).toHaveCount(1);
  await expect(history.getByTestId('import-history-item').first()).toContainText('渠道.csv');
  await expect(history.getByTestId('import-history-item').first()).toContainText('4 rows');
  await expect(history.getByTestId('import-history-changes').first()).toHaveText('+7 ~0 −0');

  // (b) The revised file with the preset: mapping and the 品牌专区 match come from it; the diff shows what changes.
  const again = await openImportWizard(page, revised);
  await chooseOption(page, again, 'Use preset', '渠道日报');
  await nextStep(page, 'mapping');
  await expect(again.getByTestId('import-columns').locator('tr[data-column="E"]')).toContainText('Ignore');
  await nextStep(page, 'reading');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  await expect(again.getByTestId('import-matches').locator('tr', { hasText: '品牌专区' })).toContainText('Search engine (SEO/SEM)');
  await nextStep(page, 'review');
  await expect(again.getByTestId('diff-added')).toHaveText('Added2');
  await expect(again.getByTestId('diff-changed')).toHaveText('Changed1');
  await expect(again.getByTestId('diff-removed')).toHaveText('Removed3');
  await expect(again.getByTestId('diff-unchanged')).toHaveText('Unchanged3');
  const diff = again.getByTestId('import-diff');
  await expect(diff.locator('tr', { hasText: 'Changed' })).toContainText('2,000 → 2,500');
  await expect(diff.locator('tr', { hasText: 'Changed' })).toContainText('WeChat');
  await expect(diff.locator('tr', { hasText: 'Removed' }).first()).toContainText('→ —');
  await artefact(page, 'import-5-review-diff');
  await again.getByRole('button', { name: 'Import 3 valid rows' }).click();
  await expect(page.getByText('Imported 3 values from 渠道-修订.csv: 2 added, 1 changed, 3 removed.')).toBeVisible();
  expect(await dailyValues(page)).toEqual({
    [`channel:${search}|impressions|2026-03-01`]: 1234,
    [`channel:${search}|clicks|2026-03-01`]: 150,
    [`channel:${wechat}|impressions|2026-03-01`]: 2500,
    [`channel:${wechat}|clicks|2026-03-01`]: 300,
    [`channel:${douyin}|impressions|2026-03-03`]: 900,
    [`channel:${douyin}|clicks|2026-03-03`]: 90,
  });

  // Undo the re-import from the history: the first import's values are back.
  await expect(history.getByTestId('import-history-item')).toHaveCount(2);
  const newest = history.getByTestId('import-history-item').first();
  await expect(newest).toContainText('渠道-修订.csv');
  await expect(newest).toContainText('渠道日报');
  await artefact(page, 'import-history');
  await newest.getByRole('button', { name: 'Undo the import of 渠道-修订.csv' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The import of 渠道-修订.csv was undone.')).toBeVisible();
  await expect(newest).toHaveAttribute('data-undone', 'true');
  await expect(newest).toContainText('undone');
  await expect(newest.getByRole('button', { name: 'Undo the import of 渠道-修订.csv' })).toBeDisabled();
  expect(await dailyValues(page)).toEqual({
    [`channel:${search}|impressions|2026-03-01`]: 1234,
    [`channel:${search}|clicks|2026-03-01`]: 150,
    [`channel:${wechat}|impressions|2026-03-01`]: 2000,
    [`channel:${wechat}|clicks|2026-03-01`]: 300,
    [`channel:${search}|impressions|2026-03-02`]: 1500,
    [`channel:${douyin}|impressions|2026-03-02`]: 3000,
    [`channel:${douyin}|clicks|2026-03-02`]: 360,
  });
  await artefact(page, 'import-history-undone');

  // The project's Imports tab lists the imports of every map, each with its map.
  await page.getByRole('button', { name: 'Back to project' }).click();
  await page.getByRole('tab', { name: 'Imports' }).click();
  const projectHistory = page.getByTestId('import-history');
  await expect(projectHistory.getByTestId('import-history-item')).toHaveCount(2);
  await expect(projectHistory.getByTestId('import-history-map')).toHaveText(['Paid channels', 'Paid channels']);
  await expect(projectHistory.getByTestId('import-history-item').first()).toHaveAttribute('data-undone', 'true');
  await artefact(page, 'import-history-project');
});

test('segment columns and channel names as marketers write them: proposed, changeable, and a hand match remembered', async ({ page, host }) => {
  await createProject(page, 'Channels');
  await createMap(page, 'Paid channels');
  const report = ['日期,渠道,访客数,新访客数,新访客交易数', '2026-03-01,百度推广,1000,600,30', '2026-03-01,巨量引擎,800,500,20', '2026-03-01,抖音达人合作,400,300,9'].join('\r\n');
  const file = writeGbk(host.projectsDir, '新访客.csv', report);
  const search = await channelId(page, 'search');
  const douyin = await channelId(page, 'douyin');

  const dialog = await openImportWizard(page, file);
  await nextStep(page, 'mapping');
  const columns = dialog.getByTestId('import-columns');
  await expect(columns.locator('tr[data-column="C"]')).toContainText('Visitors (visitors)');
  await expect(columns.locator('tr[data-column="C"]')).toContainText('Row’s segment');
  await expect(columns.locator('tr[data-column="D"]')).toContainText('Visitors (visitors)');
  await expect(columns.locator('tr[data-column="D"]')).toContainText('New visitors');
  await expect(columns.locator('tr[data-column="E"]')).toContainText('Transactions (transactions)');
  await expect(columns.locator('tr[data-column="E"]')).toContainText('New visitors');
  await artefact(page, 'import-2-mapping-segments');
  // The user files the new-visitor orders under returning visitors instead (to see the choice work), then puts it back.
  await chooseOption(page, dialog, 'Segment of “新访客交易数”', 'Returning visitors');
  await expect(columns.locator('tr[data-column="E"]')).toContainText('Returning visitors');
  await chooseOption(page, dialog, 'Segment of “新访客交易数”', 'New visitors');

  await nextStep(page, 'reading');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  const matches = dialog.getByTestId('import-matches');
  await expect(matches.locator('tr', { hasText: '百度推广' })).toContainText('Search engine (SEO/SEM)');
  await expect(matches.locator('tr', { hasText: '巨量引擎' })).toContainText('Douyin');
  await expect(dialog.getByTestId('import-unmatched')).toContainText('1 key matches nothing');
  await chooseOption(page, dialog, 'Target for “抖音达人合作”', 'Douyin');
  await nextStep(page, 'review');
  await dialog.getByRole('button', { name: 'Import 3 valid rows' }).click();
  await expect(page.getByText('Imported 6 values from 新访客.csv: 6 added, 0 changed, 0 removed.')).toBeVisible();

  const series = await callApi<{ series: { target: { id?: string }; metric: string; segment: string; points: { value: number }[] }[] }>(page, 'metrics.get', (ids) => ({ ...ids, grain: 'day' }));
  const stored = series.series
    .filter((s) => s.metric === 'visitors' || s.metric === 'transactions')
    .map((s) => `${s.target.id === search ? 'search' : s.target.id === douyin ? 'douyin' : s.target.id} ${s.metric} ${s.segment || 'all'} ${s.points.map((p) => p.value).join(',')}`)
    .sort();
  expect(stored).toEqual([
    'douyin transactions new 29', // 巨量引擎 20 + 抖音达人合作 9
    'douyin visitors all 1200', // 800 + 400
    'douyin visitors new 800', // 500 + 300
    'search transactions new 30',
    'search visitors all 1000',
    'search visitors new 600',
  ]);

  // The next import proposes the hand match of 抖音达人合作.
  const again = await openImportWizard(page, file);
  await nextStep(page, 'mapping');
  await nextStep(page, 'reading');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  await expect(again.getByTestId('import-matches').locator('tr', { hasText: '抖音达人合作' })).toContainText('Douyin');
  await expect(again.getByTestId('import-unmatched')).toBeHidden();
});

test('a large import cancelled while it reads changes nothing', async ({ page, host }) => {
  await createProject(page, 'Big');
  await createMap(page, 'Funnel');
  const lines = ['date,channel,impressions,clicks'];
  // Large enough that reading takes seconds, so the progress bar is seen part-way on a fast machine too.
  for (let i = 0; i < 1500000; i++) lines.push(`2026-03-${String((i % 28) + 1).padStart(2, '0')},WeChat,${1000 + (i % 97)},${i % 50}`);
  const big = path.join(host.projectsDir, 'big.csv');
  fs.writeFileSync(big, lines.join('\n'));

  // Enter moves on where no field has the focus.
  const dialog = await openImportWizard(page, big);
  await page.keyboard.press('Enter');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'mapping');
  await page.keyboard.press('Enter');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'reading');
  const progress = dialog.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-percent', /^([1-9]\d?)$/);
  await artefact(page, 'import-3-reading');
  await dialog.getByRole('button', { name: 'Stop reading' }).click();
  await expect(wizard(page)).toBeHidden();

  const history = await callApi<unknown[]>(page, 'import.history', (ids) => ids);
  expect(history).toEqual([]);
  expect(await dailyValues(page)).toEqual({});
});

test('the wizard in Chinese', async ({ page, host }) => {
  await createProject(page, 'Channels');
  await createMap(page, 'Paid channels');
  const march = writeGbk(host.projectsDir, '渠道.csv', MARCH);
  await switchLanguage(page, '简体中文');
  await page.getByRole('button', { name: '导入数据', exact: true }).click();
  const picker = page.getByRole('dialog', { name: '从表格文件导入数据' });
  await picker.getByLabel('位置').fill(march);
  await picker.getByRole('button', { name: '前往' }).click();
  const dialog = wizard(page);
  await expect(dialog.getByTestId('import-encoding-evidence')).toHaveText('GB18030 (GBK) — 检测依据：不是有效的 UTF-8');
  await dialog.getByTestId('import-next').click();
  await expect(dialog.getByRole('combobox', { name: '“渠道”列的内容' })).toBeVisible();
  await artefact(page, 'import-2-mapping-zh-CN');

  // Esc with a file read but not imported asks first; discarding writes nothing.
  await dialog.getByTestId('import-next').click();
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: '放弃本次导入？' });
  await confirm.getByRole('button', { name: '保留' }).click();
  await expect(confirm).toBeHidden();
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '放弃本次导入？' }).getByRole('button', { name: '放弃' }).click();
  await expect(wizard(page)).toBeHidden();
  expect(await callApi<unknown[]>(page, 'import.history', (ids) => ids)).toEqual([]);
  expect(await dailyValues(page)).toEqual({});
});

test('an XLSX workbook: the sheet is chosen, the header row clicked, and a long layout mapped by metric name', async ({ page, host }) => {
  await createProject(page, 'Stages');
  await createMap(page, 'Funnel');
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['本表说明'], ['数据见下一页']]), '说明');
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['2026年3月阶段数据'],
      ['阶段', '月份', '指标', '数值'],
      ['Aware', '2026-03', '访客数', 1200],
      ['Consider', '2026-03', '访客数', 300],
      ['Aware', '2026-03', '注册', 40],
    ]),
    '数据',
  );
  const file = path.join(host.projectsDir, 'stages.xlsx');
  fs.writeFileSync(file, write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  const dialog = await openImportWizard(page, file);
  await expect(dialog.getByTestId('import-preview')).toContainText('本表说明');
  await chooseOption(page, dialog, 'Sheet', '数据');
  const preview = dialog.getByTestId('import-preview');
  await expect(preview).toContainText('访客数');
  // Clicking a row makes it the header row; clicking the real one puts it back.
  await preview.locator('tr[data-row="3"]').click();
  await expect(dialog.getByLabel('Header row')).toHaveValue('3');
  await expect(preview.locator('tr[data-row="2"]')).toContainText('Title');
  await preview.locator('tr[data-row="2"]').click();
  await expect(dialog.getByLabel('Header row')).toHaveValue('2');
  await expect(preview.locator('tr[data-row="1"]')).toContainText('Title');

  await nextStep(page, 'mapping');
  await dialog.getByText('Long: metric name and value columns').click();
  await chooseOption(page, dialog, 'Rows are about', 'Stage');
  await chooseOption(page, dialog, 'What column “阶段” holds', 'Stage');
  await chooseOption(page, dialog, 'What column “月份” holds', 'Period (date)');
  await chooseOption(page, dialog, 'What column “指标” holds', 'Metric name');
  await chooseOption(page, dialog, 'What column “数值” holds', 'Value');
  const names = dialog.getByTestId('import-long-names');
  await expect(names.locator('tr', { hasText: '访客数' })).toContainText('Visitors (visitors)');
  await expect(names.locator('tr', { hasText: '注册' })).toContainText('Sign-ups (signUps)');
  await artefact(page, 'import-2-mapping-long');

  await nextStep(page, 'reading');
  await expect(wizardStep(page)).toHaveAttribute('data-step', 'match');
  await expect(dialog.getByTestId('import-unmatched')).toBeHidden();
  await nextStep(page, 'review');
  await expect(dialog.getByTestId('diff-added')).toHaveText('Added3');
  await dialog.getByRole('button', { name: 'Import 3 valid rows' }).click();
  await expect(page.getByText('Imported 3 values from stages.xlsx: 3 added, 0 changed, 0 removed.')).toBeVisible();

  const stages = Object.fromEntries((await savedMap(page)).stages.map((s) => [s.name, s.id]));
  expect(await dailyValues(page, 'month')).toEqual({
    [`stage:${stages.Aware}|visitors|2026-03-01`]: 1200,
    [`stage:${stages.Consider}|visitors|2026-03-01`]: 300,
    [`stage:${stages.Aware}|signUps|2026-03-01`]: 40,
  });
});
