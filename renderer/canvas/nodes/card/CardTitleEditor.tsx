import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../../store/documentStore';
import { useSelectionStore } from '../../../store/selectionStore';

/** The inline title editor of a card: Enter or leaving commits, Shift+Enter adds a line, Escape cancels. */
export function CardTitleEditor({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('editor');
  const [value, setValue] = useState(title);
  // Enter commits and unmounts, which also fires blur: the second finish must do nothing.
  const done = useRef(false);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value !== title) {
      const mergeWithLast = useSelectionStore.getState().editingIsNew;
      useDocumentStore.getState().execute([{ name: 'card.edit', args: { id, patch: { title: value } } }], { mergeWithLast });
    }
    useSelectionStore.getState().editCard(null);
  };
  return (
    <textarea
      className="jc-card__input nodrag nopan nowheel"
      data-testid="card-title-input"
      aria-label={t('card.title')}
      placeholder={t('card.titlePlaceholder')}
      autoFocus
      maxLength={1000}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        // Keys typed here are text, not canvas shortcuts.
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
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
