import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../src/api/bridge';
import { api } from '../api/client';
import { useAppStore } from '../store/appStore';
import { useProjectActions } from './useProjectActions';

/**
 * Runs the native menu's project commands (Electron only; the browser host
 * never sends any). Undo and redo belong to the map editor, which subscribes itself.
 */
export function useMenuCommands(): void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { openProjectWithPicker, saveCopy, exportJson, closeProject } = useProjectActions();
  const info = useAppStore((state) => state.info);

  useEffect(() => {
    const run: Partial<Record<MenuCommand, () => void>> = {
      'project.new': () => useAppStore.getState().openDialog('newProject'),
      'project.open': () => void openProjectWithPicker(),
      'project.saveCopy': () => void saveCopy(),
      'project.exportJson': () => void exportJson(),
      'project.close': () => void closeProject(),
      'app.about': () =>
        void modal.info({ title: t('app.name'), content: t('app.about', { version: info?.version ?? '', platform: info?.platform ?? '' }) }),
    };
    return api.onMenu((command) => run[command]?.());
  }, [openProjectWithPicker, saveCopy, exportJson, closeProject, modal, t, info]);
}
