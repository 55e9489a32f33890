import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createMap, createProject, mapAction, mapNames, templateOption } from './support/home';

const backToProject = async (page: Page) => {
  await page.getByRole('button', { name: 'Back to project' }).click();
  await expect(page.getByTestId('map-item').first()).toBeVisible();
};

test('a map saved as a template starts new maps, and the template can be deleted', async ({ page }) => {
  await createProject(page, 'Sales');
  await createMap(page, 'Lead lifecycle', { template: 'builtin:b2bLead' });
  await backToProject(page);

  const card = page.getByTestId('map-item').filter({ hasText: 'Lead lifecycle' });
  await expect(card.getByTestId('map-thumbnail')).toBeVisible();
  await expect(card).toContainText('Draft');

  await mapAction(page, 'Lead lifecycle', 'Save as template…');
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await save.getByLabel('Template name').fill('Our B2B funnel');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toBeHidden();

  await page.getByRole('tab', { name: 'Templates' }).click();
  const template = page.getByTestId('project-template').filter({ hasText: 'Our B2B funnel' });
  await expect(template).toBeVisible();
  await template.getByRole('button', { name: 'New map from template Our B2B funnel' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey map' });
  await expect(dialog.getByText('This project’s templates')).toBeVisible();
  const ownOption = dialog.getByTestId('template-option').filter({ hasText: 'Our B2B funnel' });
  await expect(ownOption.getByRole('radio')).toBeChecked();
  await dialog.getByLabel('Map name').fill('Enterprise leads');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByTestId('map-editor')).toBeVisible();
  const stages = await page.getByTestId('stage-header').count();
  expect(stages).toBeGreaterThan(0);

  await backToProject(page);
  await expect.poll(async () => (await mapNames(page)).sort()).toEqual(['Enterprise leads', 'Lead lifecycle']);
  await page.getByRole('tab', { name: 'Templates' }).click();
  await page.getByRole('button', { name: 'Delete template Our B2B funnel' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Delete the template “Our B2B funnel”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(template).toBeHidden();
  await expect(page.getByText('No templates yet.', { exact: false })).toBeVisible();
});

test('the portfolio searches by name and sorts, in a grid or a list', async ({ page }) => {
  await createProject(page, 'Retail');
  await createMap(page, 'App onboarding', { template: 'builtin:consumerPurchase' });
  await backToProject(page);
  await createMap(page, 'Store visit', { starter: false });
  await backToProject(page);
  await createMap(page, 'Online checkout');
  await backToProject(page);

  // Newest change first by default.
  await expect.poll(() => mapNames(page)).toEqual(['Online checkout', 'Store visit', 'App onboarding']);
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Name' }).click();
  await expect.poll(() => mapNames(page)).toEqual(['App onboarding', 'Online checkout', 'Store visit']);

  await page.getByRole('searchbox', { name: 'Search maps' }).fill('store');
  await expect.poll(() => mapNames(page)).toEqual(['Store visit']);
  await expect(page.getByText('1 of 3 maps')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('nothing like this');
  await expect(page.getByText('No map matches “nothing like this”.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search maps' }).fill('');

  await page.getByTitle('List').click();
  await expect(page.getByRole('table', { name: 'Journey maps' })).toBeVisible();
  await expect.poll(() => mapNames(page)).toEqual(['App onboarding', 'Online checkout', 'Store visit']);
  await page.getByRole('button', { name: 'Open map Store visit', exact: true }).click();
  await expect(page.getByTestId('map-editor')).toBeVisible();
});

test('the New map gallery offers every built-in template in the UI language', async ({ page }) => {
  await createProject(page, 'Gallery');
  await page.getByRole('button', { name: 'New map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey map' });
  await expect(dialog.getByTestId('template-option')).toHaveCount(7);
  await expect(templateOption(page, 'builtin:starter').getByRole('radio')).toBeChecked();
  for (const option of await dialog.getByTestId('template-option').all()) {
    await expect(option.getByTestId('map-thumbnail')).toBeVisible();
    await expect(option.locator('.template-card-title')).not.toBeEmpty();
  }
});

test('settings keep the author name and the language, which can follow the system again', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  let dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill('Lin Wei');
  await dialog.getByRole('radio', { name: '简体中文' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '新建项目' })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: '设置' }).click();
  dialog = page.getByRole('dialog', { name: '设置' });
  await expect(dialog.getByLabel('你的名字')).toHaveValue('Lin Wei');
  await expect(dialog.getByRole('radio', { name: '简体中文' })).toBeChecked();
  await dialog.getByRole('radio', { name: '跟随系统' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  // The test browser's system language is English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
