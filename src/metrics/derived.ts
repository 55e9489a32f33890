import type { MetricUnit, MetricValue } from '../model/metrics';
import { targetKey } from './targets';

/**
 * Metrics computed from others, each with the formula the UI shows next to
 * it. A division by zero or a missing input gives undefined, never NaN or
 * Infinity.
 */

export interface Formula {
  en: string;
  zh: string;
}

export interface DerivedMetric {
  key: string;
  inputs: string[];
  formula: Formula;
  unit: MetricUnit;
  compute(inputs: Record<string, number | undefined>): number | undefined;
}

/** a / b, or undefined when either is missing or not finite, or b is 0. */
export function safeDivide(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return undefined;
  return a / b;
}

const ratio = (key: string, numerator: string, denominator: string, formula: Formula): DerivedMetric => ({
  key,
  inputs: [numerator, denominator],
  formula,
  unit: 'percent',
  compute: (inputs) => safeDivide(inputs[numerator], inputs[denominator]),
});

export const DERIVED_METRICS: DerivedMetric[] = [
  ratio('ctr', 'clicks', 'impressions', { en: 'CTR = clicks / impressions', zh: '点击率 = 点击量 / 展示量' }),
  ratio('bounceRate', 'bounces', 'visits', { en: 'Bounce rate = single-page visits / visits', zh: '跳出率 = 只浏览一页的访问次数 / 访问次数' }),
  ratio('conversionRate', 'conversions', 'visitors', { en: 'Conversion rate = conversions / visitors', zh: '转化率 = 转化 / 访客数' }),
  ratio('activationRate', 'activations', 'signUps', { en: 'Activation rate = activations / sign-ups', zh: '激活率 = 激活 / 注册' }),
];

/**
 * Values of derived metrics a file did not give but whose inputs it did, at
 * the same target, period and segment (clicks and impressions give CTR).
 * Stored values always win: nothing is returned where the derived metric exists.
 */
export function deriveMissingValues(values: readonly MetricValue[]): MetricValue[] {
  const needed = new Set(DERIVED_METRICS.flatMap((derived) => [derived.key, ...derived.inputs]));
  const groups = new Map<string, { sample: MetricValue; metrics: Map<string, number> }>();
  for (const value of values) {
    if (!needed.has(value.metric)) continue;
    const key = `${targetKey(value.target)}\u001e${value.period ?? ''}\u001e${value.grain ?? ''}\u001e${value.segment}`;
    let group = groups.get(key);
    if (!group) {
      group = { sample: value, metrics: new Map() };
      groups.set(key, group);
    }
    group.metrics.set(value.metric, value.value);
  }
  const derivedValues: MetricValue[] = [];
  for (const { sample, metrics } of groups.values()) {
    for (const derived of DERIVED_METRICS) {
      if (metrics.has(derived.key)) continue;
      const value = derived.compute(Object.fromEntries(derived.inputs.map((input) => [input, metrics.get(input)])));
      if (value !== undefined) derivedValues.push({ target: sample.target, metric: derived.key, period: sample.period, grain: sample.grain, segment: sample.segment, value });
    }
  }
  return derivedValues;
}

export const FIRST_VISIT_CONVERSION_INDEX_FORMULA: Formula = {
  en: "First-visit conversion index = (new visitors' share of transactions) / (new visitors' share of visits); 1 means a new visitor converts like a returning one",
  zh: '首访转化指数 = 新访客的交易占比 / 新访客的访问占比；1 表示新访客与老访客转化相当',
};

/** First-visit conversion index = (newVisitorTransactions / transactions) / (newVisitorVisits / visits). */
export function firstVisitConversionIndex(input: { newVisitorTransactions: number; transactions: number; newVisitorVisits: number; visits: number }): number | undefined {
  return safeDivide(safeDivide(input.newVisitorTransactions, input.transactions), safeDivide(input.newVisitorVisits, input.visits));
}

export const CHANNEL_QUALITY_INDEX_FORMULA: Formula = {
  en: "Channel conversion quality index = (channel's share of paying users) / (channel's share of visits); below 1 means the channel converts worse than average",
  zh: '渠道转化质量指数 = 渠道的付费用户占比 / 渠道的访问占比；低于 1 表示该渠道转化低于平均',
};

/** Channel conversion quality index = (channelPaying / totalPaying) / (channelVisits / totalVisits). */
export function channelQualityIndex(input: { channelPaying: number; totalPaying: number; channelVisits: number; totalVisits: number }): number | undefined {
  return safeDivide(safeDivide(input.channelPaying, input.totalPaying), safeDivide(input.channelVisits, input.totalVisits));
}

export interface ChannelQuality {
  channel: string;
  payingShare: number | undefined;
  visitShare: number | undefined;
  index: number | undefined;
}

/** The quality index of every channel, the totals being the sums over the channels given. */
export function channelQualityIndexes(perChannel: readonly { channel: string; paying: number; visits: number }[]): ChannelQuality[] {
  const totalPaying = perChannel.reduce((total, row) => total + row.paying, 0);
  const totalVisits = perChannel.reduce((total, row) => total + row.visits, 0);
  return perChannel.map((row) => {
    const payingShare = safeDivide(row.paying, totalPaying);
    const visitShare = safeDivide(row.visits, totalVisits);
    return { channel: row.channel, payingShare, visitShare, index: safeDivide(payingShare, visitShare) };
  });
}
