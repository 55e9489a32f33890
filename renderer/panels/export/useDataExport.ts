import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { api } from '../../api/client';
import { useProjectActions } from '../../app/useProjectActions';
import { currentLanguage } from '../../i18n';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useDocumentStore } from '../../store/documentStore';
import { useMetricsStore } from '../../store/metricsStore';
import { usePathChooser } from '../filePicker/usePathChooser';
import type { DataExportRequest } from './exportDialogStore';
import { exportFileName } from './exportFileName';

/**
 * Writes the open map's pain points, gaps or metrics as CSV or XLSX (main
 * builds the table: `export.table`), or the project as JSON (the project
 * view's own action, reused), at a path the user chooses.
 */
export function useDataExport(map: JourneyMap) {
  const { t } = useTranslation('export');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const { saveFile } = usePathChooser();
  const { exportJson } = useProjectActions();

  return useCallback(
    async (request: DataExportRequest) => {
      if (request.kind === 'projectJson') return exportJson();
      const { table, format } = request;
      const projectId = useDocumentStore.getState().projectId;
      if (!projectId) return;
      const tableName = t(`data.tables.${table}`);
      const path = await saveFile(format, exportFileName(map.name, format, t(`data.fileSuffix.${table}`)), t('data.saveTitle', { table: tableName }));
      if (!path) return;
      const hide = message.loading(t('data.writing', { table: tableName }), 0);
      try {
        // Metrics at the grain the map shows now; column headings in the app's language.
        const grain = useMetricsStore.getState().grain;
        const result = await api.invoke('export.table', { projectId, mapId: map.id, table, format, path, grain, language: currentLanguage() });
        void message.success(t('data.exported', { count: result.rows, table: tableName, path: result.path }));
      } catch (thrown) {
        void message.error(`${t('data.failed', { table: tableName })}: ${describeError(tCommon, toDescribableError(thrown))}`);
      } finally {
        hide();
      }
    },
    [exportJson, map.id, map.name, message, saveFile, t, tCommon],
  );
}
