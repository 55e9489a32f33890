import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapSeverity } from '../../../../src/model/gaps';
import type { CardTexts } from '../../../store/derived/cardTexts';
import { useGapStore } from '../../../store/gapStore';
import { useSelectionStore } from '../../../store/selectionStore';
import { useViewStore } from '../../../store/viewStore';
import { gapExplanation } from '../../../panels/gaps/gapText';
import { HoverTooltip } from './LazyOverlay';
import { ICONS, StaticIcon } from './StaticIcon';

const stop = (e: MouseEvent) => e.stopPropagation();

/** The explanations of a card's open gaps, most severe first; mounted only while its tooltip shows. */
function CardGapList({ cardId }: { cardId: string }) {
  const { t } = useTranslation(['editor', 'gaps']);
  const keys = useGapStore((s) => s.cardGaps.get(cardId));
  const open = useGapStore((s) => s.open);
  const wanted = new Set(keys ?? []);
  return (
    <ul className="jc-gap-list" data-testid="card-gap-list">
      {open
        .filter((gap) => wanted.has(gap.key))
        .map((gap) => (
          <li key={gap.key} data-severity={gap.severity}>
            {gapExplanation(t, gap)}
          </li>
        ))}
    </ul>
  );
}

/**
 * The badge of a card with open gaps: their number in the worst one's colour.
 * Its tooltip lists why each gap fired; a click selects the card and opens the gap panel.
 */
export function CardGapBadge({ cardId, count, severity, texts }: { cardId: string; count: number; severity: GapSeverity; texts: CardTexts }) {
  const label = texts.editor('gapsCanvas.cardBadge', { count });
  return (
    <HoverTooltip title={() => <CardGapList cardId={cardId} />} placement="bottom">
      <button
        type="button"
        className="jc-gap-badge nodrag nopan"
        data-testid="card-gap-badge"
        data-severity={severity}
        aria-label={label}
        onMouseDown={stop}
        onDoubleClick={stop}
        onClick={(e) => {
          e.stopPropagation();
          useSelectionStore.getState().select([cardId]);
          const view = useViewStore.getState();
          if (view.sidePanel !== 'gaps') view.toggleSidePanel('gaps');
        }}
      >
        <StaticIcon glyph={ICONS.warningFilled} />
        {count}
      </button>
    </HoverTooltip>
  );
}
