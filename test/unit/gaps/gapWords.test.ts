import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en/gaps.json';
import zh from '../../../renderer/i18n/locales/zh-CN/gaps.json';
import { gapExplanation } from '../../../renderer/panels/gaps/gapText';
import { explainGap, gapNamesOf, gapWords, type GapLanguage } from '../../../src/gaps/gapWords';
import type { ProjectCatalog } from '../../../src/model/catalog';
import type { Gap, GapRule } from '../../../src/model/gaps';
import { GAP_RULES } from '../../../src/schema/gaps';

const RESOURCES = { en, 'zh-CN': zh } as const;
const LANGUAGES: GapLanguage[] = ['en', 'zh-CN'];

// The renderer's own i18next set-up (renderer/i18n/index.ts), with only the gaps namespace.
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { gaps: en }, 'zh-CN': { gaps: zh } },
    lng: 'en',
    fallbackLng: 'en',
    ns: ['gaps'],
    defaultNS: 'gaps',
    interpolation: { escapeValue: false },
  });
});
const t = (language: GapLanguage): TFunction => i18n.getFixedT(language);

const catalog = { channels: [], segments: [], personas: [{ id: 'p1', name: '忙碌的家长' }] } as unknown as ProjectCatalog;
const names = gapNamesOf(catalog);

const gap = (rule: GapRule, params: Gap['params'], why = 'English text of the rule'): Gap => ({ key: `${rule}:s1:c1`, rule, severity: 'high', stageId: 's1', cardIds: ['c1'], params, why });

/** One gap per explanation template and the edge cases of picking one: every rule, every variant, ids the catalog lacks. */
const GAPS: Gap[] = [
  gap('unsupportedTouchpoint', { card: '取货通知', stage: 'Collect' }),
  gap('orphanProcess', { card: 'Nightly sync', stage: '付款', lane: 'Backstage' }),
  gap('handoffHotSpot', { stage: 'Pay', count: 1, threshold: 0 }),
  gap('handoffHotSpot', { stage: 'Pay', count: 5, threshold: 2 }),
  gap('unownedPainPoint', { card: 'Slow refunds', stage: '售后' }),
  gap('painWithoutOpportunity', { card: '比价太麻烦', stage: 'Consideration' }),
  gap('unexplainedEmotionalLow', { stage: 'Pay', value: -2, persona: '', personaId: '' }),
  gap('unexplainedEmotionalLow', { stage: 'Pay', value: -1, persona: '', personaId: 'p1' }),
  gap('unexplainedEmotionalLow', { stage: 'Pay', value: -1, persona: '', personaId: 'deleted' }),
  gap('metricOffTarget', { metric: '转化率', subject: '购买', value: '12.5%', goal: '20.0%' }),
  gap('funnelDropOff', { metric: 'Visits', from: 'Aware', to: 'Buy', share: '62.0%' }),
  gap('slowestTransition', { from: 'MQL', to: 'SQL', days: '3.0', count: 2 }),
  gap('expectationGap', { card: 'Ready in 2 hours', stage: 'Collect', step: '', status: 'missing' }),
  gap('expectationGap', { card: 'Ready in 2 hours', stage: 'Collect', step: 'Pick order', status: 'notMet' }),
  gap('expectationGap', { card: 'Ready in 2 hours', stage: 'Collect', step: 'Pick order', status: 'partlyMet' }),
  gap('expectationGap', { card: 'Ready in 2 hours', stage: 'Collect', step: 'Pick order', status: 'someday' }),
  gap('orphanProcess', { card: 'No lane given', stage: 'Pay' }),
  { ...gap('metricOffTarget', {}), rule: 'ruleFromANewerApp' as GapRule },
];

describe('gap words', () => {
  it('are the renderer’s words, word for word: rule names, severities, explanation templates, table headers', () => {
    for (const language of LANGUAGES) {
      const json = RESOURCES[language];
      expect(gapWords(language), language).toEqual({
        ruleNames: Object.fromEntries(GAP_RULES.map((rule) => [rule, json.rules[rule].name])),
        severity: json.severity,
        why: json.why,
        columns: {
          severity: json.report.columns.severity,
          rule: json.report.columns.rule,
          stage: json.report.columns.stage,
          explanation: json.report.columns.explanation,
          cards: json.report.columns.cards,
        },
        wholeMap: json.panel.wholeMap,
        sheetName: json.report.sheetName,
      });
    }
  });

  it('word every gap as the gap panel does, in both languages (same template, same variant, same persona)', () => {
    for (const language of LANGUAGES) {
      for (const one of GAPS) {
        expect(explainGap(one, language, names), `${language} ${one.rule} ${JSON.stringify(one.params)}`).toBe(gapExplanation(t(language), one, names));
        expect(explainGap(one, language), `${language} ${one.rule} without names`).toBe(gapExplanation(t(language), one));
      }
    }
  });

  it('fills the Chinese templates with the gap’s names and numbers', () => {
    expect(explainGap(GAPS[5]!, 'zh-CN')).toBe('Consideration阶段的痛点“比价太麻烦”没有任何机会点针对它。');
    expect(explainGap(GAPS[3]!, 'zh-CN')).toBe('Pay阶段工作跨泳道流转或交接了 5 次，超过阈值 2。');
    expect(explainGap(GAPS[9]!, 'zh-CN')).toBe('购买的转化率为 12.5%（目标 20.0%）。');
    expect(explainGap(GAPS[13]!, 'zh-CN')).toBe('客户在Collect阶段期望“Ready in 2 hours”，而“Pick order”没有兑现它。');
  });

  it('names the persona of an emotional low from the catalog, its id when the persona is gone, and leaves it out without one', () => {
    expect(explainGap(GAPS[7]!, 'zh-CN', names)).toBe('忙碌的家长的情绪曲线在Pay阶段降到 -1，但该阶段没有痛点可以解释。');
    expect(explainGap(GAPS[8]!, 'en', names)).toBe('The emotion curve of deleted drops to -1 at Pay, but no pain point there explains it.');
    expect(explainGap(GAPS[7]!, 'en')).toBe('The emotion curve drops to -1 at Pay, but no pain point there explains it.');
    expect(explainGap(GAPS[6]!, 'zh-CN', names)).toBe('情绪曲线在Pay阶段降到 -2，但该阶段没有痛点可以解释。');
  });

  it('uses the rule’s own template for a status with no variant, and the English text for a rule it does not know', () => {
    expect(explainGap(GAPS[15]!, 'zh-CN')).toBe('客户在Collect阶段期望“Ready in 2 hours”，但没有得到兑现。');
    expect(explainGap(GAPS[17]!, 'zh-CN')).toBe('English text of the rule');
  });
});
