import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmotionPoint } from '../../../src/model/journey';
import { useDocumentStore } from '../../store/documentStore';
import { setEmotionLabel } from './emotionEdits';

const WIDTH = 160;

/** Inline editor of a point's short label, over the point; Enter or leaving commits, Escape cancels. */
export function EmotionLabelEditor({ point, x, y, onDone }: { point: EmotionPoint; x: number; y: number; onDone(): void }) {
  const { t } = useTranslation('editor');
  const [value, setValue] = useState(point.label ?? '');
  // Enter commits and unmounts, which also fires blur: the second finish must do nothing.
  const done = useRef(false);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const command = commit ? setEmotionLabel(point, value) : null;
    if (command) useDocumentStore.getState().execute([command]);
    onDone();
  };
  return (
    <input
      className="jc-emotion-label-input nodrag nopan nowheel"
      style={{ left: x - WIDTH / 2, top: y - 36, width: WIDTH }}
      data-testid="emotion-label-input"
      aria-label={t('emotion.label')}
      placeholder={t('emotion.labelPlaceholder')}
      maxLength={120}
      autoFocus
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        // Keys typed here are text, not canvas shortcuts.
        e.stopPropagation();
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
