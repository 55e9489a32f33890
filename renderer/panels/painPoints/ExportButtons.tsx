import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainColumn, PainPointRow } from '../../../src/painPoints/collect';
import { PAIN_COLUMNS } from '../../../src/painPoints/collect';
import { PAIN_EXPORT_EXTRA_COLUMNS, painExportTable } from '../../../src/painPoints/exportTable';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { usePathChooser } from '../filePicker/usePathChooser';
import { useExportLabels } from './painLabels';

type Format = 'csv' | 'xlsx';

/** Exports the rows as shown (filtered and sorted) to CSV or XLSX at a path the user chooses; main writes the file. */
export function ExportButtons({ rows, withMap, fileName }: { rows: PainPointRow[]; withMap: boolean; fileName: string }) {
  const { t } = useTranslation('pain');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const { saveFile } = usePathChooser();
  const labels = useExportLabels();
  const [busy, setBusy] = useState<Format | null>(null);

  const run = async (format: Format) => {
    const path = await saveFile(format, `${fileName}.${format}`, t('table.exportTitle'));
    if (!path) return;
    setBusy(format);
    try {
      const columns: PainColumn[] = PAIN_COLUMNS.filter((c) => withMap || c !== 'map');
      const table = painExportTable(rows, [...columns, ...PAIN_EXPORT_EXTRA_COLUMNS], labels);
      const result = await api.invoke('table.export', { path, format, sheetName: t('table.sheetName'), ...table });
      void message.success(t('table.exported', { count: result.rows, path: result.path }));
    } catch (error) {
      void message.error(`${t('table.exportFailed')}: ${describeError(tCommon, toDescribableError(error))}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button icon={<FileTextOutlined />} loading={busy === 'csv'} onClick={() => void run('csv')}>
        {t('table.exportCsv')}
      </Button>
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
        {t('table.exportXlsx')}
      </Button>
    </>
  );
}
