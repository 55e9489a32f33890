import { useTranslation } from 'react-i18next';
import type { PdfOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import { collectPainPoints, sortPainPoints, type PainPointRow } from '../../../src/painPoints/collect';
import { severityColor } from '../../canvas/annotationVisuals';
import { keptIds } from '../documentLayout';
import { Dot, PrintTable, type PrintColumn } from './PrintTable';

/** The pain points on the shown lanes and stages, highest priority first (unrated last). */
export function rankedPainPoints(data: PrintData, options: PdfOptions): PainPointRow[] {
  const lanes = keptIds(data.map.lanes, options.content.laneIds);
  const stages = keptIds(data.map.stages, options.content.stageIds);
  const personas = options.content.personaIds;
  const rows = collectPainPoints(data.map).filter(
    (row) =>
      lanes.has(row.card.laneId) &&
      row.stageIds.some((id) => stages.has(id)) &&
      (personas === null || (row.card.personaIds ?? []).length === 0 || (row.card.personaIds ?? []).some((id) => personas.includes(id))),
  );
  const names = { persona: (id: string) => id, segment: (id: string) => id };
  return sortPainPoints(rows, 'priority', 'descend', names);
}

/** Appendix: pain points ranked by priority score, with the inputs the score came from. */
export function PainPointsAppendix({ data, options }: { data: PrintData; options: PdfOptions }) {
  const { t } = useTranslation('print');
  const rows = rankedPainPoints(data, options);
  const columns: PrintColumn<PainPointRow>[] = [
    { key: 'rank', header: t('appendix.painPoints.rank'), cell: (row) => row.rank ?? '–', numeric: true },
    { key: 'title', header: t('pain:columns.title'), cell: (row) => row.card.title },
    { key: 'stages', header: t('pain:columns.stages'), cell: (row) => row.stageNames.join(t('listSeparator')) },
    {
      key: 'severity',
      header: t('pain:columns.severity'),
      cell: (row) =>
        row.pain.severity === undefined ? (
          t('pain:table.unrated')
        ) : (
          <>
            <Dot color={severityColor(row.pain.severity)} />
            {t(`pain:severity.${row.pain.severity}`)}
          </>
        ),
    },
    { key: 'frequency', header: t('pain:columns.frequency'), cell: (row) => t(`pain:frequency.${row.priority.frequency}`) },
    { key: 'reach', header: t('pain:columns.reach'), cell: (row) => row.priority.reach, numeric: true },
    { key: 'effort', header: t('pain:columns.effort'), cell: (row) => String(row.priority.effort) },
    { key: 'priority', header: t('pain:columns.priority'), cell: (row) => row.priority.score ?? '–', numeric: true },
    { key: 'status', header: t('pain:columns.status'), cell: (row) => t(`pain:status.${row.status}`) },
    { key: 'owner', header: t('pain:columns.owner'), cell: (row) => row.pain.owner ?? '' },
  ];
  return (
    <section className="print-appendix" data-testid="print-appendix-painPoints">
      <h2>{t('appendix.painPoints.title')}</h2>
      <p className="print-legend__note">{t('appendix.painPoints.note')}</p>
      {rows.length === 0 ? (
        <p className="print-empty">{t('appendix.painPoints.empty')}</p>
      ) : (
        <PrintTable columns={columns} rows={rows} rowKey={(row) => row.key} />
      )}
    </section>
  );
}
