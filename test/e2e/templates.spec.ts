import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardByTitle, edges, laneNames, stageNames, waitSaved } from './support/editor';
import { switchLanguage } from './support/language';

/**
 * Every built-in template, created through the New map gallery in each UI
 * language: the map comes out written in that language, with what makes the
 * template worth choosing drawn on the canvas.
 */

type Lang = 'en' | 'zh-CN';

const UI: Record<Lang, { newProject: string; projectName: string; createProject: string; newMap: string; dialog: string; mapName: string; create: string; back: string; fitView: string }> = {
  en: {
    newProject: 'New project',
    projectName: 'Project name',
    createProject: 'Create project',
    newMap: 'New map',
    dialog: 'New journey map',
    mapName: 'Map name',
    create: 'Create map',
    back: 'Back to project',
    fitView: 'Fit view',
  },
  'zh-CN': {
    newProject: '新建项目',
    projectName: '项目名称',
    createProject: '创建项目',
    newMap: '新建地图',
    dialog: '新建旅程地图',
    mapName: '地图名称',
    create: '创建地图',
    back: '返回项目',
    fitView: '适应视图',
  },
};

interface Expected {
  stages: Record<Lang, string[]>;
  /** What must be on the canvas besides the stages, in the map's language. */
  check(page: Page, lang: Lang): Promise<void>;
}

const pick = (lang: Lang, en: string, zh: string): string => (lang === 'en' ? en : zh);

const TEMPLATES: Record<string, Expected> = {
  blank: {
    stages: { en: [], 'zh-CN': [] },
    check: async (page) => {
      await expect(page.getByTestId('empty-map-hint')).toBeVisible();
      await expect(page.getByTestId('lane-header')).toHaveCount(0);
    },
  },
  starter: {
    stages: {
      en: ['Aware', 'Consider', 'Purchase', 'Onboard', 'Use', 'Advocate'],
      'zh-CN': ['认知', '考虑', '购买', '上手', '使用', '推荐'],
    },
    check: async (page, lang) => {
      await expect.poll(() => laneNames(page)).toContain(pick(lang, 'Support processes', '支持流程'));
      await expect(page.getByTestId('emotion-curve')).toHaveCount(1);
    },
  },
  paidChannel: {
    stages: {
      en: ['Off-site channel', 'Ad creative', 'Tracking URL (UTM)', 'Landing page', 'Supporting content and CTA', 'Product conversion flow'],
      'zh-CN': ['站外渠道', '广告创意', '追踪链接（UTM）', '落地页', '辅助内容与行动号召', '产品转化流程'],
    },
    check: async (page, lang) => {
      const metricLanes = lang === 'en'
        ? ['Impressions', 'Click-through rate (CTR)', 'Visitors', 'Bounce rate', 'Dwell time', 'Visit depth', 'Activation rate', 'Conversion rate']
        : ['曝光量', '点击率（CTR）', '访客数', '跳出率', '停留时长', '访问深度', '激活率', '转化率'];
      await expect.poll(async () => (await laneNames(page)).slice(-8)).toEqual(metricLanes);
      await expect(page.locator('[data-testid="card"][data-lane-type="metrics"]')).toHaveCount(8);
    },
  },
  consumerPurchase: {
    stages: {
      en: ['Awareness', 'Arrival', 'Preparation', 'Purchase', 'Experience', 'Logistics', 'After-sales'],
      'zh-CN': ['认知', '到达', '准备', '购买', '体验', '物流', '售后'],
    },
    check: async (page, lang) => {
      const curve = page.getByTestId('emotion-curve');
      await expect(curve).toHaveCount(1);
      await expect(curve.locator('[data-testid="emotion-point"][data-variant="asIs"]')).toHaveCount(7);
      await expect(curve.locator('[data-testid="emotion-point"][data-variant="toBe"]')).toHaveCount(7);
      await expect(curve.getByTestId('emotion-label').filter({ hasText: pick(lang, 'Frustrated', '很恼火') })).toBeVisible();
    },
  },
  b2bLead: {
    stages: {
      en: ['Awareness', 'Friend', 'Name', 'Engagement', 'Target account', 'Lead', 'MQL', 'SQL', 'Opportunity', 'Customer'],
      'zh-CN': ['认知', '关注者', '留资', '深度互动', '目标客户', '线索', 'MQL', 'SQL', '商机', '客户'],
    },
    check: async (page, lang) => {
      const phases = await page.getByTestId('phase-header').evaluateAll((elements) =>
        elements
          .map((element) => ({ at: element.getBoundingClientRect().left, name: element.querySelector('.jc-phase__name')?.textContent ?? '' }))
          .sort((a, b) => a.at - b.at)
          .map((phase) => phase.name),
      );
      expect(phases).toEqual(lang === 'en' ? ['Attract', 'Engage', 'Close'] : ['吸引', '互动', '成交']);
      await expect(edges(page).locator('[data-kind="loopBack"]')).toHaveCount(2);
    },
  },
  serviceBlueprint: {
    stages: {
      en: ['Book', 'Arrive', 'Get served', 'Pay', 'Follow up'],
      'zh-CN': ['预约', '到店', '接受服务', '付款', '回访'],
    },
    check: async (page, lang) => {
      await expect(page.locator('[data-testid="blueprint-line"][data-line="interaction"]')).toHaveText(pick(lang, 'Line of interaction', '互动分界线'));
      await expect(page.locator('[data-testid="blueprint-line"][data-line="visibility"]')).toHaveText(pick(lang, 'Line of visibility', '可视分界线'));
      await expect(edges(page).locator('[data-kind="supports"]').first()).toBeAttached();
    },
  },
  carBuyer: {
    stages: {
      en: ['Research', 'VR viewing', 'Test-drive booking', 'Configuration', 'Purchase at the dealer', 'Delivery', 'Ownership', 'Referral'],
      'zh-CN': ['了解车型', 'VR 看车', '预约试驾', '选配', '到店购车', '交付', '用车', '推荐'],
    },
    check: async (page, lang) => {
      const dealerCard = cardByTitle(page, pick(lang, 'Showroom and sales advisor', '展厅与销售顾问'));
      await expect(dealerCard.getByTestId('card-channel')).toHaveText(pick(lang, 'Dealer / 4S store', '经销商/4S店'));
      await expect(dealerCard.getByTestId('card-channel').locator('svg, img').first()).toBeVisible();
    },
  },
};

async function createProjectIn(page: Page, lang: Lang, name: string): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('button', { name: ui.newProject }).click();
  const dialog = page.getByRole('dialog', { name: ui.newProject });
  await dialog.getByLabel(ui.projectName).fill(name);
  await dialog.getByRole('button', { name: ui.createProject }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

async function createMapFrom(page: Page, lang: Lang, key: string): Promise<void> {
  const ui = UI[lang];
  await page.getByRole('button', { name: ui.newMap }).click();
  const dialog = page.getByRole('dialog', { name: ui.dialog });
  await dialog.getByLabel(ui.mapName).fill(`${key} ${lang}`);
  const option = dialog.locator(`[data-testid="template-option"][data-template="builtin:${key}"]`);
  await option.click();
  await expect(option.getByRole('radio')).toBeChecked();
  await dialog.getByRole('button', { name: ui.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('map-editor')).toBeVisible();
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`every built-in template makes its map in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    const ui = UI[lang];
    if (lang === 'zh-CN') await switchLanguage(page, '简体中文');
    await createProjectIn(page, lang, pick(lang, 'Template tour', '模板一览'));
    const folder = path.resolve('test-results/artefacts/templates');
    fs.mkdirSync(folder, { recursive: true });

    for (const [key, expected] of Object.entries(TEMPLATES)) {
      await test.step(key, async () => {
        await createMapFrom(page, lang, key);
        // Only what is on screen is drawn; the whole map must be, for the checks and the screenshot.
        await page.getByRole('button', { name: ui.fitView }).click();
        await expect.poll(() => stageNames(page)).toEqual(expected.stages[lang]);
        await expected.check(page, lang);
        await waitSaved(page);
        await page.mouse.move(5, 880);
        await expect(page.locator('.ant-tooltip').filter({ visible: true })).toHaveCount(0);
        await page.screenshot({ path: path.join(folder, `${key}-${lang}.png`) });
        await page.getByRole('button', { name: ui.back }).click();
        await expect(page.getByTestId('map-item').first()).toBeVisible();
      });
    }
  });
}
