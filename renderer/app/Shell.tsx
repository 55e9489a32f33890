import { App, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { MapEditor } from '../canvas/MapEditor';
import { describeError, toDescribableError, type DescribableError } from '../i18n/describeError';
import { ProjectHome } from '../panels/home/ProjectHome';
import { usePathPickerStore } from '../panels/filePicker/pathPicker';
import { ProjectView } from '../panels/project/ProjectView';
import { selectScreen, useAppStore } from '../store/appStore';
import { AppDialogs } from './AppDialogs';
import { AppHeader } from './AppHeader';
import { releaseProjectOnUnload, rememberPageSession, restorePageSession } from './pageSession';
import { useBackShortcut, useCommandShortcuts } from './shortcuts';
import { useMenuCommands } from './useMenuCommands';
import { useProjectActions } from './useProjectActions';

/** Loads what every screen needs (app info), then shows home, project or map editor. */
export function Shell() {
  const { t } = useTranslation();
  const info = useAppStore((state) => state.info);
  const setInfo = useAppStore((state) => state.setInfo);
  const [startError, setStartError] = useState<DescribableError | null>(null);

  const load = useCallback(async () => {
    setStartError(null);
    try {
      const appInfo = await api.invoke('app.info', {});
      await restorePageSession();
      setInfo(appInfo);
    } catch (thrown) {
      setStartError(toDescribableError(thrown));
    }
  }, [setInfo]);

  useEffect(() => {
    const forget = rememberPageSession();
    const release = releaseProjectOnUnload();
    return () => {
      forget();
      release();
    };
  }, []);

  useEffect(() => {
    // Nothing can be shown before main says where projects live and which dialogs exist.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  if (startError) {
    return (
      <Result
        status="warning"
        title={t('app.startFailed')}
        subTitle={describeError(t, startError)}
        extra={
          <Button type="primary" onClick={() => void load()}>
            {t('actions.retry')}
          </Button>
        }
      />
    );
  }
  if (!info) {
    return (
      <div className="app-loading">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  return <Screens />;
}

function Screens() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screen = useAppStore(selectScreen);
  const project = useAppStore((state) => state.project);
  const mapId = useAppStore((state) => state.mapId);
  const mapClosed = useAppStore((state) => state.mapClosed);
  const steppedBack = useAppStore((state) => state.steppedBack);
  const dialogOpen = useAppStore((state) => state.dialog !== null);
  const pickerOpen = usePathPickerStore((state) => state.request !== null);
  const { openProjectWithPicker } = useProjectActions();
  useMenuCommands();

  const shortcuts = useMemo(
    () => ({ n: () => useAppStore.getState().openDialog('newProject'), o: () => void openProjectWithPicker() }),
    [openProjectWithPicker],
  );
  // In the map editor, Ctrl+N/O are left to the editor and the native menu.
  useCommandShortcuts(shortcuts, screen !== 'map' && !dialogOpen && !pickerOpen);
  useBackShortcut(steppedBack, screen === 'map' && !dialogOpen && !pickerOpen);

  const openLinkedMap = useCallback(
    (linkedId: string) => {
      // A link can outlive its target (deleted since); say so instead of opening an editor that fails to load.
      if (useAppStore.getState().project?.maps.some((map) => map.id === linkedId)) useAppStore.getState().linkedMapOpened(linkedId);
      else void message.warning(t('nav.linkedMapMissing'));
    },
    [message, t],
  );

  return (
    <div className="app-shell">
      <AppHeader />
      <div className="app-body">
        {screen === 'home' && <ProjectHome />}
        {screen === 'project' && project && <ProjectView project={project} />}
        {screen === 'map' && project && mapId && (
          <div className="app-editor">
            <MapEditor
              key={`${project.projectId}/${mapId}`}
              projectId={project.projectId}
              mapId={mapId}
              onBack={mapClosed}
              onOpenMap={openLinkedMap}
            />
          </div>
        )}
      </div>
      <AppDialogs />
    </div>
  );
}
