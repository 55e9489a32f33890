import type { MetricDefinition, MetricTarget } from '../model/metrics';
import { definitionOf, formatMetricValue, metricName, type MetricLanguage } from './definitions';
import type { Figure, FigureScope } from './figures';

/**
 * How a figure explains itself, in the same words in the panel, the command
 * line and the PDF: what it adds up, which days it covers, and its formula
 * with the numbers that went in.
 */

const OVERALL_NAMES: Record<MetricTarget['kind'], { en: string; zh: string }> = {
  map: { en: 'Whole map', zh: '整张地图' },
  channel: { en: 'All channels', zh: '全部渠道' },
  utm: { en: 'All UTM sources', zh: '全部 UTM 来源' },
  stage: { en: 'All stages', zh: '全部阶段' },
  card: { en: 'All cards', zh: '全部卡片' },
};

/** "All channels" / "全部渠道" for an overall figure; a target's own name comes from `nameOf`. */
export function scopeName(scope: FigureScope, nameOf: (target: MetricTarget) => string, language: MetricLanguage): string {
  if (scope.kind === 'target') return nameOf(scope.target);
  const names = OVERALL_NAMES[scope.of];
  return language === 'zh-CN' ? names.zh : names.en;
}

/** The days a figure's values cover, "2025-12-29 – 2026-03-29" ('' for undated values). */
export function coverText(figure: Pick<Figure, 'point'>): string {
  const { from, to } = figure.point;
  if (!from || !to) return '';
  return from === to ? from : `${from} – ${to}`;
}

const plain = (value: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);

/**
 * The formula with its inputs: "CTR = Σ Clicks / Σ Impressions = 200 / 14,197"
 * for a ratio, "Σ of 12 values" for a sum, "weighted by Visits (Σ 3,400)" for a
 * weighted average. Marked when it fell back to a plain average.
 */
export function formulaText(figure: Pick<Figure, 'metric' | 'point'>, definitions: readonly MetricDefinition[], language: MetricLanguage): string {
  const zh = language === 'zh-CN';
  const definition = definitionOf(definitions, figure.metric);
  const name = (key: string | undefined) => {
    const d = key === undefined ? undefined : definitionOf(definitions, key);
    return d ? metricName(d, language) : (key ?? '');
  };
  const { point } = figure;
  const approximate = point.approximate ? (zh ? '（部分数据缺少计数，按各行比率的简单平均）' : ' (some rows had no counts: a plain average of their rates)') : '';
  switch (definition?.aggregation) {
    case 'ratio':
      if (point.numerator !== undefined && point.denominator !== undefined) {
        return `${name(figure.metric)} = Σ ${name(definition.numerator)} / Σ ${name(definition.denominator)} = ${plain(point.numerator)} / ${plain(point.denominator)}`;
      }
      return `${name(figure.metric)} = Σ ${name(definition.numerator)} / Σ ${name(definition.denominator)}${approximate}`;
    case 'weightedAverage':
      if (point.weight !== undefined) return zh ? `按${name(definition.weightBy)}加权平均（Σ ${plain(point.weight)}）` : `weighted by ${name(definition.weightBy)} (Σ ${plain(point.weight)})`;
      return zh ? `平均${approximate}` : `average${approximate}`;
    case 'average':
      return zh ? `${point.count} 个值的平均` : `average of ${point.count} values`;
    case 'last':
      return zh ? '最新值' : 'latest value';
    case 'distinct':
      if (point.approximate) return zh ? `${point.count} 个值之和；同一人出现在多个周期时会被重复计数（上限）` : `sum of ${point.count} values; someone counted in several periods is counted more than once (an upper bound)`;
      return zh ? `${point.count} 个值之和` : `sum of ${point.count} values`;
    default:
      return zh ? `${point.count} 个值之和` : `sum of ${point.count} values`;
  }
}

/** A figure's value as badges write it. */
export const figureValueText = (figure: Pick<Figure, 'metric' | 'value'>, definitions: readonly MetricDefinition[], language: MetricLanguage): string =>
  formatMetricValue(figure.value, definitionOf(definitions, figure.metric), language);
