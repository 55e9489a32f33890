import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gap, GapAcceptance } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { usePathChooser } from '../filePicker/usePathChooser';
import { gapReportTable } from './gapReportTable';
import { useGapReportLabels } from './useGapReportLabels';

type Format = 'csv' | 'xlsx';

/** Exports the report's full list (accepted gaps included) to CSV or XLSX at a path the user chooses; main writes the file. */
export function GapExportButtons({ map, entries }: { map: JourneyMap; entries: readonly { gap: Gap; acceptance: GapAcceptance | null }[] }) {
  const { t } = useTranslation('gaps');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const { saveFile } = usePathChooser();
  const labels = useGapReportLabels(map);
  const [busy, setBusy] = useState<Format | null>(null);

  const run = async (format: Format) => {
    const path = await saveFile(format, `${t('report.fileName', { map: map.name })}.${format}`, t('report.exportTitle'));
    if (!path) return;
    setBusy(format);
    try {
      const table = gapReportTable(map, entries, labels);
      const result = await api.invoke('table.export', { path, format, sheetName: t('report.sheetName'), ...table });
      void message.success(t('report.exported', { count: result.rows, path: result.path }));
    } catch (error) {
      void message.error(`${t('report.exportFailed')}: ${describeError(tCommon, toDescribableError(error))}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="jc-gaps-panel__export">
      <Button size="small" icon={<FileTextOutlined />} loading={busy === 'csv'} onClick={() => void run('csv')}>
        {t('report.exportCsv')}
      </Button>
      <Button size="small" icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
        {t('report.exportXlsx')}
      </Button>
    </div>
  );
}
