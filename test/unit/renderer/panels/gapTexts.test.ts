import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { gapExplanation, gapRuleName, gapSeverityName } from '../../../../renderer/panels/gaps/gapText';
import en from '../../../../renderer/i18n/locales/en/gaps.json';
import zh from '../../../../renderer/i18n/locales/zh-CN/gaps.json';
import type { Gap, GapRule } from '../../../../src/model/gaps';
import { GAP_RULES } from '../../../../src/schema/gaps';

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

/** The params each rule fills (src/gaps/rules); an explanation may name only these. */
const PARAMS: Record<GapRule, string[]> = {
  unsupportedTouchpoint: ['card', 'stage'],
  orphanProcess: ['card', 'stage', 'lane'],
  handoffHotSpot: ['stage', 'count', 'threshold'],
  unownedPainPoint: ['card', 'stage'],
  painWithoutOpportunity: ['card', 'stage'],
  unexplainedEmotionalLow: ['stage', 'value', 'persona'],
  metricOffTarget: ['metric', 'subject', 'value', 'goal'],
  funnelDropOff: ['metric', 'from', 'to', 'share'],
  slowestTransition: ['from', 'to', 'days', 'count'],
  expectationGap: ['card', 'stage', 'step', 'status'],
};

const gap = (rule: GapRule, params: Gap['params']): Gap => ({ key: `${rule}:s1:c1`, rule, severity: 'high', stageId: 's1', cardIds: ['c1'], params, why: 'English fallback' });

describe('gap texts', () => {
  it('every rule has a name, a description and an explanation in both languages, naming only the params the rule fills', () => {
    for (const [language, resource] of [['en', en], ['zh-CN', zh]] as const) {
      const why: Record<string, string> = resource.why;
      for (const rule of GAP_RULES) {
        expect(resource.rules[rule].name, `${language} ${rule}`).not.toBe('');
        expect(resource.rules[rule].description, `${language} ${rule}`).not.toBe('');
        const variants = Object.keys(why).filter((key) => key === rule || key.startsWith(`${rule}_`));
        expect(variants.length, `${language} ${rule}`).toBeGreaterThan(0);
        for (const key of variants) {
          const named = [...(why[key] ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
          expect(PARAMS[rule], `${language} why.${key}`).toEqual(expect.arrayContaining(named));
        }
      }
    }
  });

  it('fills the explanation in the UI language', () => {
    const unsupported = gap('unsupportedTouchpoint', { card: 'Pickup notice', stage: 'Collect' });
    expect(gapExplanation(i18n.getFixedT('en'), unsupported)).toBe('“Pickup notice” at Collect is customer-facing, but no frontstage, backstage or support step supports it.');
    expect(gapExplanation(i18n.getFixedT('zh-CN'), unsupported)).toBe('Collect阶段的“Pickup notice”面向客户，但没有任何前台、后台或支持流程步骤支撑它。');
    expect(gapRuleName(i18n.getFixedT('zh-CN'), 'orphanProcess')).toBe('孤立流程');
    expect(gapSeverityName(i18n.getFixedT('en'), 'medium')).toBe('Medium');
  });

  it('picks the expectation variant by its status', () => {
    const t = i18n.getFixedT('en');
    const base = { card: 'Ready in 2 hours', stage: 'Collect', step: '' };
    expect(gapExplanation(t, gap('expectationGap', { ...base, status: 'missing' }))).toBe('The customer expects “Ready in 2 hours” at Collect, but no internal step is set to deliver it.');
    expect(gapExplanation(t, gap('expectationGap', { ...base, step: 'Pick order', status: 'notMet' }))).toBe('The customer expects “Ready in 2 hours” at Collect, and “Pick order” does not deliver it.');
    expect(gapExplanation(t, gap('expectationGap', { ...base, step: 'Pick order', status: 'partlyMet' }))).toContain('only in part');
  });

  it('names the persona of an emotional low when the gap carries its id, and leaves it out otherwise', () => {
    const t = i18n.getFixedT('en');
    const low = gap('unexplainedEmotionalLow', { stage: 'Pay', value: -2, persona: '', personaId: 'p1' });
    expect(gapExplanation(t, low, { persona: (id) => (id === 'p1' ? 'Busy parent' : id) })).toBe(
      'The emotion curve of Busy parent drops to -2 at Pay, but no pain point there explains it.',
    );
    expect(gapExplanation(t, { ...low, params: { stage: 'Pay', value: -2, persona: '' } })).toBe('The emotion curve drops to -2 at Pay, but no pain point there explains it.');
  });

  it('falls back to the English text of the rule when a key is missing', () => {
    const odd = { ...gap('metricOffTarget', {}), rule: 'futureRule' as GapRule };
    expect(gapExplanation(i18n.getFixedT('zh-CN'), odd)).toBe('English fallback');
  });
});
