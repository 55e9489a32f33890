import type { ImportRecord, MapMetrics, RateNotice } from '../../../src/api/importTypes';
import type { CurrentValue } from './metricStore';
import { aggregateValues } from '../../../src/metrics/aggregate';
import { mergeDefinitions } from '../../../src/metrics/definitions';
import type { DateRange } from '../../../src/metrics/periods';
import { rateDisagreements } from '../../../src/metrics/rateChecks';
import { computeVelocity } from '../../../src/metrics/velocity';
import type { Grain, MetricDefinition, VelocityReport } from '../../../src/model/metrics';
import type { ProjectStore } from '../projectStore';

/**
 * A map's metric values bucketed by `grain` (what `metrics.get` returns), or
 * with a custom `range` one bucket named by its first day holding the values
 * filed inside it (see aggregateValues); throws NOT_FOUND for an unknown map.
 */
export function mapMetrics(store: ProjectStore, mapId: string, grain: Grain, range?: DateRange): MapMetrics {
  store.getMap(mapId);
  const definitions = mergeDefinitions(store.metrics.customDefinitions());
  const stored = store.metrics.values(mapId);
  // Rates are made from their counts wherever the file gave them (aggregateValues), so a rate column only fills gaps.
  const series = aggregateValues(stored, grain, definitions, range);
  const periods = new Set<string>();
  for (const s of series) for (const point of s.points) if (point.period !== null) periods.add(point.period);
  return {
    definitions,
    series,
    segments: [...new Set(stored.map((v) => v.segment))].sort(),
    periods: [...periods].sort(),
    hasTransitions: store.metrics.hasTransitions(mapId),
    rateNotices: rateNotices(store, stored, definitions),
  };
}

/** Most rate disagreements listed; the count says how many there are. */
const MAX_RATE_NOTICES = 50;

/** Rates the file stated that its own counts contradict, with the files and rows they came from. */
function rateNotices(store: ProjectStore, stored: readonly CurrentValue[], definitions: readonly MetricDefinition[]): RateNotice[] {
  const imports = new Map<string, ImportRecord | null>();
  const importOf = (id: string) => {
    if (!imports.has(id)) imports.set(id, store.metrics.importInfo(id));
    return imports.get(id) ?? null;
  };
  return rateDisagreements(stored, definitions, (v) => v.targetKey)
    .slice(0, MAX_RATE_NOTICES)
    .map(({ values, ...disagreement }) => {
      const [rate] = values;
      const from = rate ? importOf(rate.importId) : null;
      return { ...disagreement, fileName: from?.fileName ?? '', sheet: from?.sheet ?? null, rows: [...new Set(values.flatMap((v) => v.rows))].sort((a, b) => a - b) };
    });
}

/**
 * Stage velocity from the map's transition log, optionally between two dates
 * (YYYY-MM-DD, inclusive) and as of a moment (ISO; default: the latest time in
 * the log, see computeVelocity), every transition forward and backward, rates
 * and days in each stage as src/metrics/velocity computes them.
 */
export function mapVelocity(store: ProjectStore, mapId: string, range: { from?: string; to?: string; asOf?: string } = {}): VelocityReport {
  const map = store.getMap(mapId);
  const { from, to, asOf } = range;
  const inRange = (at: string) => (from === undefined || at.slice(0, 10) >= from) && (to === undefined || at.slice(0, 10) <= to);
  const transitions = store.metrics.transitions(mapId).filter((t) => inRange(t.at));
  return computeVelocity(
    transitions,
    map.stages.map((stage) => stage.id),
    asOf === undefined ? {} : { asOf },
  );
}
