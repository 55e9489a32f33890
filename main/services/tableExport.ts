import path from 'node:path';
import { FILE_EXTENSIONS, type TableExport } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import { TableShapeError, tableToCsv, tableToXlsx } from '../../src/export/tableFile';
import { writeFileAtomic } from './atomicFile';

/**
 * Writes a table as a CSV or XLSX file at `file`, replacing it atomically.
 * A name without an extension gets the format's; a name with another
 * extension is refused, since the file would not open as what it claims to be.
 */
export function exportTable(file: string, table: TableExport): { path: string; rows: number } {
  const expected = FILE_EXTENSIONS[table.format];
  const extension = path.extname(file);
  const target = extension === '' ? file + expected : file;
  const base = path.basename(target);
  if (extension !== '' && extension.toLowerCase() !== expected) {
    throw new AppError(
      'BAD_REQUEST',
      `"${base}" does not end with ${expected}; a ${table.format.toUpperCase()} export must be saved as a ${expected} file.`,
      { file: base, field: 'path', expected },
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = table.format === 'csv' ? tableToCsv(table) : tableToXlsx(table);
  } catch (error) {
    if (error instanceof TableShapeError) throw new AppError('BAD_REQUEST', `${error.field}: ${error.message}`, { field: error.field, file: base });
    throw error;
  }
  writeFileAtomic(target, bytes);
  return { path: target, rows: table.rows.length };
}
