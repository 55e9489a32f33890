import type { MapMetrics } from '../../../src/api/importTypes';
import { aggregateValues } from '../../../src/metrics/aggregate';
import { mergeDefinitions } from '../../../src/metrics/definitions';
import { deriveMissingValues } from '../../../src/metrics/derived';
import { computeVelocity } from '../../../src/metrics/velocity';
import type { Grain, VelocityReport } from '../../../src/model/metrics';
import type { ProjectStore } from '../projectStore';

/** A map's metric values bucketed by `grain` (what `metrics.get` returns); throws NOT_FOUND for an unknown map. */
export function mapMetrics(store: ProjectStore, mapId: string, grain: Grain): MapMetrics {
  store.getMap(mapId);
  const definitions = mergeDefinitions(store.metrics.customDefinitions());
  const stored = store.metrics.values(mapId);
  // CTR, bounce, conversion and activation rates where a file gave their inputs but not the rate.
  const values = [...stored, ...deriveMissingValues(stored)];
  const series = aggregateValues(values, grain, definitions);
  const periods = new Set<string>();
  for (const s of series) for (const point of s.points) if (point.period !== null) periods.add(point.period);
  return {
    definitions,
    series,
    segments: [...new Set(values.map((v) => v.segment))].sort(),
    periods: [...periods].sort(),
    hasTransitions: store.metrics.hasTransitions(mapId),
  };
}

/** Stage velocity from the map's transition log, optionally between two dates (YYYY-MM-DD, inclusive). */
export function mapVelocity(store: ProjectStore, mapId: string, range: { from?: string; to?: string } = {}): VelocityReport {
  const map = store.getMap(mapId);
  const { from, to } = range;
  const inRange = (at: string) => (from === undefined || at.slice(0, 10) >= from) && (to === undefined || at.slice(0, 10) <= to);
  const transitions = store.metrics.transitions(mapId).filter((t) => inRange(t.at));
  return computeVelocity(transitions, map.stages.map((stage) => stage.id));
}
