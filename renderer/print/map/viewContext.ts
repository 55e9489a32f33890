import type { TFunction } from 'i18next';
import { countsByTarget, targetKey } from '../../../src/comments/threads';
import type { ContentOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import type { MetricSelection } from '../../../src/metrics/readings';
import type { CommentTarget } from '../../../src/model/annotations';
import type { GapSeverity } from '../../../src/model/gaps';
import type { Id, JourneyMap } from '../../../src/model/journey';
import type { TextMeasure } from './mapView';

/** What every part of the print drawing reads: the data, the choices, the measure and the words. */
export interface ViewContext {
  data: PrintData;
  content: ContentOptions;
  /** The map after the content filters (printFilter.ts). */
  map: JourneyMap;
  measure: TextMeasure;
  t: TFunction;
  language: 'en' | 'zh-CN';
  selection: MetricSelection;
  /** Worst open gap and number of gaps per card and per stage; empty when gap markers are off. */
  cardGaps: ReadonlyMap<Id, { severity: GapSeverity; count: number }>;
  stageGaps: ReadonlyMap<Id, { severity: GapSeverity; count: number }>;
  /** Open comment threads of a card, stage or lane; 0 when comments are off. */
  openThreads(target: CommentTarget): number;
}

const RANK: Record<GapSeverity, number> = { high: 3, medium: 2, low: 1 };
const worse = (a: GapSeverity | undefined, b: GapSeverity): GapSeverity => (a && RANK[a] >= RANK[b] ? a : b);

type GapIndex = Map<Id, { severity: GapSeverity; count: number }>;

const addGap = (index: GapIndex, id: Id, severity: GapSeverity) => {
  const current = index.get(id);
  index.set(id, { severity: worse(current?.severity, severity), count: (current?.count ?? 0) + 1 });
};

/** The open gaps indexed as the canvas's gap store does: per card and per stage, the worst one's colour and the count. */
function indexGaps(data: PrintData, on: boolean): { cardGaps: GapIndex; stageGaps: GapIndex } {
  const cardGaps: GapIndex = new Map();
  const stageGaps: GapIndex = new Map();
  if (!on) return { cardGaps, stageGaps };
  for (const gap of data.gaps) {
    for (const cardId of new Set(gap.cardIds)) addGap(cardGaps, cardId, gap.severity);
    if (gap.stageId) addGap(stageGaps, gap.stageId, gap.severity);
  }
  return { cardGaps, stageGaps };
}

export function viewContext(data: PrintData, content: ContentOptions, map: JourneyMap, measure: TextMeasure, t: TFunction): ViewContext {
  const counts = content.comments ? countsByTarget(data.map) : new Map<string, { openThreads: number }>();
  return {
    data,
    content,
    map,
    measure,
    t,
    language: data.language,
    // '' is "all users" in the options; the metric engine says null.
    selection: { grain: content.grain, period: content.period, segment: content.segment === '' ? null : content.segment },
    ...indexGaps(data, content.gapMarkers),
    openThreads: (target) => counts.get(targetKey(target))?.openThreads ?? 0,
  };
}
