import { useTranslation } from 'react-i18next';
import type { PdfOptions } from '../../src/export/exportOptions';
import { paperSize } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import { bucketLabel } from '../../src/metrics/periods';
import { chosenPersonas, keptIds, type DocumentLayout } from './documentLayout';
import { Sheet } from './Sheet';

interface TitlePageProps {
  data: PrintData;
  options: PdfOptions;
  layout: DocumentLayout;
  preview: boolean;
}

/** The date the title page shows: the one given, else the day the data was gathered (YYYY-MM-DD). */
export const titleDate = (data: PrintData, options: PdfOptions): string => options.parts.date ?? data.generatedAt.slice(0, 10);

/** Project, map, personas, author, date, the map's description and what the document contains. */
export function TitlePage({ data, options, layout, preview }: TitlePageProps) {
  const { t } = useTranslation('print');
  const personas = chosenPersonas(data);
  const author = options.parts.author ?? data.author;
  return (
    <Sheet size={paperSize(options.page)} marginMm={Math.max(options.page.marginMm, 15)} number={1} preview={preview} testId="print-title-page">
      <div className="print-title">
        <p className="print-title__project">{data.project.name}</p>
        <h1 className="print-title__map">{data.map.name}</h1>
        <dl className="print-title__facts">
          <dt>{t('title.personas')}</dt>
          <dd>{personas.length > 0 ? personas.map((p) => p.name).join(t('listSeparator')) : t('title.allCustomers')}</dd>
          {author !== '' && (
            <>
              <dt>{t('title.author')}</dt>
              <dd>{author}</dd>
            </>
          )}
          <dt>{t('title.date')}</dt>
          <dd>{titleDate(data, options)}</dd>
        </dl>
        {data.map.description && <p className="print-title__description">{data.map.description}</p>}
        <h2>{t('title.included')}</h2>
        <ul>
          {includedItems(data, options, layout, t).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="print-title__footer">{t('title.madeWith')}</p>
      </div>
    </Sheet>
  );
}

type Translate = ReturnType<typeof useTranslation<'print'>>['t'];

/** The document's contents in words, so a reader knows what was left out. */
function includedItems(data: PrintData, options: PdfOptions, { plan }: DocumentLayout, t: Translate): string[] {
  const { content, parts, page } = options;
  const paper = page.paper === 'custom' ? t('paper.custom', { ...paperSize(page) }) : page.paper;
  const orientation = t(`orientation.${page.orientation}`);
  const items = [
    plan.mode === 'fit'
      ? t('included.mapFit', { paper, orientation, percent: Math.round(plan.scale * 100) })
      : plan.mode === 'poster'
        ? t('included.mapPoster', { width: Math.round(plan.page.widthMm), height: Math.round(plan.page.heightMm), percent: Math.round(plan.scale * 100) })
        : t('included.mapTiles', { count: plan.tiles.length, paper, orientation, rows: plan.rows, cols: plan.cols, overlap: options.layout.overlapMm }),
    t('included.lanes', { shown: keptIds(data.map.lanes, content.laneIds).size, total: data.map.lanes.length }),
    t('included.stages', { shown: keptIds(data.map.stages, content.stageIds).size, total: data.map.stages.length }),
  ];
  if (content.area) items.push(t('included.area'));
  if (content.metrics && data.metrics) items.push(metricsItem(data, options, t));
  items.push(t(content.gapMarkers ? 'included.gapMarkersOn' : 'included.gapMarkersOff'));
  items.push(t(content.comments ? 'included.commentsOn' : 'included.commentsOff'));
  if (parts.legend) items.push(t('included.legend'));
  for (const appendix of parts.appendices) items.push(t('included.appendix', { name: t(`appendix.${appendix}.title`) }));
  return items;
}

function metricsItem(data: PrintData, { content }: PdfOptions, t: Translate): string {
  const period = content.period ?? data.metrics?.periods.at(-1) ?? null;
  return t('included.metrics', {
    period: period === null ? t('metrics.noPeriod') : bucketLabel(period, content.grain, data.language),
    segment: content.segment === '' ? t('metrics.allUsers') : content.segment,
  });
}
