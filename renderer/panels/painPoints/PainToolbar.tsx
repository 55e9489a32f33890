import { AppstoreOutlined, TableOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { painPointCards } from '../../../src/painPoints/links';
import { useViewStore, type EditorView } from '../../store/viewStore';

/** Ctrl/Cmd+Shift+T switches between the canvas and the pain-point table. */
function useTableShortcut() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || !(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || e.key.toLowerCase() !== 't') return;
      e.preventDefault();
      const view = useViewStore.getState();
      view.setEditorView(view.editorView === 'table' ? 'canvas' : 'table');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Editor toolbar buttons of the pain-point area (canvas / table switch). */
export function PainToolbarButtons({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('pain');
  const editorView = useViewStore((s) => s.editorView);
  const count = painPointCards(map).length;
  useTableShortcut();
  return (
    // A native title, not an antd Tooltip: a tooltip left open under the pointer after a switch covered the table's buttons.
    <span title={t('toolbar.shortcut')}>
      <Segmented<EditorView>
        aria-label={t('toolbar.view')}
        data-testid="editor-view-switch"
        size="small"
        value={editorView}
        onChange={(view) => {
          useViewStore.getState().setEditorView(view);
          // The switch is a radio input; left focused, it would swallow the editor's shortcuts (undo, arrows) as typing.
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        }}
        options={[
          { value: 'canvas', icon: <AppstoreOutlined />, label: t('toolbar.canvas') },
          {
            value: 'table',
            icon: <TableOutlined />,
            label: <span data-testid="pain-count" data-count={count}>{t('toolbar.table', { count })}</span>,
          },
        ]}
      />
    </span>
  );
}
