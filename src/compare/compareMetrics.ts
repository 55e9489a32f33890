import type { GapMetricReading, MapVersion } from '../model/gaps';
import type { Id, JourneyMap } from '../model/journey';
import type { MetricStatus } from '../model/metrics';
import type { VersionMatching } from './matchVersions';
import { definitionOf } from '../metrics/definitions';

/** One side of a metric row: the value and how the map shows it. */
export interface MetricSide {
  value: number;
  text: string;
  status: MetricStatus;
}

/** One metric of one stage or card in both versions. */
export interface MetricRow {
  subject: { kind: 'stage' | 'card'; name: string };
  metric: string;
  /** Display name in the UI language. */
  name: string;
  before: MetricSide | null;
  after: MetricSide | null;
  /** after - before (null unless both have a value). */
  change: number | null;
  /** The change as a share of the before value (null when before is 0 or missing). */
  changeRatio: number | null;
  /** Whether the change is an improvement by the metric's direction ('same' when unchanged or unknown). */
  trend: 'better' | 'worse' | 'same';
}

const side = (reading: GapMetricReading | undefined): MetricSide | null =>
  reading ? { value: reading.value, text: reading.valueText, status: reading.status } : null;

const subjectName = (map: JourneyMap, target: GapMetricReading['target']): string =>
  target.kind === 'stage' ? (map.stages.find((stage) => stage.id === target.id)?.name ?? '') : (map.cards[target.id]?.title ?? '');

/**
 * The stage and card readings of both versions side by side, matched by
 * subject (the matched stage or card) and metric; rows in the after version's
 * reading order, then the readings only the before version has.
 */
export function compareMetrics(
  before: MapVersion,
  after: MapVersion,
  readings: { before: readonly GapMetricReading[]; after: readonly GapMetricReading[] },
  matching: VersionMatching,
): MetricRow[] {
  const key = (kind: string, id: Id | undefined, metric: string): string => `${kind}\u0000${id ?? '?'}\u0000${metric}`;
  const translate = (r: GapMetricReading): Id | undefined => (r.target.kind === 'stage' ? matching.stages : matching.cards).get(r.target.id);
  const beforeByKey = new Map(readings.before.map((r) => [key(r.target.kind, translate(r), r.metric), r]));
  const used = new Set<GapMetricReading>();
  const definitions = after.metrics?.definitions ?? before.metrics?.definitions ?? [];
  const row = (b: GapMetricReading | undefined, a: GapMetricReading | undefined, shown: GapMetricReading): MetricRow => {
    const change = a && b ? a.value - b.value : null;
    const direction = definitionOf(definitions, shown.metric)?.direction;
    const trend = change === null || change === 0 || !direction ? 'same' : (change > 0) === (direction === 'higherIsBetter') ? 'better' : 'worse';
    return {
      subject: { kind: shown.target.kind, name: subjectName(a ? after.map : before.map, shown.target) },
      metric: shown.metric,
      name: shown.name,
      before: side(b),
      after: side(a),
      change,
      changeRatio: change !== null && b && b.value !== 0 ? change / Math.abs(b.value) : null,
      trend,
    };
  };
  const rows = readings.after.map((a) => {
    const b = beforeByKey.get(key(a.target.kind, a.target.id, a.metric));
    if (b) used.add(b);
    return row(b, a, a);
  });
  for (const b of readings.before) if (!used.has(b)) rows.push(row(b, undefined, b));
  return rows;
}
