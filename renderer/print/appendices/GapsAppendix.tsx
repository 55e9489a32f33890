import { useTranslation } from 'react-i18next';
import type { PdfOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import { gapReport, type StageGapSummary } from '../../../src/gaps/gapReport';
import type { Gap } from '../../../src/model/gaps';
import { GAP_SEVERITY_COLORS } from '../../canvas/annotationVisuals';
import { gapCardTitles, gapStageName } from '../../panels/gaps/gapList';
import { gapExplanation, gapRuleName, gapSeverityName } from '../../panels/gaps/gapText';
import { keptIds } from '../documentLayout';
import { Dot, PrintTable, type PrintColumn } from './PrintTable';

/** The open gaps at the shown stages (map-wide gaps always), as the gap panel's report has them. */
export function printedGapReport(data: PrintData, options: PdfOptions): { stages: StageGapSummary[]; gaps: readonly Gap[] } {
  const stages = keptIds(data.map.stages, options.content.stageIds);
  const gaps = data.gaps.filter((gap) => gap.stageId === null || stages.has(gap.stageId));
  const report = gapReport(data.map, gaps);
  return { stages: report.stages.filter((row) => row.stageId === null || stages.has(row.stageId)), gaps: report.gaps };
}

/** Appendix: open gaps counted per stage, then every gap with its severity, rule, stage and why it was found. */
export function GapsAppendix({ data, options }: { data: PrintData; options: PdfOptions }) {
  const { t } = useTranslation('print');
  const report = printedGapReport(data, options);
  const personas = new Map(data.catalog.personas.map((p) => [p.id, p.name]));
  const names = { persona: (id: string) => personas.get(id) ?? id };
  const wholeMap = t('gaps:panel.wholeMap');
  const summary: PrintColumn<StageGapSummary>[] = [
    { key: 'stage', header: t('gaps:report.columns.stage'), cell: (row) => row.stageName || wholeMap },
    { key: 'high', header: t('gaps:report.columns.high'), cell: (row) => row.high, numeric: true },
    { key: 'medium', header: t('gaps:report.columns.medium'), cell: (row) => row.medium, numeric: true },
    { key: 'low', header: t('gaps:report.columns.low'), cell: (row) => row.low, numeric: true },
    { key: 'total', header: t('gaps:report.columns.total'), cell: (row) => row.total, numeric: true },
  ];
  const list: PrintColumn<Gap>[] = [
    {
      key: 'severity',
      header: t('gaps:report.columns.severity'),
      cell: (gap) => (
        <>
          <Dot color={GAP_SEVERITY_COLORS[gap.severity]} />
          {gapSeverityName(t, gap.severity)}
        </>
      ),
    },
    { key: 'rule', header: t('gaps:report.columns.rule'), cell: (gap) => gapRuleName(t, gap.rule) },
    { key: 'stage', header: t('gaps:report.columns.stage'), cell: (gap) => gapStageName(data.map, gap, wholeMap) },
    { key: 'explanation', header: t('gaps:report.columns.explanation'), cell: (gap) => gapExplanation(t, gap, names) },
    { key: 'cards', header: t('gaps:report.columns.cards'), cell: (gap) => gapCardTitles(data.map, gap).join(t('listSeparator')) },
  ];
  return (
    <section className="print-appendix" data-testid="print-appendix-gaps">
      <h2>{t('appendix.gaps.title')}</h2>
      {report.gaps.length === 0 ? (
        <p className="print-empty">{t('gaps:report.empty')}</p>
      ) : (
        <>
          <section>
            <h3>{t('gaps:report.summary')}</h3>
            <PrintTable columns={summary} rows={report.stages} rowKey={(row) => row.stageId ?? 'map'} compact />
          </section>
          <section>
            <h3>{t('gaps:report.list')}</h3>
            <PrintTable columns={list} rows={report.gaps} rowKey={(gap) => gap.key} />
          </section>
        </>
      )}
    </section>
  );
}
