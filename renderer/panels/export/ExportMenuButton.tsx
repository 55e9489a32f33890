import './export.css';
import { ExportOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip, type MenuProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_FORMATS } from '../../../src/api/contract';
import { DATA_TABLES } from '../../../src/export/printData';
import type { JourneyMap } from '../../../src/model/journey';
import { shortcutLabel } from '../../app/shortcuts';
import { useDocumentStore } from '../../store/documentStore';
import { ExportDialog } from './ExportDialog';
import { useExportDialogStore } from './exportDialogStore';
import { useDataExport } from './useDataExport';

/** Runs data exports the native menu asks for (File > Export data), once each. */
function useMenuDataRequests(map: JourneyMap) {
  const exportData = useDataExport(map);
  const pending = useExportDialogStore((s) => s.dataRequest);
  useEffect(() => {
    const request = pending ? useExportDialogStore.getState().takeDataRequest() : null;
    if (request) void exportData(request);
  }, [pending, exportData]);
  return exportData;
}

/** "Export" in the editor toolbar: PDF, image and data files of the open map; hosts the export dialog. */
export function ExportMenuButton({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('export');
  const projectId = useDocumentStore((s) => s.projectId);
  const open = useExportDialogStore((s) => s.open);
  const exportData = useMenuDataRequests(map);

  const items: MenuProps['items'] = [
    { key: 'pdf', label: t('menu.pdf'), extra: shortcutLabel('P'), onClick: () => useExportDialogStore.getState().openDialog('pdf') },
    { key: 'image', label: t('menu.image'), extra: shortcutLabel('Shift+E'), onClick: () => useExportDialogStore.getState().openDialog('image') },
    { type: 'divider' },
    ...DATA_TABLES.map((table) => ({
      key: table,
      label: t(`data.tables.${table}`),
      children: TABLE_FORMATS.map((format) => ({
        key: `${table}.${format}`,
        label: t(`data.formats.${format}`),
        onClick: () => void exportData({ kind: 'table', table, format }),
      })),
    })),
    { key: 'projectJson', label: t('menu.projectJson'), onClick: () => void exportData({ kind: 'projectJson' }) },
  ];

  return (
    <>
      {/* Icon only, like its neighbours: the toolbar is crowded. */}
      <Dropdown menu={{ items }} trigger={['click']}>
        <Tooltip title={t('menu.label')} placement="bottom">
          <Button type="text" icon={<ExportOutlined />} aria-label={t('menu.label')} data-testid="export-menu" />
        </Tooltip>
      </Dropdown>
      {open && projectId && <ExportDialog map={map} projectId={projectId} tab={open} />}
    </>
  );
}
