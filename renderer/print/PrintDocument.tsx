import type { PrintData } from '../../src/export/printData';

export interface PrintDocumentProps {
  data: PrintData;
  /** 'print': pages as the PDF has them (print.html); 'preview': the same pages scaled down on screen with a shadowless frame each. */
  mode: 'print' | 'preview';
}

/** The whole export as pages: title page, map pages (fit, poster or tiles), legend, appendices. */
export function PrintDocument({ data }: PrintDocumentProps) {
  return <div className="print-document">{data.map.name}</div>;
}
