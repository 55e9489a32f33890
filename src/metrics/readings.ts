import type { MapMetrics } from '../api/contract';
import type { Card } from '../model/journey';
import type { MetricDefinition, MetricStatus, MetricTarget } from '../model/metrics';
import type { SelectedValue } from './selectValue';
import { overallFigure, targetFigure } from './figures';
import type { MetricSelection } from './selection';

export { effectivePeriod, type MetricSelection } from './selection';
import { definitionOf } from './definitions';
import { goalFor, goalStatus, type ResolvedGoal, type ValueScope } from './goals';
import { targetAppliesToCard, targetKey } from './targets';

/**
 * Which numbers the map shows for the period and segment chosen in the
 * toolbar: a card's badges, a metrics-lane tile's stage value. Pure, so the
 * choices (which target wins, which period is "latest") are tested without a DOM.
 */

/** One number as the map shows it, with what it is about and how it compares. */
export interface MetricReading extends SelectedValue {
  metric: string;
  definition: MetricDefinition | undefined;
  target: MetricTarget;
  /** The goal this figure is compared with (src/metrics/goals.ts), or undefined when none applies to it. */
  goal: ResolvedGoal | undefined;
  status: MetricStatus;
  /** The bucket shown (null: values without a period). */
  period: string | null;
  /** Set when the value adds up every target of this kind (a tile showing all channels), not the reading's own target. */
  overall?: MetricTarget['kind'];
}


// A card's own values are the most specific, then its URL's UTM fields, then its channel's.
const SPECIFICITY: Record<MetricTarget['kind'], number> = { card: 0, utm: 1, channel: 2, stage: 3, map: 4 };

/** A figure's goal and status against it. */
function judged(definition: MetricDefinition | undefined, value: number, scope: ValueScope): Pick<MetricReading, 'goal' | 'status'> {
  const goal = definition && goalFor(definition, scope);
  return { goal, status: definition ? goalStatus(value, goal, definition.direction) : 'none' };
}

function reading(data: MapMetrics, target: MetricTarget, metric: string, selection: MetricSelection, card?: string): MetricReading | undefined {
  const figure = targetFigure(data, target, metric, selection);
  if (!figure) return undefined;
  const { scope: _scope, targets: _targets, ...selected } = figure;
  const definition = definitionOf(data.definitions, metric);
  return {
    ...selected,
    metric,
    definition,
    target,
    ...judged(definition, selected.value, { target, segment: selection.segment, ...(card === undefined ? {} : { card }) }),
    period: selected.period,
  };
}

const definitionRank = (data: MapMetrics, metric: string): number => {
  const index = data.definitions.findIndex((definition) => definition.key === metric);
  return index < 0 ? data.definitions.length : index;
};

const targetsCache = new WeakMap<MapMetrics, { target: MetricTarget; metrics: Set<string> }[]>();

/** The distinct card, channel and UTM targets of the series with their metrics: far fewer than series, and every card of the map is checked against them. */
function cardTargets(data: MapMetrics): { target: MetricTarget; metrics: Set<string> }[] {
  let targets = targetsCache.get(data);
  if (!targets) {
    const byKey = new Map<string, { target: MetricTarget; metrics: Set<string> }>();
    for (const series of data.series) {
      if (series.target.kind !== 'card' && series.target.kind !== 'channel' && series.target.kind !== 'utm') continue;
      const key = targetKey(series.target);
      const entry = byKey.get(key) ?? { target: series.target, metrics: new Set<string>() };
      entry.metrics.add(series.metric);
      byKey.set(key, entry);
    }
    targets = [...byKey.values()];
    targetsCache.set(data, targets);
  }
  return targets;
}

/**
 * The badges of one card: every metric whose values target the card, its
 * channel or its URL's UTM fields and that has a value for the selection,
 * one per metric (the most specific target wins), in the definitions' order.
 */
export function cardReadings(data: MapMetrics | null, card: Pick<Card, 'id' | 'channelId' | 'url'>, selection: MetricSelection): MetricReading[] {
  if (!data) return [];
  const best = new Map<string, MetricTarget>();
  for (const { target, metrics } of cardTargets(data)) {
    if (!targetAppliesToCard(target, card)) continue;
    for (const metric of metrics) {
      const current = best.get(metric);
      if (!current || SPECIFICITY[target.kind] < SPECIFICITY[current.kind]) best.set(metric, target);
    }
  }
  return [...best.entries()]
    .sort(([a], [b]) => definitionRank(data, a) - definitionRank(data, b))
    .flatMap(([metric, target]) => reading(data, target, metric, selection, card.id) ?? []);
}

/** The value of `metric` for a stage's own values, or undefined when the selection has none. */
export function stageReading(data: MapMetrics | null, stageId: string, metric: string, selection: MetricSelection): MetricReading | undefined {
  return data ? reading(data, { kind: 'stage', id: stageId }, metric, selection) : undefined;
}

/**
 * What a metrics-lane tile shows: the stage's own value, else the overall
 * figure of the metric (the map's values, else all channels, else all UTM
 * sources added up), so a per-channel report fills a template's metric lanes.
 */
export function tileReading(data: MapMetrics | null, stageId: string, metric: string, selection: MetricSelection): MetricReading | undefined {
  if (!data) return undefined;
  const own = reading(data, { kind: 'stage', id: stageId }, metric, selection);
  if (own) return own;
  const overall = overallFigure(data, metric, selection);
  if (!overall) return undefined;
  const definition = definitionOf(data.definitions, metric);
  return {
    ...overall,
    definition,
    target: overall.scope.kind === 'target' ? overall.scope.target : { kind: 'stage', id: stageId },
    ...(overall.scope.kind === 'overall' ? { overall: overall.scope.of } : {}),
    // Whichever values it adds up, the tile then shows the whole map's figure.
    ...judged(definition, overall.value, { target: { kind: 'map' }, segment: selection.segment }),
  };
}

/** Metric keys that have values for some stage, in the definitions' order (the funnel and the tile's metric select offer them first). */
export function stageMetricKeys(data: MapMetrics | null): string[] {
  if (!data) return [];
  const keys = new Set(data.series.filter((series) => series.target.kind === 'stage').map((series) => series.metric));
  return [...keys].sort((a, b) => definitionRank(data, a) - definitionRank(data, b));
}

/** Metric keys that have any values on the map. */
export function metricKeysWithValues(data: MapMetrics | null): Set<string> {
  return new Set(data?.series.map((series) => series.metric) ?? []);
}

/** A stable key of a reading's target and metric (React keys, test ids). */
export const readingKey = (r: Pick<MetricReading, 'target' | 'metric'>): string => `${targetKey(r.target)}|${r.metric}`;
