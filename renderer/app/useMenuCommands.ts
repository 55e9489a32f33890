import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../src/api/bridge';
import { api } from '../api/client';
import { useExportDialogStore, type DataExportRequest } from '../panels/export/exportDialogStore';
import { useAppStore } from '../store/appStore';
import { useDocumentStore } from '../store/documentStore';
import { useProjectActions } from './useProjectActions';

/** File > Export ... works on the map open in the editor; without one there is nothing to export. */
const withOpenMap = (run: () => void) => () => {
  if (useDocumentStore.getState().map) run();
};
const exportTable = (table: 'painPoints' | 'gaps' | 'metrics', format: 'csv' | 'xlsx') =>
  withOpenMap(() => useExportDialogStore.getState().requestData({ kind: 'table', table, format } satisfies DataExportRequest));

/**
 * Runs the native menu's project and export commands (Electron only; the
 * browser host never sends any). Undo and redo belong to the map editor,
 * which subscribes itself; the export dialog and data exports run in the
 * editor's toolbar (see ExportMenuButton).
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
      'export.pdf': withOpenMap(() => useExportDialogStore.getState().openDialog('pdf')),
      'export.image': withOpenMap(() => useExportDialogStore.getState().openDialog('image')),
      'export.painPoints.csv': exportTable('painPoints', 'csv'),
      'export.painPoints.xlsx': exportTable('painPoints', 'xlsx'),
      'export.gaps.csv': exportTable('gaps', 'csv'),
      'export.gaps.xlsx': exportTable('gaps', 'xlsx'),
      'export.metrics.csv': exportTable('metrics', 'csv'),
      'export.metrics.xlsx': exportTable('metrics', 'xlsx'),
      'app.about': () =>
        void modal.info({ title: t('app.name'), content: t('app.about', { version: info?.version ?? '', platform: info?.platform ?? '' }) }),
    };
    return api.onMenu((command) => run[command]?.());
  }, [openProjectWithPicker, saveCopy, exportJson, closeProject, modal, t, info]);
}
