import type { ProjectCatalog } from '../model/catalog';
import type { Gap, GapRule, GapSeverity } from '../model/gaps';

/**
 * A gap's words outside the renderer (data tables, the command line): the
 * rule's name, the severity's name and the explanation, in English or
 * Chinese. Main cannot load the renderer's i18n resources, so these repeat
 * renderer/i18n/locales/{en,zh-CN}/gaps.json (rules.<rule>.name, severity,
 * why, the report's column headers); test/unit/gaps/gapWords.test.ts fails
 * when the two differ, and when explainGap words a gap differently from the
 * renderer's gapExplanation.
 */

export type GapLanguage = 'en' | 'zh-CN';

/** Explanation templates: one per rule, plus the variants picked by context (`<rule>_<context>`, as i18next names them). */
export type GapWhyKey = GapRule | 'unexplainedEmotionalLow_persona' | 'expectationGap_missing' | 'expectationGap_notMet' | 'expectationGap_partlyMet';

/** The gap report's columns a data table uses (gaps.json report.columns). */
export type GapColumn = 'severity' | 'rule' | 'stage' | 'explanation' | 'cards';

export interface GapWords {
  ruleNames: Record<GapRule, string>;
  severity: Record<GapSeverity, string>;
  why: Record<GapWhyKey, string>;
  columns: Record<GapColumn, string>;
  /** The stage column of a map-wide gap. */
  wholeMap: string;
  sheetName: string;
}

const EN: GapWords = {
  ruleNames: {
    unsupportedTouchpoint: 'Unsupported touchpoint',
    orphanProcess: 'Orphan process',
    handoffHotSpot: 'Handoff hot spot',
    unownedPainPoint: 'Unowned pain point',
    painWithoutOpportunity: 'Pain point without opportunity',
    unexplainedEmotionalLow: 'Unexplained emotional low',
    metricOffTarget: 'Metric off target',
    funnelDropOff: 'Biggest funnel drop-off',
    slowestTransition: 'Slowest stage transition',
    expectationGap: 'Expectation gap',
  },
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
  why: {
    unsupportedTouchpoint: '“{{card}}” at {{stage}} is customer-facing, but no frontstage, backstage or support step supports it.',
    orphanProcess: '“{{card}}” ({{lane}}, {{stage}}) supports nothing the customer sees and leads to no step that does.',
    handoffHotSpot: 'Work changes lanes or hands {{count}} times at {{stage}}, more than the threshold of {{threshold}}.',
    unownedPainPoint: 'Pain point “{{card}}” at {{stage}} has no owner.',
    painWithoutOpportunity: 'Pain point “{{card}}” at {{stage}} has no opportunity addressing it.',
    unexplainedEmotionalLow: 'The emotion curve drops to {{value}} at {{stage}}, but no pain point there explains it.',
    unexplainedEmotionalLow_persona: 'The emotion curve of {{persona}} drops to {{value}} at {{stage}}, but no pain point there explains it.',
    metricOffTarget: '{{metric}} of {{subject}} is {{value}} (goal {{goal}}).',
    funnelDropOff: 'The biggest {{metric}} drop-off: {{share}} are lost between {{from}} and {{to}}.',
    slowestTransition: 'The slowest move: from {{from}} to {{to}} takes {{days}} days on average ({{count}} moves).',
    expectationGap: 'The customer expects “{{card}}” at {{stage}}, but it is not delivered.',
    expectationGap_missing: 'The customer expects “{{card}}” at {{stage}}, but no internal step is set to deliver it.',
    expectationGap_notMet: 'The customer expects “{{card}}” at {{stage}}, and “{{step}}” does not deliver it.',
    expectationGap_partlyMet: 'The customer expects “{{card}}” at {{stage}}, and “{{step}}” delivers it only in part.',
  },
  columns: { severity: 'Severity', rule: 'Rule', stage: 'Stage', explanation: 'Explanation', cards: 'Cards' },
  wholeMap: 'Whole map',
  sheetName: 'Gaps',
};

const ZH: GapWords = {
  ruleNames: {
    unsupportedTouchpoint: '无支撑的触点',
    orphanProcess: '孤立流程',
    handoffHotSpot: '交接热点',
    unownedPainPoint: '无负责人的痛点',
    painWithoutOpportunity: '没有机会点的痛点',
    unexplainedEmotionalLow: '无法解释的情绪低谷',
    metricOffTarget: '指标未达标',
    funnelDropOff: '最大漏斗流失',
    slowestTransition: '最慢的阶段转化',
    expectationGap: '期望差距',
  },
  severity: { high: '高', medium: '中', low: '低' },
  why: {
    unsupportedTouchpoint: '{{stage}}阶段的“{{card}}”面向客户，但没有任何前台、后台或支持流程步骤支撑它。',
    orphanProcess: '“{{card}}”（{{lane}}，{{stage}}）不支撑任何客户可见的内容，也不通向支撑客户内容的步骤。',
    handoffHotSpot: '{{stage}}阶段工作跨泳道流转或交接了 {{count}} 次，超过阈值 {{threshold}}。',
    unownedPainPoint: '{{stage}}阶段的痛点“{{card}}”没有负责人。',
    painWithoutOpportunity: '{{stage}}阶段的痛点“{{card}}”没有任何机会点针对它。',
    unexplainedEmotionalLow: '情绪曲线在{{stage}}阶段降到 {{value}}，但该阶段没有痛点可以解释。',
    unexplainedEmotionalLow_persona: '{{persona}}的情绪曲线在{{stage}}阶段降到 {{value}}，但该阶段没有痛点可以解释。',
    metricOffTarget: '{{subject}}的{{metric}}为 {{value}}（目标 {{goal}}）。',
    funnelDropOff: '{{metric}}的最大流失：从{{from}}到{{to}}流失了 {{share}}。',
    slowestTransition: '最慢的转化：从{{from}}到{{to}}平均耗时 {{days}} 天（{{count}} 次转化）。',
    expectationGap: '客户在{{stage}}阶段期望“{{card}}”，但没有得到兑现。',
    expectationGap_missing: '客户在{{stage}}阶段期望“{{card}}”，但没有设定由哪个内部步骤兑现。',
    expectationGap_notMet: '客户在{{stage}}阶段期望“{{card}}”，而“{{step}}”没有兑现它。',
    expectationGap_partlyMet: '客户在{{stage}}阶段期望“{{card}}”，而“{{step}}”只部分兑现了它。',
  },
  columns: { severity: '严重程度', rule: '规则', stage: '阶段', explanation: '说明', cards: '卡片' },
  wholeMap: '整张地图',
  sheetName: '差距',
};

/** The gap words of a language. */
export const gapWords = (language: GapLanguage): GapWords => (language === 'zh-CN' ? ZH : EN);

/** Names an explanation may need that the gap only carries as ids (an emotional low's persona). */
export interface GapNames {
  persona(id: string): string;
}

/** Names from the project's catalog; a persona no longer there shows its id, as in the gap panel. */
export function gapNamesOf(catalog: ProjectCatalog): GapNames {
  const personas = new Map(catalog.personas.map((persona) => [persona.id, persona.name]));
  return { persona: (id) => personas.get(id) ?? id };
}

/** The persona an emotional low names: from the catalog when the gap has its id, else the name the rule gave (usually ''). */
function personaOf(gap: Gap, names: GapNames | undefined): string {
  const personaId = gap.params.personaId;
  return typeof personaId === 'string' && personaId !== '' && names ? names.persona(personaId) : String(gap.params.persona ?? '');
}

/** The variant of the explanation, as the renderer's gapExplanation passes it to i18next as `context`. */
function explanationContext(gap: Gap, persona: string): string | undefined {
  if (gap.rule === 'expectationGap') return String(gap.params.status);
  if (gap.rule === 'unexplainedEmotionalLow' && persona !== '') return 'persona';
  return undefined;
}

/** The template for `key`, if the language has one (a gap from a newer app may have a rule this one does not know). */
function template(words: GapWords, key: string): string | undefined {
  return Object.hasOwn(words.why, key) ? (words.why as Record<string, string>)[key] : undefined;
}

/** Fills `{{name}}` placeholders; one with no value is left as it is, as i18next does. */
const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));

/**
 * Why a gap was found, in `language`: the rule's template filled with the
 * gap's params, the variant chosen as the renderer chooses it (an
 * expectation's status; an emotional low with a persona); a context with no
 * variant uses the rule's template, and an unknown rule the English `gap.why`.
 */
export function explainGap(gap: Gap, language: GapLanguage, names?: GapNames): string {
  const words = gapWords(language);
  const persona = personaOf(gap, names);
  const context = explanationContext(gap, persona);
  const text = (context === undefined ? undefined : template(words, `${gap.rule}_${context}`)) ?? template(words, gap.rule);
  return text === undefined ? gap.why : fill(text, { ...gap.params, persona });
}
