import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appendix, PdfOptions } from '../../src/export/exportOptions';
import { PageLayoutError, paperSize } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import { GapsAppendix } from './appendices/GapsAppendix';
import { MetricsAppendix } from './appendices/MetricsAppendix';
import { PainPointsAppendix } from './appendices/PainPointsAppendix';
import { PersonasAppendix } from './appendices/PersonasAppendix';
import { layoutDocument, pdfOptionsOf, type DocumentLayout } from './documentLayout';
import { Legend } from './Legend';
import { MapPages } from './MapPages';
import { canvasMeasure } from './map/canvasMeasure';
import { mm, pageCss } from './pageCss';
import { TitlePage } from './TitlePage';
import './print.css';

export interface PrintDocumentProps {
  data: PrintData;
  /** 'print': pages as the PDF has them (print.html); 'preview': the same pages scaled down on screen with a shadowless frame each. */
  mode: 'print' | 'preview';
  /** The map's layout and pages when the caller has them already (the print view computes them first to report errors). */
  layout?: DocumentLayout;
}

/** The whole export as pages: title page, map pages (fit, poster or tiles), legend, appendices. */
export function PrintDocument({ data, mode, layout }: PrintDocumentProps) {
  const { t } = useTranslation('print');
  const options = pdfOptionsOf(data);
  const planned = useMemo(() => {
    if (layout || !options) return { layout: layout ?? null, error: null };
    try {
      return { layout: layoutDocument(data, options, canvasMeasure()), error: null };
    } catch (error) {
      // A choice that cannot work (margins, scale, overlap) is shown in the UI language; anything else as it was thrown.
      if (error instanceof PageLayoutError) return { layout: null, error: t(`layoutError.${error.field}`, { defaultValue: error.message }) };
      return { layout: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [data, options, layout, t]);
  if (!options) return null;
  if (!planned.layout) {
    return (
      <div className="print-error" role="alert">
        {planned.error}
      </div>
    );
  }
  return <Pages data={data} options={options} layout={planned.layout} preview={mode === 'preview'} />;
}

interface PagesProps {
  data: PrintData;
  options: PdfOptions;
  layout: DocumentLayout;
  preview: boolean;
}

const APPENDIX_VIEWS: Record<Appendix, (props: { data: PrintData; options: PdfOptions }) => React.JSX.Element> = {
  painPoints: PainPointsAppendix,
  gaps: GapsAppendix,
  metrics: MetricsAppendix,
  personas: PersonasAppendix,
};

function Pages({ data, options, layout, preview }: PagesProps) {
  const { t } = useTranslation('print');
  const { parts } = options;
  const firstMapPage = parts.titlePage ? 2 : 1;
  const legendNumber = firstMapPage + layout.plan.tiles.length;
  const paper = paperSize(options.page);
  const style = { '--print-flow-margin': mm(options.page.marginMm) } as CSSProperties;
  return (
    <div className={preview ? 'print-document print-document--preview' : 'print-document'} style={style} data-testid="print-document">
      <style>{pageCss(paper, options.page.marginMm, layout.plan)}</style>
      {parts.titlePage && <TitlePage data={data} options={options} layout={layout} preview={preview} />}
      <MapPages data={data} options={options} layout={layout} firstNumber={firstMapPage} preview={preview} />
      {parts.legend && <Legend data={data} options={options} number={legendNumber} preview={preview} />}
      {parts.appendices.length > 0 && (
        <div className="print-flow" style={preview ? { width: mm(paper.widthMm) } : undefined}>
          {preview && <p className="print-preview__number">{t('preview.appendices')}</p>}
          {parts.appendices.map((appendix) => {
            const View = APPENDIX_VIEWS[appendix];
            return <View key={appendix} data={data} options={options} />;
          })}
        </div>
      )}
    </div>
  );
}
