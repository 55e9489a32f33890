import type { MapMetrics } from '../api/importTypes';
import type { Card, JourneyMap } from '../model/journey';
import type { MetricDefinition, MetricTarget } from '../model/metrics';
import { selectOverall, selectValue, type SelectedValue } from './selectValue';
import { definitionOf } from './definitions';
import { safeDivide } from './derived';
import { computeFunnel, type FunnelStep } from './funnel';
import { effectivePeriod, type MetricSelection } from './selection';
import { NEW_VISITOR_SEGMENT } from './segments';
import { targetKey } from './targets';

/**
 * Every figure the Metrics panel, the command line, the PDF appendix and the
 * data exports show beyond a single stored series: overall figures, rates per
 * target, the first-visit conversion index, the channel conversion quality
 * index and the stage funnel. Computed here only; the surfaces display them.
 */

/** Where a figure's inputs come from: a target's own series, or every target of a kind added up (all channels). */
export type FigureScope = { kind: 'target'; target: MetricTarget } | { kind: 'overall'; of: MetricTarget['kind'] };

/** One number with what it is made of: its point holds the days its values cover, their count, a ratio's numerator and denominator. */
export interface Figure extends SelectedValue {
  metric: string;
  scope: FigureScope;
  /** The bucket it belongs to (null: values without a period). */
  period: string | null;
  /** How many targets an overall figure adds up. */
  targets?: number;
}

/** The targets that overall figures add up, widest first: the whole map's own values, else all channels, else all UTM sources. */
const OVERALL_KINDS: readonly MetricTarget['kind'][] = ['map', 'channel', 'utm'];

const figure = (metric: string, scope: FigureScope, selected: SelectedValue & { targets?: number }): Figure => ({ ...selected, metric, scope, period: selected.point.period });

/** The value for the selection; a series without periods (a file with no date column) answers for any period, as on the map. */
function select(data: MapMetrics, selection: MetricSelection, pick: (period: string | null) => (SelectedValue & { targets?: number }) | undefined) {
  const period = effectivePeriod(data, selection.period);
  const selected = pick(period);
  if (selected || period === null) return selected;
  const undated = pick(null);
  return undated?.point.period === null ? undated : undefined;
}

/** One metric of one target for the selection, or undefined. */
export function targetFigure(data: MapMetrics, target: MetricTarget, metric: string, selection: MetricSelection, segment = selection.segment): Figure | undefined {
  const selected = select(data, selection, (period) => selectValue(data.series, { target, metric, period, segment, grain: selection.grain }, data.definitions));
  return selected && figure(metric, { kind: 'target', target }, selected);
}

/** One metric over the whole map: the map's own values, else all channels added up, else all UTM sources; undefined when none has it. */
export function overallFigure(data: MapMetrics, metric: string, selection: MetricSelection, segment = selection.segment): Figure | undefined {
  for (const kind of OVERALL_KINDS) {
    const selected = select(data, selection, (period) => selectOverall(data.series, { kind, metric, period, segment, grain: selection.grain }, data.definitions));
    if (selected) return figure(metric, kind === 'map' ? { kind: 'target', target: { kind: 'map' } } : { kind: 'overall', of: kind }, selected);
  }
  return undefined;
}

/**
 * A stage's value of a metric, as its metrics-lane tile shows it: the stage's
 * own values when the file named stages; otherwise the overall figure (a
 * per-channel report fills the paid-channel template's lanes this way).
 */
export function stageFigure(data: MapMetrics, stageId: string, metric: string, selection: MetricSelection): Figure | undefined {
  return targetFigure(data, { kind: 'stage', id: stageId }, metric, selection) ?? overallFigure(data, metric, selection);
}

const distinctTargets = (data: MapMetrics, kinds: readonly MetricTarget['kind'][]): MetricTarget[] => {
  const seen = new Map<string, MetricTarget>();
  for (const s of data.series) if (kinds.includes(s.target.kind)) seen.set(targetKey(s.target), s.target);
  return [...seen.values()];
};

const metricsWithValues = (data: MapMetrics) => new Set(data.series.map((s) => s.metric));

/** The overall figure of every metric that has values, in the definitions' order. */
export function overallFigures(data: MapMetrics, selection: MetricSelection): Figure[] {
  const present = metricsWithValues(data);
  return data.definitions.filter((d) => present.has(d.key)).flatMap((d) => overallFigure(data, d.key, selection) ?? []);
}

/** Every ratio (CTR, bounce, conversion, activation and the project's own) of every target that has it, recomputed from the target's counts. */
export function rateFigures(data: MapMetrics, selection: MetricSelection): Figure[] {
  const ratios = data.definitions.filter((d) => d.aggregation === 'ratio');
  const present = metricsWithValues(data);
  return distinctTargets(data, ['map', 'stage', 'channel', 'utm', 'card']).flatMap((target) =>
    ratios.filter((d) => present.has(d.key)).flatMap((d) => targetFigure(data, target, d.key, selection) ?? []),
  );
}

/** A metric an index needs, and the one it used in its place when the file had only a close synonym. */
export interface IndexInput {
  wanted: string;
  used: string;
}

/**
 * First-visit conversion index = (new visitors' share of transactions) /
 * (new visitors' share of visitors). 1: a new visitor converts like the
 * average visitor; below 1, worse.
 */
export interface FirstVisitIndex {
  scope: FigureScope;
  index: number;
  newTransactions: number;
  transactions: number;
  newVisitors: number;
  visitors: number;
  /** visitors, or visits when the file counted visits only. */
  visitorMetric: IndexInput;
}

/** The all-users value of a count: its '' segment, else new + returning added up. */
function allUsers(pick: (segment: string | null) => Figure | undefined): Figure | undefined {
  return pick('') ?? pick(null);
}

function firstVisitIndexFor(scope: FigureScope, pick: (metric: string, segment: string | null) => Figure | undefined): FirstVisitIndex | undefined {
  const visitorMetric = ['visitors', 'visits'].find((metric) => pick(metric, NEW_VISITOR_SEGMENT) !== undefined);
  if (visitorMetric === undefined) return undefined;
  const newTransactions = pick('transactions', NEW_VISITOR_SEGMENT)?.value;
  const transactions = allUsers((segment) => pick('transactions', segment))?.value;
  const newVisitors = pick(visitorMetric, NEW_VISITOR_SEGMENT)?.value;
  const visitors = allUsers((segment) => pick(visitorMetric, segment))?.value;
  if (newTransactions === undefined || transactions === undefined || newVisitors === undefined || visitors === undefined) return undefined;
  const index = safeDivide(safeDivide(newTransactions, transactions), safeDivide(newVisitors, visitors));
  if (index === undefined) return undefined;
  return { scope, index, newTransactions, transactions, newVisitors, visitors, visitorMetric: { wanted: 'visitors', used: visitorMetric } };
}

/** The first-visit conversion index overall and for every channel, UTM source and stage that has new-visitor values, most visitors first. */
export function firstVisitIndexes(data: MapMetrics, selection: MetricSelection): FirstVisitIndex[] {
  const overall = firstVisitIndexFor({ kind: 'overall', of: 'channel' }, (metric, segment) => overallFigure(data, metric, selection, segment));
  // Largest audience first: the order a report reads in.
  const perTarget = distinctTargets(data, ['channel', 'utm', 'stage'])
    .flatMap((target) => firstVisitIndexFor({ kind: 'target', target }, (metric, segment) => targetFigure(data, target, metric, selection, segment)) ?? [])
    .sort((a, b) => b.visitors - a.visitors);
  // With one target, its index is the overall one.
  return overall && perTarget.length !== 1 ? [overall, ...perTarget] : perTarget.length > 0 ? perTarget : overall ? [overall] : [];
}

/**
 * Channel conversion quality index = (channel's share of paying users) /
 * (channel's share of visits); below 1 the channel converts worse than the
 * average of the channels.
 */
export interface ChannelQualityRow {
  target: MetricTarget;
  paying: number;
  visits: number;
  payingShare: number | undefined;
  visitShare: number | undefined;
  index: number | undefined;
}

export interface ChannelQualityReport {
  rows: ChannelQualityRow[];
  totalPaying: number;
  totalVisits: number;
  /** The metrics used: paying users (or transactions) and visits (or visitors), when the file had only the close synonym. */
  payingMetric: IndexInput;
  visitMetric: IndexInput;
}

/** Close synonyms an index may use in place of the metric it wants, nearest first. */
const SUBSTITUTES: Record<string, readonly string[]> = { visits: ['visits', 'visitors'], payingUsers: ['payingUsers', 'transactions'], visitors: ['visitors', 'visits'] };

/** The channel conversion quality index of every channel (or, without channel values, every UTM source), most visits first, the shares taken of their sum. */
export function channelQuality(data: MapMetrics, selection: MetricSelection): ChannelQualityReport | undefined {
  for (const kind of ['channel', 'utm'] as const) {
    const targets = distinctTargets(data, [kind]);
    for (const payingMetric of SUBSTITUTES.payingUsers as readonly string[]) {
      for (const visitMetric of SUBSTITUTES.visits as readonly string[]) {
        const rows = targets.flatMap((target) => {
          const paying = targetFigure(data, target, payingMetric, selection)?.value;
          const visits = targetFigure(data, target, visitMetric, selection)?.value;
          return paying === undefined || visits === undefined ? [] : [{ target, paying, visits }];
        });
        if (rows.length === 0) continue;
        const totalPaying = rows.reduce((total, row) => total + row.paying, 0);
        const totalVisits = rows.reduce((total, row) => total + row.visits, 0);
        return {
          // Most visits first, as a channel report lists them.
          rows: [...rows].sort((a, b) => b.visits - a.visits).map((row) => {
            const payingShare = safeDivide(row.paying, totalPaying);
            const visitShare = safeDivide(row.visits, totalVisits);
            return { ...row, payingShare, visitShare, index: safeDivide(payingShare, visitShare) };
          }),
          totalPaying,
          totalVisits,
          payingMetric: { wanted: 'payingUsers', used: payingMetric },
          visitMetric: { wanted: 'visits', used: visitMetric },
        };
      }
    }
  }
  return undefined;
}

/** The metric whose count a stage passes on in the funnel: a count itself, or the numerator of a rate. */
function volumeMetric(definition: MetricDefinition | undefined): string | undefined {
  if (!definition || definition.direction !== 'higherIsBetter') return undefined;
  if (definition.aggregation === 'ratio') return definition.numerator;
  return definition.unit === 'count' ? definition.key : undefined;
}

/** A funnel step with the metric it counts. */
export interface StageFunnelStep extends FunnelStep {
  metric: string | null;
}

/**
 * The funnel of a map whose stages carry metrics-lane cards: each stage counts
 * the deepest volume its cards measure (the lowest lane's count, or the
 * numerator of its rate: CTR passes on clicks; lower-is-better rates such as
 * bounce pass on nothing), for the whole map or one target (a channel).
 * Stages without such a card are left out. Empty when no stage has one.
 */
export function stageFunnel(data: MapMetrics, map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>, selection: MetricSelection, target?: MetricTarget): StageFunnelStep[] {
  const laneRank = new Map(map.lanes.map((lane, i) => [lane.id, i]));
  const byStage = new Map<string, Card[]>();
  for (const card of Object.values(map.cards)) {
    if (!card.metricKey) continue;
    const cards = byStage.get(card.stageId) ?? [];
    cards.push(card);
    byStage.set(card.stageId, cards);
  }
  const steps = map.stages.flatMap((stage) => {
    const cards = (byStage.get(stage.id) ?? []).sort((a, b) => (laneRank.get(b.laneId) ?? 0) - (laneRank.get(a.laneId) ?? 0));
    for (const card of cards) {
      const metric = volumeMetric(definitionOf(data.definitions, card.metricKey as string));
      if (metric === undefined) continue;
      const value = target ? targetFigure(data, target, metric, selection) : (targetFigure(data, { kind: 'stage', id: stage.id }, metric, selection) ?? overallFigure(data, metric, selection));
      if (value) return [{ stageId: stage.id, metric, volume: value.value }];
    }
    return [];
  });
  const funnel = computeFunnel(steps);
  return funnel.map((step, i) => ({ ...step, metric: steps[i]?.metric ?? null }));
}

/** The figures of one map for one selection, as every surface shows them. */
export interface MapFigures {
  period: string | null;
  segment: string | null;
  overall: Figure[];
  rates: Figure[];
  firstVisit: FirstVisitIndex[];
  channelQuality: ChannelQualityReport | null;
  funnel: StageFunnelStep[];
}

/** Every figure of the map for the selection. */
export function mapFigures(data: MapMetrics, map: Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>, selection: MetricSelection): MapFigures {
  return {
    period: effectivePeriod(data, selection.period),
    segment: selection.segment,
    overall: overallFigures(data, selection),
    rates: rateFigures(data, selection),
    firstVisit: firstVisitIndexes(data, selection),
    channelQuality: channelQuality(data, selection) ?? null,
    funnel: stageFunnel(data, map, selection),
  };
}

