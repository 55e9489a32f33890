/**
 * The parts of ExcelJS 4.4's streaming reader that xlsxSheet.ts uses
 * directly (ExcelJS ships no types for them): its SAX event source, its
 * styles part parser and its worksheet reader. Its WorkbookReader is not used:
 * it reads the archive front to back, spools sheets to temp files when the
 * shared strings come after them, and fails on workbooks whose workbook.xml
 * comes last (exceljs#3064).
 */

declare module 'exceljs/lib/utils/parse-sax.js' {
  export interface SaxNode {
    name: string;
    attributes: Record<string, string>;
  }
  export type SaxEvent = { eventType: 'opentag'; value: SaxNode } | { eventType: 'closetag'; value: SaxNode } | { eventType: 'text'; value: string };
  /** Batches of SAX events, one batch per piece of text read. */
  export default function parseSax(iterable: AsyncIterable<string>): AsyncGenerator<SaxEvent[]>;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  export default class StylesXform {
    constructor(initialise?: boolean);
    /** The default styles of a workbook without a styles part. */
    init(): void;
    parseStream(stream: AsyncIterable<string>): Promise<unknown>;
  }
}

declare module 'exceljs/lib/stream/xlsx/worksheet-reader.js' {
  import type { Row } from 'exceljs';
  import type StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';

  export interface WorksheetReaderWorkbook {
    sharedStrings: unknown[];
    styles: StylesXform;
    properties: { model: { date1904: boolean } };
  }

  export default class WorksheetReader {
    constructor(args: {
      workbook: WorksheetReaderWorkbook;
      id: number;
      iterator: AsyncIterable<string>;
      options: { worksheets: 'emit'; hyperlinks: 'ignore' };
    });
    /** The sheet's rows in document order (rows with no cells are not in the XML, so not here either). */
    [Symbol.asyncIterator](): AsyncIterator<Row>;
  }
}
