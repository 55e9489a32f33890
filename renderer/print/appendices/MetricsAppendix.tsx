import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../src/api/importTypes';
import type { PdfOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import type { GapMetricReading } from '../../../src/model/gaps';
import { keptIds } from '../documentLayout';
import { Dot, PrintTable, type PrintColumn } from './PrintTable';

/** A date and time in the document's language (the pain table's helper would pull the catalog store into the print view). */
const formatTimestamp = (iso: string, language: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
};

const STATUS_COLORS = { green: '#389e0d', amber: '#d48806', red: '#cf1322', none: undefined } as const;

/** The values the map shows for the chosen period and segment, on the shown stages and cards ('' segment: all users). */
export function printedReadings(data: PrintData, options: PdfOptions): GapMetricReading[] {
  const { content } = options;
  const selection = { grain: content.grain, period: content.period, segment: content.segment === '' ? null : content.segment };
  const lanes = keptIds(data.map.lanes, content.laneIds);
  const stages = keptIds(data.map.stages, content.stageIds);
  const shown = (reading: GapMetricReading): boolean => {
    if (reading.target.kind === 'stage') return stages.has(reading.target.id);
    const card = data.map.cards[reading.target.id];
    return card !== undefined && lanes.has(card.laneId) && stages.has(card.stageId);
  };
  return metricFactsOf(data.map, data.metrics, selection, data.velocity, data.language).readings.filter(shown);
}

/** Appendix: each metric value with its unit, target and status, then the imported files the values came from. */
export function MetricsAppendix({ data, options }: { data: PrintData; options: PdfOptions }) {
  const { t } = useTranslation('print');
  const readings = printedReadings(data, options);
  const units = new Map((data.metrics?.definitions ?? []).map((d) => [d.key, d.unit]));
  const targetName = (reading: GapMetricReading): string =>
    reading.target.kind === 'stage'
      ? (data.map.stages.find((s) => s.id === reading.target.id)?.name ?? '')
      : (data.map.cards[reading.target.id]?.title ?? '');
  const values: PrintColumn<GapMetricReading>[] = [
    { key: 'target', header: t('appendix.metrics.target'), cell: (r) => t(r.target.kind === 'stage' ? 'appendix.metrics.onStage' : 'appendix.metrics.onCard', { name: targetName(r) }) },
    { key: 'metric', header: t('appendix.metrics.metric'), cell: (r) => r.name },
    { key: 'value', header: t('appendix.metrics.value'), cell: (r) => r.valueText, numeric: true },
    { key: 'unit', header: t('appendix.metrics.unit'), cell: (r) => (units.has(r.metric) ? t(`metrics:definitions.units.${units.get(r.metric)}`) : '') },
    { key: 'goal', header: t('appendix.metrics.goal'), cell: (r) => r.targetText ?? '', numeric: true },
    {
      key: 'status',
      header: t('appendix.metrics.status'),
      cell: (r) => (
        <>
          <Dot color={STATUS_COLORS[r.status]} />
          {t(`metrics:status.${r.status}`)}
        </>
      ),
    },
  ];
  const sources: PrintColumn<ImportRecord>[] = [
    { key: 'file', header: t('appendix.metrics.file'), cell: (r) => r.fileName },
    { key: 'sheet', header: t('appendix.metrics.sheet'), cell: (r) => r.sheet ?? '' },
    { key: 'rows', header: t('appendix.metrics.rows'), cell: (r) => r.rows, numeric: true },
    { key: 'importedAt', header: t('appendix.metrics.importedAt'), cell: (r) => formatTimestamp(r.importedAt, data.language) },
  ];
  return (
    <section className="print-appendix" data-testid="print-appendix-metrics">
      <h2>{t('appendix.metrics.title')}</h2>
      <section>
        <h3>{t('appendix.metrics.values')}</h3>
        {readings.length === 0 ? (
          <p className="print-empty">{t('appendix.metrics.noValues')}</p>
        ) : (
          <PrintTable columns={values} rows={readings} rowKey={(r) => `${r.target.kind}:${r.target.id}:${r.metric}`} />
        )}
      </section>
      <section>
        <h3>{t('appendix.metrics.sources')}</h3>
        {data.imports.length === 0 ? (
          <p className="print-empty">{t('appendix.metrics.noSources')}</p>
        ) : (
          <PrintTable columns={sources} rows={data.imports} rowKey={(r) => r.id} />
        )}
      </section>
    </section>
  );
}
