import type { MetricUnit } from '../model/metrics';

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

export const FIRST_VISIT_CONVERSION_INDEX_FORMULA: Formula = {
  en: "First-visit conversion index = (new visitors' share of transactions) / (new visitors' share of visitors); 1 means a new visitor converts like the average visitor",
  zh: '首访转化指数 = 新访客的交易占比 / 新访客的访客占比；1 表示新访客与平均访客转化相当',
};

export const CHANNEL_QUALITY_INDEX_FORMULA: Formula = {
  en: "Channel conversion quality index = (channel's share of paying users) / (channel's share of visits); below 1 means the channel converts worse than average",
  zh: '渠道转化质量指数 = 渠道的付费用户占比 / 渠道的访问占比；低于 1 表示该渠道转化低于平均',
};
