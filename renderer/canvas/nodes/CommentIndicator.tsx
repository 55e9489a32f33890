import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countsByTarget, targetKey, type TargetCounts } from '../../../src/comments/threads';
import type { CommentTarget } from '../../../src/model/annotations';
import type { JourneyMap } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useViewStore } from '../../store/viewStore';
import { ICONS, StaticIcon } from './card/StaticIcon';

// One count per comments record, shared by every header: each selects a number, so an
// edit re-renders only the headers whose count changed (cards take theirs from their records).
let cachedFor: JourneyMap['comments'] | null = null;
let cached: Map<string, TargetCounts> = new Map();
const countsOf = (comments: JourneyMap['comments']): Map<string, TargetCounts> => {
  if (comments !== cachedFor) {
    cachedFor = comments;
    cached = countsByTarget({ comments });
  }
  return cached;
};

/** Open comment threads on one card, stage or lane (0 when none). */
export const useOpenThreads = (target: CommentTarget): number =>
  useDocumentStore((s) => (s.map?.comments ? (countsOf(s.map.comments).get(targetKey(target))?.openThreads ?? 0) : 0));

const stop = (e: MouseEvent) => e.stopPropagation();

/**
 * The speech-bubble count of `count` open threads on a target, named by
 * `label` (also its tooltip). A click selects the target and opens the
 * inspector, where its threads are.
 */
export function CommentCount({ target, count, label, className }: { target: CommentTarget; count: number; label: string; className?: string }) {
  return (
    <button
      type="button"
      className={`jc-comments nodrag nopan${className ? ` ${className}` : ''}`}
      data-testid="comment-indicator"
      data-count={count}
      aria-label={label}
      title={label}
      onMouseDown={stop}
      onDoubleClick={stop}
      onClick={(e) => {
        e.stopPropagation();
        const selection = useSelectionStore.getState();
        if (target.kind === 'card') selection.select([target.id]);
        else selection.selectHeader(target.kind === 'map' ? { kind: 'map' } : { kind: target.kind, id: target.id });
        useViewStore.getState().setInspectorOpen(true);
      }}
    >
      {/* The count is drawn by CSS (data-count) so it does not join the name of the header it sits in. */}
      <StaticIcon glyph={ICONS.message} />
    </button>
  );
}

/** The open-thread count of a stage, lane or the map (nothing when there is none). */
export function CommentIndicator({ target, className }: { target: CommentTarget; className?: string }) {
  const { t } = useTranslation('present');
  const count = useOpenThreads(target);
  if (count === 0) return null;
  return <CommentCount target={target} count={count} label={t('canvas.openThreads', { count })} className={className} />;
}
