import type { MapMetrics } from '../api/importTypes';
import type { GapMetricFacts } from '../model/gaps';
import type { JourneyMap } from '../model/journey';
import type { VelocityReport } from '../model/metrics';
import type { MetricSelection } from '../metrics/readings';
import { NO_METRIC_FACTS } from '../model/gaps';

/**
 * What the metric rules need from the imported metrics, for the period and
 * segment the map shows: stage and card readings with their status, the
 * funnel of the main volume metric across the stages, and the velocity report.
 * `language` picks metric display names ('en' or 'zh-CN').
 */
export function metricFactsOf(map: JourneyMap, data: MapMetrics | null, selection: MetricSelection, velocity: VelocityReport | null, language: string): GapMetricFacts {
  void map;
  void data;
  void selection;
  void velocity;
  void language;
  return NO_METRIC_FACTS;
}
