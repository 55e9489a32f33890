import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixture, STAGE_MAPPING, type ImportFixture } from './importSupport';

describe('provenance of values from a workbook', () => {
  let f: ImportFixture;
  beforeEach(async () => (f = await importFixture()));
  afterEach(() => f.dispose());

  /** A workbook whose first sheet is "Weekly" and second "Notes", written by SheetJS as Excel would save it. */
  const workbook = (): string => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['date', 'stage', 'impressions', 'clicks'],
        ['2026-03-02', 'Awareness', 5400, 210],
        ['2026-03-02', 'Consideration', 800, 64],
      ]),
      'Weekly',
    );
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['written by hand']]), 'Notes');
    const file = f.temp.file('weekly.xlsx');
    fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    return file;
  };

  it('names the first sheet when the import left the sheet unchosen, in the history and behind each value', async () => {
    const { jobId, state } = await f.read(workbook(), STAGE_MAPPING);
    expect(state.phase).toBe('ready');
    const record = await f.call('import.commit', { jobId, matches: {} });
    expect(record.sheet).toBe('Weekly');
    const provenance = await f.call('metrics.provenance', {
      projectId: f.projectId,
      mapId: f.mapId,
      target: { kind: 'stage', id: 'co' },
      metric: 'clicks',
      grain: 'day',
      period: null,
      segment: null,
    });
    expect(provenance.map(({ fileName, sheet, rows, value }) => ({ fileName, sheet, rows, value }))).toEqual([{ fileName: 'weekly.xlsx', sheet: 'Weekly', rows: [3], value: 64 }]);
  });

  it('counts removals against the same file read again with the first sheet', async () => {
    const file = workbook();
    const first = await f.read(file, STAGE_MAPPING);
    await f.call('import.commit', { jobId: first.jobId, matches: {} });
    const again = await f.read(file, STAGE_MAPPING);
    const diff = await f.call('import.diff', { jobId: again.jobId, matches: {} });
    expect(diff).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(diff.unchanged).toBeGreaterThan(0);
    expect(diff.previousImportId).not.toBeNull();
  });
});
