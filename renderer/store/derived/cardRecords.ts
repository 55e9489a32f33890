import type { MapMetrics } from '../../../src/api/contract';
import { countsByTarget, type TargetCounts } from '../../../src/comments/threads';
import { definitionOf } from '../../../src/metrics/definitions';
import { goalFor, type ResolvedGoal } from '../../../src/metrics/goals';
import { cardReadings, tileReading, type MetricReading, type MetricSelection } from '../../../src/metrics/readings';
import type { MetricDefinition } from '../../../src/model/metrics';
import type { GapSeverity } from '../../../src/model/gaps';
import type { Card, Id, JourneyMap, LaneType } from '../../../src/model/journey';
import { cardMatchesView, type CardViewFilter } from '../../../src/views/viewFilter';
import { badgeChips, badgeRowWidth, laneHasMetricBadges, packBadges, type BadgeRows } from '../../canvas/nodes/card/metricBadgeLayout';
import type { CardTexts } from './cardTexts';

/**
 * What a card node shows besides its own fields, derived once per change of
 * what it depends on (the map, the gap analysis, the metrics and their
 * selection, the comments, the view filter, the language) instead of by every
 * card on every render. Each card's record is kept (same object) while none
 * of its inputs changed, so a card node subscribed to its record re-renders
 * only when something it shows changed.
 */

/** A metrics-lane tile's figure: its reading, or the goal it would be compared with. */
export interface TileView {
  reading: MetricReading | undefined;
  definition: MetricDefinition | undefined;
  /** The goal of the stage's own figure, when there is no reading. */
  goal: ResolvedGoal | undefined;
}

export interface CardRecord {
  card: Card;
  laneType: LaneType;
  /** The title is being edited in place. */
  editing: boolean;
  /** False when the view filter leaves the card out (it is then dimmed). */
  matches: boolean;
  /** The worst open gap's severity (undefined: no open gap). */
  gapSeverity: GapSeverity | undefined;
  gapCount: number;
  openThreads: number;
  metricRows: BadgeRows | null;
  /** Metrics-lane cards with a chosen metric; null otherwise. */
  tile: TileView | null;
  texts: CardTexts;
}

export interface CardRecordInputs {
  map: JourneyMap | null;
  editingCardId: Id | null;
  filter: CardViewFilter;
  cardSeverity: ReadonlyMap<Id, GapSeverity>;
  cardGaps: ReadonlyMap<Id, readonly string[]>;
  metrics: MapMetrics | null;
  selection: MetricSelection;
  texts: CardTexts;
}

export interface CardRecords {
  inputs: CardRecordInputs;
  records: ReadonlyMap<Id, CardRecord>;
  /** Extra height of the cards that show metric badges, for the canvas layout. */
  badgeHeights: ReadonlyMap<Id, number>;
  /** Open threads per comment target, counted once per comments record. */
  commentCounts: ReadonlyMap<string, TargetCounts>;
  laneTypes: ReadonlyMap<Id, LaneType>;
}

const NO_COUNTS: ReadonlyMap<string, TargetCounts> = new Map();
const NO_HEIGHTS: ReadonlyMap<Id, number> = new Map();
const NO_LANES: ReadonlyMap<Id, LaneType> = new Map();

const sameFilter = (a: CardViewFilter, b: CardViewFilter): boolean =>
  a.personaId === b.personaId && a.segmentId === b.segmentId && a.severities === b.severities;

const sameSelection = (a: MetricSelection, b: MetricSelection): boolean => a.grain === b.grain && a.period === b.period && a.segment === b.segment;

/** True when recomputing from `b` would give what `a` gave. */
export function sameInputs(a: CardRecordInputs, b: CardRecordInputs): boolean {
  return (
    a.map === b.map &&
    a.editingCardId === b.editingCardId &&
    sameFilter(a.filter, b.filter) &&
    a.cardSeverity === b.cardSeverity &&
    a.cardGaps === b.cardGaps &&
    a.metrics === b.metrics &&
    sameSelection(a.selection, b.selection) &&
    a.texts === b.texts
  );
}

function metricRowsOf(card: Card, laneType: LaneType, inputs: CardRecordInputs): BadgeRows | null {
  if (!inputs.metrics || !laneHasMetricBadges(laneType)) return null;
  const readings = cardReadings(inputs.metrics, card, inputs.selection);
  return readings.length === 0 ? null : packBadges(badgeChips(readings, inputs.texts.language), badgeRowWidth(laneType, card.span ?? 1));
}

function tileOf(card: Card, laneType: LaneType, inputs: CardRecordInputs): TileView | null {
  if (laneType !== 'metrics' || !card.metricKey) return null;
  const { metrics, selection } = inputs;
  const reading = tileReading(metrics, card.stageId, card.metricKey, selection);
  const definition = reading?.definition ?? (metrics ? definitionOf(metrics.definitions, card.metricKey) : undefined);
  const goal = !reading && definition ? goalFor(definition, { target: { kind: 'stage', id: card.stageId }, segment: selection.segment }) : undefined;
  return { reading, definition, goal };
}

// What metric badges and tiles are computed from, besides the metrics and the selection.
const sameBadgeInputs = (a: Card, b: Card): boolean => a.id === b.id && a.channelId === b.channelId && a.url === b.url && (a.span ?? 1) === (b.span ?? 1);
const sameTileInputs = (a: Card, b: Card): boolean => a.stageId === b.stageId && a.metricKey === b.metricKey;

function sameRecord(a: CardRecord, b: Omit<CardRecord, 'texts'> & { texts: CardTexts }): boolean {
  return (
    a.card === b.card &&
    a.laneType === b.laneType &&
    a.editing === b.editing &&
    a.matches === b.matches &&
    a.gapSeverity === b.gapSeverity &&
    a.gapCount === b.gapCount &&
    a.openThreads === b.openThreads &&
    a.metricRows === b.metricRows &&
    a.tile === b.tile &&
    a.texts === b.texts
  );
}

function sameHeights(a: ReadonlyMap<Id, number>, b: ReadonlyMap<Id, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, height] of a) if (b.get(id) !== height) return false;
  return true;
}

/**
 * Every card's record for `inputs`, reusing `prev`'s records (and their metric
 * badges and tiles) wherever what they depend on is unchanged: the cost of a
 * map edit is a few comparisons per card plus the work of the cards it touched.
 */
export function deriveCardRecords(inputs: CardRecordInputs, prev: CardRecords | null): CardRecords {
  const { map } = inputs;
  if (!map) return { inputs, records: new Map(), badgeHeights: NO_HEIGHTS, commentCounts: NO_COUNTS, laneTypes: NO_LANES };
  const before = prev?.inputs;
  const laneTypes = before && prev && before.map?.lanes === map.lanes ? prev.laneTypes : new Map(map.lanes.map((lane) => [lane.id, lane.type]));
  const commentCounts =
    before && prev && before.map?.comments === map.comments ? prev.commentCounts : map.comments ? countsByTarget({ comments: map.comments }) : NO_COUNTS;
  // Metric badges and tiles are the costly part: kept per card while the metrics, their selection and the language stay.
  const metricsSame =
    before !== undefined && before.metrics === inputs.metrics && sameSelection(before.selection, inputs.selection) && before.texts.language === inputs.texts.language;

  const records = new Map<Id, CardRecord>();
  const heights = new Map<Id, number>();
  for (const card of Object.values(map.cards)) {
    const id = card.id;
    const laneType = laneTypes.get(card.laneId) ?? 'notes';
    const old = prev?.records.get(id);
    const keepMetrics = metricsSame && old !== undefined && old.laneType === laneType;
    const metricRows = keepMetrics && sameBadgeInputs(old.card, card) ? old.metricRows : metricRowsOf(card, laneType, inputs);
    const tile = keepMetrics && sameTileInputs(old.card, card) ? old.tile : tileOf(card, laneType, inputs);
    const next: CardRecord = {
      card,
      laneType,
      editing: inputs.editingCardId === id,
      matches: cardMatchesView(card, laneType, inputs.filter),
      gapSeverity: inputs.cardSeverity.get(id),
      gapCount: inputs.cardGaps.get(id)?.length ?? 0,
      openThreads: commentCounts.get(`card:${id}`)?.openThreads ?? 0,
      metricRows,
      tile,
      texts: inputs.texts,
    };
    records.set(id, old && sameRecord(old, next) ? old : next);
    if (metricRows) heights.set(id, metricRows.height);
  }
  const badgeHeights = heights.size === 0 ? NO_HEIGHTS : prev && sameHeights(prev.badgeHeights, heights) ? prev.badgeHeights : heights;
  return { inputs, records, badgeHeights, commentCounts, laneTypes };
}
