import { Alert, Spin, Typography } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import { api } from '../../api/client';
import { describeError, toDescribableError, type DescribableError } from '../../i18n/describeError';
import { PrintDocument } from '../../print/PrintDocument';
import { PreviewBoundary } from './PreviewBoundary';

/** How long the choices must rest before the preview asks main again (typing a margin fires on every digit). */
const DEBOUNCE_MS = 400;
/**
 * Each fixed page PrintDocument draws (title page, map pages, legend) is one of
 * these; the appendices flow onto as many pages as their tables need, which
 * only the printed PDF knows, so the count says "+ appendices" then.
 */
export const PRINT_SHEET_SELECTOR = '.print-sheet';

type Preview = { state: 'loading' } | { state: 'ready'; data: PrintData } | { state: 'error'; error: DescribableError };

/** The latest answer and the options it was for: while they differ from the current ones a newer answer is on its way (the old pages stay meanwhile, so the preview does not flash). */
interface Answer {
  preview: Preview;
  forKey: string | null;
}

/** `export.printData` for the options, asked again (debounced) whenever they change; answers out of order are dropped. */
function usePrintData(projectId: string, mapId: string, options: ExportOptions): { preview: Preview; refreshing: boolean } {
  const [answer, setAnswer] = useState<Answer>({ preview: { state: 'loading' }, forKey: null });
  const key = JSON.stringify([projectId, mapId, options]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const [project, map, asked] = JSON.parse(key) as [string, string, ExportOptions];
      api
        .invoke('export.printData', { projectId: project, mapId: map, options: asked })
        .then((data) => current && setAnswer({ preview: { state: 'ready', data }, forKey: key }))
        .catch((thrown: unknown) => current && setAnswer({ preview: { state: 'error', error: toDescribableError(thrown) }, forKey: key }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return { preview: answer.preview, refreshing: answer.forKey !== key };
}

/** The number of sheets drawn inside `root`, kept up to date as the document lays itself out. */
function usePageCount(root: RefObject<HTMLElement | null>, data: PrintData | null): number | null {
  const [counted, setCounted] = useState<{ data: PrintData; count: number } | null>(null);
  useLayoutEffect(() => {
    const element = root.current;
    if (!element || !data) return;
    const recount = () => setCounted({ data, count: element.querySelectorAll(PRINT_SHEET_SELECTOR).length });
    // The document may lay out in steps (fonts, measuring): count again whenever its sheets change.
    const observer = new MutationObserver(recount);
    observer.observe(element, { childList: true, subtree: true });
    queueMicrotask(recount);
    return () => observer.disconnect();
  }, [root, data]);
  return counted && counted.data === data ? counted.count : null;
}

/** The PDF as it will be: PrintDocument's pages scaled down, with the page count. */
export function ExportPreview({ projectId, mapId, options }: { projectId: string; mapId: string; options: ExportOptions }) {
  const { t } = useTranslation('export');
  const { t: tCommon } = useTranslation();
  const { preview, refreshing } = usePrintData(projectId, mapId, options);
  const pagesRoot = useRef<HTMLDivElement>(null);
  const data = preview.state === 'ready' ? preview.data : null;
  const pages = usePageCount(pagesRoot, data);
  return (
    <section className="jc-export-preview" aria-label={t('preview.label')} data-testid="export-preview" data-state={refreshing ? 'loading' : preview.state} data-pages={pages ?? undefined}>
      <div className="jc-export-preview__status">
        <Typography.Text strong>{t('preview.label')}</Typography.Text>
        {refreshing && <Spin size="small" />}
        {pages !== null && (
          <Typography.Text type="secondary" data-testid="export-page-count">
            {options.format === 'pdf' && options.parts.appendices.length > 0 ? t('preview.pagesAndAppendices', { count: pages }) : t('preview.pages', { count: pages })}
          </Typography.Text>
        )}
      </div>
      {preview.state === 'error' && <Alert type="warning" showIcon title={t('preview.failed')} description={describeError(tCommon, preview.error)} />}
      <div className="jc-export-preview__pages" ref={pagesRoot}>
        {data && (
          <PreviewBoundary key={JSON.stringify(data.options)} title={t('preview.failed')}>
            <PrintDocument data={data} mode="preview" />
          </PreviewBoundary>
        )}
      </div>
    </section>
  );
}
