import type { MetricDefinition, MetricStatus, MetricTarget } from '../../../src/model/metrics';
import { metricName, type MetricLanguage } from '../../../src/metrics/definitions';
import { currentLanguage } from '../../i18n';

/** How the map writes metric names, changes and colours, shared by badges, tiles, the detail popover and the panel. */

/** The UI language as the metric engine's formatters take it. */
export const metricLanguage = (): MetricLanguage => currentLanguage();

/** The metric's name in the UI language, or its key when it has no definition. */
export const displayName = (definition: MetricDefinition | undefined, metric: string, language: MetricLanguage): string =>
  definition ? metricName(definition, language) : metric;

/** A relative change as the badges write it: "▲3%", "▼12.5%", "±0%" (one decimal under 10 %). */
export function formatChange(change: number): string {
  const percent = Math.abs(change * 100);
  const digits = percent < 10 && Math.round(percent * 10) % 10 !== 0 ? 1 : 0;
  const text = `${percent.toFixed(digits)}%`;
  if (percent.toFixed(digits) === (0).toFixed(digits)) return `±${text}`;
  return `${change > 0 ? '▲' : '▼'}${text}`;
}

/** Whether a change is good news: up for a higher-is-better metric, down for a lower-is-better one; null for no change or no definition. */
export function changeIsGood(change: number, definition: MetricDefinition | undefined): boolean | null {
  if (!definition || change === 0) return null;
  return definition.direction === 'lowerIsBetter' ? change < 0 : change > 0;
}

/** The colour of a red / amber / green dot (antd's palette). */
export const STATUS_COLORS: Record<MetricStatus, string> = { green: '#52c41a', amber: '#faad14', red: '#ff4d4f', none: '#bfbfbf' };

/** The parts of a UTM target written "source / medium / campaign". */
export const utmFieldsText = (target: Extract<MetricTarget, { kind: 'utm' }>): string =>
  [target.source, target.medium, target.campaign].filter((field) => field !== undefined && field !== '').join(' / ');
