import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SizeMm } from '../../src/export/pages';
import { mm } from './pageCss';

export interface SheetProps {
  size: SizeMm;
  marginMm: number;
  /** 'poster' pages get the named @page of the poster's size. */
  poster?: boolean;
  /** Shown under the sheet in the preview. */
  number: number;
  preview: boolean;
  /** Drawn over the whole sheet, margins included (crop marks, tile labels), in millimetres. */
  overlay?: ReactNode;
  /** Text in the bottom margin (a tile's label). */
  footer?: string;
  /** Centre the content in the printable box (a map fitted to the page). */
  centred?: boolean;
  children: ReactNode;
  testId?: string;
}

/** One printed page at the paper's exact size; its content sits inside the margin. */
export function Sheet({ size, marginMm, poster, number, preview, overlay, footer, centred, children, testId }: SheetProps) {
  const { t } = useTranslation('print');
  const sheet = (
    <section
      className={poster ? 'print-sheet print-sheet--poster' : 'print-sheet'}
      style={{ width: mm(size.widthMm), height: mm(size.heightMm) }}
      data-testid={testId}
    >
      <div
        className={centred ? 'print-sheet__content print-sheet__content--centred' : 'print-sheet__content'}
        style={{ left: mm(marginMm), top: mm(marginMm), width: mm(size.widthMm - 2 * marginMm), height: mm(size.heightMm - 2 * marginMm) }}
      >
        {children}
      </div>
      {footer && (
        <div className="print-sheet__footer" style={{ left: mm(marginMm), right: mm(marginMm), height: mm(marginMm) }} data-testid="print-sheet-footer">
          {footer}
        </div>
      )}
      {overlay && (
        <svg className="print-sheet__overlay" width={mm(size.widthMm)} height={mm(size.heightMm)} viewBox={`0 0 ${size.widthMm} ${size.heightMm}`} aria-hidden>
          {overlay}
        </svg>
      )}
    </section>
  );
  if (!preview) return sheet;
  return (
    <div className="print-preview__page">
      {sheet}
      <span className="print-preview__number">{t('preview.page', { number })}</span>
    </div>
  );
}
