import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixture, STAGE_MAPPING, type ImportFixture } from '../import/importSupport';
import { cli } from './cliSupport';

interface MetricsJson {
  values: { target: { id?: string }; metric: string; value: number }[];
}

describe('journey-studio import with a saved preset', () => {
  let f: ImportFixture;
  beforeEach(async () => {
    f = await importFixture();
    // The preset sends the file's "Ads" rows to Awareness: a name the map does not have, so only the preset can match it.
    await f.call('import.savePreset', { projectId: f.projectId, name: 'Weekly stages', read: {}, mapping: STAGE_MAPPING, matches: { Ads: { kind: 'stage', id: 'aw' } } });
    await f.call('project.close', { projectId: f.projectId });
  });
  afterEach(async () => {
    await f.dispose();
  });

  const march = () =>
    f.writeCsv('march.csv', [
      ['date', 'stage', 'impressions', 'clicks'],
      ['2026-03-01', 'Ads', 1000, 50],
      ['2026-03-02', 'Consideration', 400, 40],
      ['2026-03-03', 'Consideration', 'lots', 7],
      ['2026-03-04', 'Retention', 90, 9],
    ]);

  const stageValue = async (stageId: string, metric: string) => {
    const run = await cli(['metrics', f.projectFile, '--json'], f.temp.dir);
    return (JSON.parse(run.stdout) as MetricsJson).values.find((v) => v.target.id === stageId && v.metric === metric)?.value;
  };

  it("reads the file with the preset's mapping and matches, commits the valid rows and reports problems by row and column", async () => {
    const file = march();
    const run = await cli(['import', f.projectFile, file, '--preset', 'weekly STAGES'], f.temp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported march\.csv into "Funnel" with preset "Weekly stages": 3 rows; \d+ added, 0 changed, 0 removed, 0 unchanged; 1 problem\.\n$/);
    expect(run.stderr).toMatch(/1 problem in march\.csv/);
    expect(run.stderr).toMatch(/^ROW +COLUMN +HEADER +VALUE +REASON$/m);
    expect(run.stderr).toMatch(/^4 +C +impressions +lots +\S.*$/m);
    expect(run.stderr).toContain('Matched to nothing on "Funnel", left out: "Retention"');
    expect(await stageValue('aw', 'impressions')).toBe(1000);
    expect(await stageValue('co', 'clicks')).toBe(47);

    const again = await cli(['import', f.projectFile, file, '--preset', 'Weekly stages', '--json'], f.temp.dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ committed: true, added: 0, changed: 0, removed: 0, problems: 1, problemList: [{ row: 4, column: 'C', raw: 'lots' }] });
  });

  it('writes nothing on --dry-run, and nothing at all with --strict when a row has a problem', async () => {
    const file = march();
    const dry = await cli(['import', f.projectFile, file, '--preset', 'Weekly stages', '--dry-run'], f.temp.dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Would import \(dry run, nothing written\) march\.csv/m);
    expect(dry.stdout).toMatch(/^Ads +stage "Awareness"$/m);
    expect(await stageValue('aw', 'impressions')).toBeUndefined();

    const strict = await cli(['import', f.projectFile, file, '--preset', 'Weekly stages', '--strict'], f.temp.dir);
    expect(strict).toMatchObject({ code: 1, stdout: '' });
    expect(strict.stderr).toContain('Nothing was imported: march.csv has 1 problem and 1 name matched to nothing (--strict).');
    expect(await stageValue('aw', 'impressions')).toBeUndefined();
  });

  it('lists the presets for an unknown one, and exits 3 for a missing file', async () => {
    const unknown = await cli(['import', f.projectFile, march(), '--preset', 'Monthly'], f.temp.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--preset: no import preset called "Monthly" in "metrics.cjm". Presets: "Weekly stages"');
    const missing = await cli(['import', f.projectFile, 'april.csv', '--preset', 'Weekly stages'], f.temp.dir);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain(`File to import not found: ${f.temp.file('april.csv')}`);
  });
});
