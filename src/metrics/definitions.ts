import type { MetricDefinition, MetricStatus } from '../model/metrics';
import { goalFor, goalStatus, type ValueScope } from './goals';

/**
 * The built-in metric definitions (the usual funnel metrics every importer
 * recognises), how user definitions override them, red/amber/green status,
 * and how a value is written in each UI language. Percent values are
 * fractions: 0.125 is 12.5 %.
 */

export type MetricLanguage = 'en' | 'zh-CN';

type Builtin = Omit<MetricDefinition, 'name' | 'nameZh'> & { name: string; nameZh: string };

const count = (key: string, name: string, nameZh: string): Builtin => ({ key, name, nameZh, unit: 'count', aggregation: 'sum', direction: 'higherIsBetter' });

/** People counted per period (unique visitors, paying users): over several periods their sum is an upper bound. */
const people = (key: string, name: string, nameZh: string): Builtin => ({ ...count(key, name, nameZh), aggregation: 'distinct' });

/** A rate that is always the ratio of its summed counts: a file's rate column is used only where its counts are absent. */
const rate = (key: string, name: string, nameZh: string, numerator: string, denominator: string, direction: Builtin['direction']): Builtin => ({
  key,
  name,
  nameZh,
  unit: 'percent',
  aggregation: 'ratio',
  numerator,
  denominator,
  direction,
});

/** One definition per key of KNOWN_METRICS (src/import/headerSuggestions.ts), plus the counts the rates divide. */
export const BUILTIN_DEFINITIONS: MetricDefinition[] = [
  count('impressions', 'Impressions', '展示量'),
  count('clicks', 'Clicks', '点击量'),
  rate('ctr', 'CTR', '点击率', 'clicks', 'impressions', 'higherIsBetter'),
  count('visits', 'Visits', '访问次数'),
  people('visitors', 'Visitors', '访客数'),
  people('newVisitors', 'New visitors', '新访客'),
  count('bounces', 'Bounced visits', '跳出次数'),
  rate('bounceRate', 'Bounce rate', '跳出率', 'bounces', 'visits', 'lowerIsBetter'),
  { key: 'dwellTime', name: 'Average dwell time', nameZh: '平均停留时长', unit: 'seconds', aggregation: 'weightedAverage', weightBy: 'visits', direction: 'higherIsBetter' },
  { key: 'pagesPerVisit', name: 'Pages per visit', nameZh: '访问深度', unit: 'ratio', aggregation: 'weightedAverage', weightBy: 'visits', direction: 'higherIsBetter' },
  count('activations', 'Activations', '激活'),
  rate('activationRate', 'Activation rate', '激活率', 'activations', 'signUps', 'higherIsBetter'),
  count('signUps', 'Sign-ups', '注册'),
  count('leads', 'Leads', '线索'),
  count('conversions', 'Conversions', '转化'),
  rate('conversionRate', 'Conversion rate', '转化率', 'conversions', 'visitors', 'higherIsBetter'),
  count('transactions', 'Transactions', '交易/订单'),
  people('payingUsers', 'Paying users', '付费用户'),
  { key: 'revenue', name: 'Revenue', nameZh: '金额', unit: 'currency', currency: 'CNY', aggregation: 'sum', direction: 'higherIsBetter' },
  { key: 'cost', name: 'Cost', nameZh: '花费', unit: 'currency', currency: 'CNY', aggregation: 'sum', direction: 'lowerIsBetter' },
  { key: 'stageVelocity', name: 'Stage velocity', nameZh: '阶段速度', unit: 'days', aggregation: 'average', direction: 'lowerIsBetter' },
] satisfies Builtin[];

const BUILTIN_BY_KEY = new Map(BUILTIN_DEFINITIONS.map((builtin) => [builtin.key, builtin]));

/**
 * A project's change to a built-in keeps how the built-in combines: a CTR is
 * clicks / impressions whatever thresholds or names the project gives it
 * (older project files stored rates as weighted averages).
 */
function withBuiltinIdentity(custom: MetricDefinition, builtin: MetricDefinition): MetricDefinition {
  if (builtin.aggregation !== 'ratio') return custom;
  const { weightBy: _weightBy, ...rest } = custom;
  return { ...rest, unit: builtin.unit, aggregation: 'ratio', numerator: builtin.numerator, denominator: builtin.denominator };
}

/** Built-ins with the project's own definitions: a custom definition with a built-in key replaces it; other customs follow the built-ins. */
export function mergeDefinitions(custom: MetricDefinition[]): MetricDefinition[] {
  const byKey = new Map(custom.map((definition) => [definition.key, definition]));
  const merged = BUILTIN_DEFINITIONS.map((builtin) => {
    const custom = byKey.get(builtin.key);
    return custom ? withBuiltinIdentity(custom, builtin) : builtin;
  });
  const builtinKeys = new Set(BUILTIN_DEFINITIONS.map((builtin) => builtin.key));
  const seen = new Set<string>();
  for (const definition of custom) {
    if (builtinKeys.has(definition.key) || seen.has(definition.key)) continue;
    seen.add(definition.key);
    merged.push(byKey.get(definition.key) ?? definition);
  }
  return merged;
}

/** The built-in definition with this key, or undefined. */
export const builtinDefinition = (key: string): MetricDefinition | undefined => BUILTIN_BY_KEY.get(key);

/**
 * How rows of one key combine inside one import: a ratio's rows are weighed by
 * their denominator (Σ rate × denominator / Σ denominator is the ratio of the
 * implied counts), other aggregations as they are.
 */
export function rowCombining(definition: MetricDefinition | undefined): { aggregation: Exclude<MetricDefinition['aggregation'], 'ratio' | 'distinct'>; weightBy?: string } {
  // Rows of one key share one period: people counted in them (a channel's campaigns' UV) add up.
  if (!definition || definition.aggregation === 'distinct') return { aggregation: 'sum' };
  if (definition.aggregation === 'ratio') return definition.denominator ? { aggregation: 'weightedAverage', weightBy: definition.denominator } : { aggregation: 'average' };
  return definition.weightBy === undefined ? { aggregation: definition.aggregation } : { aggregation: definition.aggregation, weightBy: definition.weightBy };
}

/** The definition with this key, or undefined. */
export function definitionOf(definitions: readonly MetricDefinition[], key: string): MetricDefinition | undefined {
  return definitions.find((definition) => definition.key === key);
}

/**
 * Red / amber / green of a figure against the goal that applies to it (see
 * goalFor in ./goals: a count's own target is for the whole map's figure, a
 * rate's for every figure, a scoped goal for its scope's figure).
 */
export function metricStatus(value: number, definition: MetricDefinition, scope: ValueScope): MetricStatus {
  return goalStatus(value, goalFor(definition, scope), definition.direction);
}

/** The definition's name in the UI language (zh-CN falls back to the English name). */
export function metricName(definition: MetricDefinition, language: MetricLanguage): string {
  return language === 'zh-CN' ? (definition.nameZh ?? definition.name) : definition.name;
}

const CURRENCY_SYMBOLS: Record<string, string> = { CNY: '¥', USD: '$', EUR: '€', GBP: '£', JPY: '¥', HKD: 'HK$' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function grouped(value: number, maxFractionDigits: number, minFractionDigits = 0): string {
  const key = `${maxFractionDigits}/${minFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, minimumFractionDigits: minFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** zh-CN writes large numbers in 万 (10^4) and 亿 (10^8), as Chinese reports do: 12,345 → 1.23万. */
function plainNumber(value: number, language: MetricLanguage, maxFractionDigits: number): string {
  const size = Math.abs(value);
  if (language === 'zh-CN' && size >= 1e8) return `${grouped(value / 1e8, 2)}亿`;
  if (language === 'zh-CN' && size >= 1e4) return `${grouped(value / 1e4, 2)}万`;
  return grouped(value, maxFractionDigits);
}

function duration(seconds: number, language: MetricLanguage): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (language === 'zh-CN') {
    if (h > 0) return `${sign}${h}小时${m}分`;
    return m > 0 ? `${sign}${m}分${s}秒` : `${sign}${s}秒`;
  }
  if (h > 0) return `${sign}${h}h ${m}m`;
  return m > 0 ? `${sign}${m}m ${s}s` : `${sign}${s}s`;
}

/**
 * A value as a badge shows it. Percent: "12.5%" (one decimal; two below 1 %).
 * Currency: symbol first, "¥1,200" / "$1,200.50" (other codes: "GBP 1,200").
 * Seconds: "2m 35s" / "2分35秒" (hours: "1h 2m" / "1小时2分"). Days: "3.2 d" /
 * "3.2 天". Counts and ratios: grouped, "12,345" and "3.45". In zh-CN, counts and
 * currency of 10,000 and more use 万 / 亿 ("1.23万", "¥3亿"). No definition: a
 * grouped number. Not finite: "—".
 */
export function formatMetricValue(value: number, definition: MetricDefinition | undefined, language: MetricLanguage): string {
  if (!Number.isFinite(value)) return '—';
  switch (definition?.unit) {
    case 'percent': {
      const percent = value * 100;
      return `${grouped(percent, Math.abs(percent) < 1 && percent !== 0 ? 2 : 1)}%`;
    }
    case 'currency': {
      const code = definition.currency ?? 'CNY';
      const symbol = CURRENCY_SYMBOLS[code];
      const sign = value < 0 ? '-' : '';
      const size = Math.abs(value);
      const amount = language === 'zh-CN' && size >= 1e4 ? plainNumber(size, language, 2) : grouped(size, 2, Number.isInteger(size) ? 0 : 2);
      return symbol ? `${sign}${symbol}${amount}` : `${sign}${code} ${amount}`;
    }
    case 'seconds':
      return duration(value, language);
    case 'days':
      return language === 'zh-CN' ? `${grouped(value, 1)} 天` : `${grouped(value, 1)} d`;
    case 'ratio':
      return grouped(value, 2);
    case 'count':
      return plainNumber(value, language, 1);
    default:
      return plainNumber(value, language, 2);
  }
}
