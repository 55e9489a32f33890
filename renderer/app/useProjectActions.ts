import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenProject } from '../../src/model/project';
import { api } from '../api/client';
import { baseName, withoutExtension } from '../panels/filePicker/pathParts';
import { usePathChooser } from '../panels/filePicker/usePathChooser';
import { projectFileName } from '../panels/home/projectFileName';
import { useAppStore } from '../store/appStore';
import { useCatalogStore } from '../store/catalogStore';
import { useDocumentStore } from '../store/documentStore';
import { useReportError } from './useReportError';

const LOADING_KEY = 'project-action';

/** Resolves when every map and catalog edit made so far has reached main (or been refused). */
const whenAllSaved = async (): Promise<void> => {
  await Promise.all([useDocumentStore.getState().whenSaved(), useCatalogStore.getState().whenSaved()]);
};

/** The close of the project last left; opening a project waits for it so the file is free again. */
let pendingClose: Promise<void> = Promise.resolve();

/**
 * Project-level actions shared by the home screen, the project view, the
 * native menu and keyboard shortcuts. Each reports its own errors, so callers
 * only decide when to run them.
 */
export function useProjectActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const chooser = usePathChooser();

  /** Shows `project` and closes the one it replaces, so main does not keep both files open. */
  const switchTo = useCallback(async (project: OpenProject) => {
    const previous = useAppStore.getState().project;
    useAppStore.getState().projectOpened(project);
    if (previous && previous.projectId !== project.projectId) {
      // Edits still on their way to main belong to the old project: let them land before closing it.
      await whenAllSaved();
      await api.invoke('project.close', { projectId: previous.projectId }).catch(() => undefined);
    }
  }, []);

  const withLoading = useCallback(
    async <T,>(text: string, errorTitle: string, run: () => Promise<T>): Promise<T | null> => {
      void message.open({ key: LOADING_KEY, type: 'loading', content: text, duration: 0 });
      try {
        return await run();
      } catch (thrown) {
        reportError(thrown, errorTitle);
        return null;
      } finally {
        message.destroy(LOADING_KEY);
      }
    },
    [message, reportError],
  );

  const openProjectAt = useCallback(
    async (path: string): Promise<boolean> => {
      const current = useAppStore.getState().project;
      if (current?.path === path) {
        useAppStore.getState().mapClosed();
        return true;
      }
      // Reopening the project just closed must wait until main has let go of the file.
      await pendingClose;
      const project = await withLoading(t('home.opening', { name: baseName(path) }), t('home.openFailed'), () =>
        api.invoke('project.open', { path }),
      );
      if (project) await switchTo(project);
      return project !== null;
    },
    [switchTo, t, withLoading],
  );

  const openProjectWithPicker = useCallback(async () => {
    try {
      const path = await chooser.chooseProjectToOpen();
      if (path) await openProjectAt(path);
    } catch (thrown) {
      reportError(thrown, t('home.openFailed'));
    }
  }, [chooser, openProjectAt, reportError, t]);

  const closeProject = useCallback(async () => {
    const project = useAppStore.getState().project;
    if (!project) return;
    // Go home at once (no screen may ask main about a project being closed), then let the
    // editor's last edits reach main before the file closes.
    useAppStore.getState().projectClosed();
    pendingClose = (async () => {
      await whenAllSaved();
      if (useCatalogStore.getState().projectId === project.projectId) useCatalogStore.getState().close();
      try {
        await api.invoke('project.close', { projectId: project.projectId });
      } catch (thrown) {
        reportError(thrown, t('project.closeFailed'));
      }
    })();
    await pendingClose;
  }, [reportError, t]);

  const saveCopy = useCallback(async () => {
    const project = useAppStore.getState().project;
    if (!project) return;
    try {
      const defaultName = projectFileName(t('project.copyName', { name: project.info.name }));
      const path = await chooser.chooseProjectSavePath(defaultName, t('project.saveCopyTitle'));
      if (!path) return;
      const saved = await withLoading(t('project.savingCopy'), t('project.saveCopyFailed'), () =>
        api.invoke('project.saveCopy', { projectId: project.projectId, path }),
      );
      if (saved) void message.success(t('project.copySaved', { path: saved.path }));
    } catch (thrown) {
      reportError(thrown, t('project.saveCopyFailed'));
    }
  }, [chooser, message, reportError, t, withLoading]);

  const exportJson = useCallback(async () => {
    const project = useAppStore.getState().project;
    if (!project) return;
    try {
      const defaultName = withoutExtension(projectFileName(project.info.name), '.cjm') + '.json';
      const path = await chooser.chooseJsonSavePath(defaultName);
      if (!path) return;
      const saved = await withLoading(t('project.exporting'), t('project.exportFailed'), () =>
        api.invoke('project.exportJson', { projectId: project.projectId, path }),
      );
      if (saved) void message.success(t('project.exported', { path: saved.path }));
    } catch (thrown) {
      reportError(thrown, t('project.exportFailed'));
    }
  }, [chooser, message, reportError, t, withLoading]);

  return useMemo(
    () => ({ switchTo, openProjectAt, openProjectWithPicker, closeProject, saveCopy, exportJson, withLoading }),
    [switchTo, openProjectAt, openProjectWithPicker, closeProject, saveCopy, exportJson, withLoading],
  );
}
