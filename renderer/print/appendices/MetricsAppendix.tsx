import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../src/api/importTypes';
import type { PdfOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import { metricFactsOf } from '../../../src/gaps/metricFacts';
import type { GapMetricReading } from '../../../src/model/gaps';
import { keptIds } from '../documentLayout';
import { metricTargetName } from '../../../src/export/dataTables';
import type { MetricTarget } from '../../../src/model/metrics';
import { definitionOf, metricName } from '../../../src/metrics/definitions';
import { mapFigures, type Figure } from '../../../src/metrics/figures';
import { coverText, figureValueText, formulaText, scopeName } from '../../../src/metrics/figureText';
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
  const language = data.language === 'zh-CN' ? 'zh-CN' : 'en';
  const selection = { grain: options.content.grain, period: options.content.period, segment: options.content.segment === '' ? null : options.content.segment };
  const figures = data.metrics ? mapFigures(data.metrics, data.map, selection) : null;
  const definitions = data.metrics?.definitions ?? [];
  const nameOf = (target: MetricTarget) => metricTargetName(target, data.map, data.catalog, language);
  const overall: PrintColumn<Figure>[] = [
    { key: 'where', header: t('appendix.metrics.target'), cell: (f) => scopeName(f.scope, nameOf, language) },
    { key: 'metric', header: t('appendix.metrics.metric'), cell: (f) => (() => { const d = definitionOf(definitions, f.metric); return d ? metricName(d, language) : f.metric; })() },
    { key: 'value', header: t('appendix.metrics.value'), cell: (f) => figureValueText(f, definitions, language), numeric: true },
    { key: 'covers', header: t('appendix.metrics.covers'), cell: (f) => coverText(f) },
    { key: 'formula', header: t('appendix.metrics.formula'), cell: (f) => formulaText(f, definitions, language) },
  ];
  const indexRows = figures
    ? [
        ...figures.firstVisit.map((i) => ({ key: `fv:${scopeName(i.scope, nameOf, language)}`, name: t('appendix.metrics.firstVisit'), where: scopeName(i.scope, nameOf, language), index: i.index })),
        ...(figures.channelQuality?.rows ?? []).flatMap((r) =>
          r.index === undefined ? [] : [{ key: `cq:${r.target.kind}:${r.target.kind === 'channel' ? r.target.id : ''}`, name: t('appendix.metrics.channelQuality'), where: nameOf(r.target), index: r.index }],
        ),
      ]
    : [];
  return (
    <section className="print-appendix" data-testid="print-appendix-metrics">
      <h2>{t('appendix.metrics.title')}</h2>
      {figures && figures.overall.length > 0 ? (
        <section data-testid="print-overall-figures">
          <h3>{t('appendix.metrics.overall')}</h3>
          <PrintTable columns={overall} rows={figures.overall} rowKey={(f) => `${f.scope.kind}:${f.metric}`} />
          {indexRows.length > 0 ? (
            <PrintTable
              columns={[
                { key: 'where', header: t('appendix.metrics.target'), cell: (r) => r.where },
                { key: 'name', header: t('appendix.metrics.metric'), cell: (r) => r.name },
                { key: 'index', header: t('appendix.metrics.value'), cell: (r) => r.index.toFixed(2), numeric: true },
              ]}
              rows={indexRows}
              rowKey={(r) => r.key}
            />
          ) : null}
        </section>
      ) : null}
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
