import '@xyflow/react/dist/style.css';
import './canvas.css';
import { ReactFlowProvider } from '@xyflow/react';
import { Button, Modal, notification, Result, Spin } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../src/model/journey';
import { describeError } from '../i18n/describeError';
import { GapAnalysisSync } from '../panels/gaps/GapAnalysisSync';
import { Inspector } from '../panels/inspector/Inspector';
import { PainPointTable } from '../panels/painPoints/PainPointTable';
import { WorkshopOverlay } from '../panels/workshop/WorkshopOverlay';
import { WorkshopSidePanel } from '../panels/workshop/WorkshopSidePanel';
import { useCatalogStore } from '../store/catalogStore';
import { useDocumentStore } from '../store/documentStore';
import { useSelectionStore } from '../store/selectionStore';
import { useMetricsStore } from '../store/metricsStore';
import { useViewStore } from '../store/viewStore';
import { EditorServicesContext, type EditorServices } from './editorContext';
import { EditorToolbar } from './EditorToolbar';
import { JourneyCanvas } from './JourneyCanvas';
import { PresentationChrome } from './presentation/PresentationChrome';
import { usePresentationStore } from './presentation/presentationStore';
import { useEditorShortcuts } from './useEditorShortcuts';

export interface MapEditorProps {
  projectId: string;
  mapId: string;
  onBack(): void;
  /** Navigates to another map of the project (a card's linked sub-journey). */
  onOpenMap?: (mapId: string) => void;
}

/** Ctrl/Cmd+I shows or hides the inspector, also while typing in it (no text field uses that key). */
function useInspectorShortcut() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'i') return;
      e.preventDefault();
      useViewStore.getState().toggleInspector();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function EditorBody({ projectId, map, onBack }: { projectId: string; map: JourneyMap; onBack(): void }) {
  const root = useRef<HTMLDivElement>(null);
  const inspectorOpen = useViewStore((s) => s.inspectorOpen);
  const editorView = useViewStore((s) => s.editorView);
  const sidePanel = useViewStore((s) => s.sidePanel);
  const presenting = usePresentationStore((s) => s.active);
  useEditorShortcuts(root);
  useInspectorShortcut();
  // While presenting, the room sees only the canvas (and the timer); the presentation chrome replaces the toolbar.
  const showTable = editorView === 'table' && !presenting;
  return (
    <div className={presenting ? 'jc-editor jc-editor--presenting' : 'jc-editor'} ref={root} data-testid="map-editor">
      <GapAnalysisSync projectId={projectId} map={map} />
      {presenting ? <PresentationChrome map={map} /> : <EditorToolbar map={map} onBack={onBack} />}
      <div className="jc-editor__body">
        {!presenting && sidePanel && <WorkshopSidePanel map={map} />}
        <div className="jc-editor__canvas">
          {/* The canvas stays mounted under the table so its viewport survives a switch. */}
          <JourneyCanvas map={map} />
          {showTable && <PainPointTable map={map} />}
          <WorkshopOverlay />
        </div>
        {!presenting && inspectorOpen && <Inspector map={map} />}
      </div>
    </div>
  );
}

/** Shows each new document error once, translated. */
function useErrorNotifications() {
  const { t } = useTranslation('editor');
  const [notify, holder] = notification.useNotification();
  const errorSeq = useDocumentStore((s) => s.errorSeq);
  useEffect(() => {
    const error = useDocumentStore.getState().lastError;
    if (errorSeq === 0 || !error) return;
    notify.error({ title: t('errors.editFailed'), description: describeError(t, error), placement: 'bottomRight' });
  }, [errorSeq, notify, t]);
  return holder;
}

/** The journey-map editor for one map of an open project; fills its parent. */
export function MapEditor({ projectId, mapId, onBack, onOpenMap }: MapEditorProps) {
  const { t } = useTranslation('editor');
  const map = useDocumentStore((s) => s.map);
  const status = useDocumentStore((s) => s.status);
  const loadError = useDocumentStore((s) => s.loadError);
  const [modal, modalHolder] = Modal.useModal();
  const notificationHolder = useErrorNotifications();

  useEffect(() => {
    useSelectionStore.getState().clear();
    useSelectionStore.getState().editCard(null);
    void useDocumentStore.getState().load(projectId, mapId);
    void useMetricsStore.getState().load(projectId, mapId);
    return () => {
      useDocumentStore.getState().close();
      useMetricsStore.getState().close();
    };
  }, [projectId, mapId]);

  useEffect(() => {
    // Filters and the curve's persona name catalog entries of one project only.
    if (useCatalogStore.getState().projectId !== projectId) useViewStore.getState().resetForProject();
    void useCatalogStore.getState().load(projectId);
  }, [projectId]);

  const services = useMemo<EditorServices>(
    () => ({
      confirm: (options) =>
        new Promise<boolean>((resolve) => {
          modal.confirm({
            title: options.title,
            content: options.content,
            okText: options.okText,
            cancelText: options.cancelText,
            okButtonProps: { danger: options.danger ?? false },
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          });
        }),
      openMap: onOpenMap,
    }),
    [modal, onOpenMap],
  );

  let content;
  if (status === 'error' && loadError) {
    content = (
      <Result
        status="error"
        title={t('load.failed')}
        subTitle={describeError(t, loadError)}
        extra={[
          <Button key="retry" type="primary" onClick={() => void useDocumentStore.getState().load(projectId, mapId)}>
            {t('load.retry')}
          </Button>,
          <Button key="back" onClick={onBack}>
            {t('toolbar.back')}
          </Button>,
        ]}
      />
    );
  } else if (!map || map.id !== mapId) {
    content = (
      <div className="jc-editor__loading">
        <Spin size="large" description={t('load.loading')} />
      </div>
    );
  } else {
    content = (
      <ReactFlowProvider>
        <EditorBody projectId={projectId} map={map} onBack={onBack} />
      </ReactFlowProvider>
    );
  }

  return (
    <EditorServicesContext.Provider value={services}>
      {modalHolder}
      {notificationHolder}
      {content}
    </EditorServicesContext.Provider>
  );
}
