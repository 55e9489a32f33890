import type { MapMetrics } from '../api/importTypes';
import { NO_METRIC_FACTS, type GapMetricFacts, type GapMetricReading } from '../model/gaps';
import type { JourneyMap } from '../model/journey';
import type { MetricDefinition, VelocityReport } from '../model/metrics';
import { formatMetricValue, metricName, type MetricLanguage } from '../metrics/definitions';
import { computeFunnel, FUNNEL_VOLUME_METRICS } from '../metrics/funnel';
import { cardReadings, stageMetricKeys, stageReading, type MetricReading, type MetricSelection } from '../metrics/readings';

const languageOf = (language: string): MetricLanguage => (language === 'zh-CN' ? 'zh-CN' : 'en');

function toGapReading(reading: MetricReading, target: GapMetricReading['target'], language: MetricLanguage): GapMetricReading {
  const definition: MetricDefinition | undefined = reading.definition;
  // The goal of this figure's scope (src/metrics/goals.ts): a count's whole-map target is not a channel's.
  const goal = reading.goal?.target ?? reading.goal?.red;
  return {
    target,
    metric: reading.metric,
    name: definition ? metricName(definition, language) : reading.metric,
    value: reading.value,
    valueText: formatMetricValue(reading.value, definition, language),
    targetText: goal === undefined ? null : formatMetricValue(goal, definition, language),
    status: reading.status,
  };
}

/**
 * What the metric rules need from the imported metrics, for the period and
 * segment the map shows: the stages' readings and every card's readings (the
 * badges the card shows: values for the card, its channel or its URL's UTM
 * fields) with their status, the funnel of the main volume metric across the
 * stages, and the velocity report. `language` picks metric display names and
 * number formats ('en' or 'zh-CN').
 */
export function metricFactsOf(map: JourneyMap, data: MapMetrics | null, selection: MetricSelection, velocity: VelocityReport | null, language: string): GapMetricFacts {
  if (!data) return { ...NO_METRIC_FACTS, velocity };
  const lang = languageOf(language);
  const readings: GapMetricReading[] = [];
  const keys = stageMetricKeys(data);
  for (const stage of map.stages) {
    for (const metric of keys) {
      const reading = stageReading(data, stage.id, metric, selection);
      if (reading) readings.push(toGapReading(reading, { kind: 'stage', id: stage.id }, lang));
    }
  }
  for (const card of Object.values(map.cards)) {
    for (const reading of cardReadings(data, card, selection)) readings.push(toGapReading(reading, { kind: 'card', id: card.id }, lang));
  }
  const metric = FUNNEL_VOLUME_METRICS.find((key) => keys.includes(key)) ?? null;
  let funnel: GapMetricFacts['funnel'] = null;
  if (metric !== null) {
    const steps = computeFunnel(map.stages.map((stage) => ({ stageId: stage.id, volume: stageReading(data, stage.id, metric, selection)?.value ?? null })));
    const definition = data.definitions.find((d) => d.key === metric);
    funnel = {
      metric,
      name: definition ? metricName(definition, lang) : metric,
      steps: steps.map((step) => ({ stageId: step.stageId, volume: step.volume, dropOff: step.conversion === null ? null : 1 - step.conversion })),
    };
  }
  return { readings, funnel, velocity };
}
