import { Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gapReport, type StageGapSummary } from '../../../src/gaps/gapReport';
import type { Gap, GapAcceptance } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { useGapStore } from '../../store/gapStore';
import { GapExportButtons } from './GapExportButtons';
import { gapCardTitles, gapsWithAcceptance } from './gapList';
import { GapSeverityTag } from './GapSeverityTag';
import { useGapReportLabels } from './useGapReportLabels';

type Entry = { gap: Gap; acceptance: GapAcceptance | null };

/** The Report tab: open gaps counted per stage, then every gap (accepted ones marked), exportable to CSV and XLSX. */
export function GapReportTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('gaps');
  const gaps = useGapStore((s) => s.gaps);
  const open = useGapStore((s) => s.open);
  const labels = useGapReportLabels(map);
  const summary = useMemo(() => gapReport(map, open).stages, [map, open]);
  const entries = useMemo(() => gapsWithAcceptance(gaps, map.gapAcceptances), [gaps, map.gapAcceptances]);
  const count = (key: 'high' | 'medium' | 'low' | 'total') => ({
    key,
    title: t(`report.columns.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: StageGapSummary) => <span data-testid={`report-${key}`}>{row[key]}</span>,
  });

  if (gaps.length === 0) return <Typography.Paragraph type="secondary">{t('report.empty')}</Typography.Paragraph>;
  return (
    <div data-testid="gaps-report">
      <GapExportButtons map={map} entries={entries} />
      <Typography.Text strong>{t('report.summary')}</Typography.Text>
      <Table<StageGapSummary>
        size="small"
        pagination={false}
        rowKey={(row) => row.stageId ?? 'map'}
        dataSource={summary}
        data-testid="gaps-report-summary"
        onRow={(row) => ({ 'data-testid': 'report-stage', 'data-stage-id': row.stageId ?? '' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'stage', title: t('report.columns.stage'), render: (_, row) => (row.stageId === null ? t('panel.wholeMap') : row.stageName), ellipsis: true },
          count('high'),
          count('medium'),
          count('low'),
          count('total'),
        ]}
      />
      <Typography.Text strong className="jc-gaps-panel__section">
        {t('report.list')}
      </Typography.Text>
      <Table<Entry>
        size="small"
        pagination={false}
        rowKey={(entry) => entry.gap.key}
        dataSource={entries}
        data-testid="gaps-report-list"
        onRow={(entry) => ({ 'data-testid': 'report-gap', 'data-rule': entry.gap.rule }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'severity', title: t('report.columns.severity'), render: (_, { gap }) => <GapSeverityTag severity={gap.severity} /> },
          {
            key: 'gap',
            title: t('report.columns.explanation'),
            render: (_, { gap }) => (
              <>
                <Typography.Text strong>{labels.rule(gap.rule)}</Typography.Text> <Typography.Text type="secondary">· {labels.stage(gap)}</Typography.Text>
                <div>{labels.explanation(gap)}</div>
                {gap.cardIds.length > 0 && <Typography.Text type="secondary">{gapCardTitles(map, gap).join(', ')}</Typography.Text>}
              </>
            ),
          },
          {
            key: 'accepted',
            title: t('report.columns.accepted'),
            render: (_, { acceptance }) => (acceptance ? <Tag title={acceptance.reason}>{labels.yes}</Tag> : labels.no),
          },
        ]}
      />
    </div>
  );
}
