import { create } from 'zustand';
import type { Id } from '../../../src/model/journey';
import { i18n } from '../../i18n';
import { useDocumentStore } from '../documentStore';
import { useGapStore } from '../gapStore';
import { useMetricsStore } from '../metricsStore';
import { useSelectionStore } from '../selectionStore';
import { useViewStore } from '../viewStore';
import { deriveCardRecords, sameInputs, type CardRecord, type CardRecordInputs, type CardRecords } from './cardRecords';
import { cardTexts, type CardTexts } from './cardTexts';

/**
 * The card records of the open map, kept up to date from the stores they are
 * derived from: each source change recomputes them once (see deriveCardRecords)
 * and every card node selects its own record, so a card re-renders only when
 * its record is a new object.
 */

// Looked up again when i18next starts or switches language (before it starts, lookups give keys).
let texts: CardTexts | null = null;
const currentTexts = (): CardTexts => {
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  if (texts?.language !== language) texts = cardTexts(language, (namespace) => i18n.getFixedT(language, namespace));
  return texts;
};
const lookUpTextsAgain = (): void => {
  texts = null;
  refresh();
};

function currentInputs(): CardRecordInputs {
  const view = useViewStore.getState();
  const gaps = useGapStore.getState();
  const metrics = useMetricsStore.getState();
  return {
    map: useDocumentStore.getState().map,
    editingCardId: useSelectionStore.getState().editingCardId,
    filter: { personaId: view.filterPersonaId, segmentId: view.filterSegmentId, severities: view.severities },
    cardSeverity: gaps.cardSeverity,
    cardGaps: gaps.cardGaps,
    metrics: metrics.data,
    selection: { grain: metrics.grain, period: metrics.period, segment: metrics.segment },
    texts: currentTexts(),
  };
}

export const useCardRecordStore = create<CardRecords>()(() => deriveCardRecords(currentInputs(), null));

function refresh(): void {
  const inputs = currentInputs();
  const prev = useCardRecordStore.getState();
  if (sameInputs(prev.inputs, inputs)) return;
  useCardRecordStore.setState(deriveCardRecords(inputs, prev), true);
}

useDocumentStore.subscribe(refresh);
useGapStore.subscribe(refresh);
useMetricsStore.subscribe(refresh);
useViewStore.subscribe(refresh);
useSelectionStore.subscribe(refresh);
i18n.on('languageChanged', lookUpTextsAgain);
i18n.on('initialized', lookUpTextsAgain);

/** One card's record (undefined while the card is not in the open map). */
export const useCardRecord = (id: Id): CardRecord | undefined => useCardRecordStore((s) => s.records.get(id));
