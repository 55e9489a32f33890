import { expect, test } from './fixtures';
import { stageNames, waitSaved } from './support/editor';
import { switchLanguage } from './support/language';

test('the UI switches to Simplified Chinese, stays so after a reload, and switches back', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
  await switchLanguage(page, '简体中文');

  await expect(page.getByRole('heading', { name: '你的旅程项目' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打开项目…' })).toBeVisible();
  await page.getByRole('button', { name: '新建项目' }).click();
  const newProject = page.getByRole('dialog', { name: '新建项目' });
  await newProject.getByLabel('项目名称').fill('旅程研究');
  // antd's own texts follow the language too.
  await expect(newProject.getByRole('button', { name: '取消' })).toBeVisible();
  await newProject.getByRole('button', { name: '创建项目' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '旅程研究' })).toBeVisible();
  await expect(page.getByRole('button', { name: '关闭项目' })).toBeVisible();

  await page.getByRole('button', { name: '新建地图' }).click();
  const newMap = page.getByRole('dialog', { name: '新建旅程地图' });
  await newMap.getByLabel('地图名称').fill('首次购买');
  await newMap.getByRole('button', { name: '创建地图' }).click();
  await expect(page.getByTestId('map-editor')).toBeVisible();

  const toolbar = page.getByRole('toolbar', { name: '地图编辑工具栏' });
  for (const label of ['返回项目', '添加阶段', '添加泳道', '撤销', '重做', '放大', '缩小', '适应视图', '快捷键']) {
    await expect(toolbar.getByRole('button', { name: label, exact: true })).toBeVisible();
  }
  await waitSaved(page);
  await expect(page.getByTestId('save-status')).toHaveText(/所有更改已保存/);
  // The starter layout is written in the language the map was created in.
  expect(await stageNames(page)).toEqual(['认知', '考虑', '购买', '上手', '使用', '推荐']);

  // A reload comes back to the same map, still in Chinese.
  await page.reload();
  await expect(page.getByRole('toolbar', { name: '地图编辑工具栏' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('breadcrumb').getByText('项目', { exact: true }).click();
  await expect(page.getByRole('button', { name: '新建项目' })).toBeVisible();
  await expect(page.getByText('最近的项目', { exact: true })).toBeVisible();

  await switchLanguage(page, 'English');
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
  await expect(page.getByText('Recent projects', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
});
