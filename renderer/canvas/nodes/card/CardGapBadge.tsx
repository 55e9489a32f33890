import { WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapSeverity } from '../../../../src/model/gaps';
import { useGapStore } from '../../../store/gapStore';
import { useSelectionStore } from '../../../store/selectionStore';
import { useViewStore } from '../../../store/viewStore';
import { gapExplanation } from '../../../panels/gaps/gapText';

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
export function CardGapBadge({ cardId, count, severity }: { cardId: string; count: number; severity: GapSeverity }) {
  const { t } = useTranslation('editor');
  const label = t('gapsCanvas.cardBadge', { count });
  return (
    <Tooltip title={<CardGapList cardId={cardId} />} placement="bottom">
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
        <WarningFilled aria-hidden />
        {count}
      </button>
    </Tooltip>
  );
}
