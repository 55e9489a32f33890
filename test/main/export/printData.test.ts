import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../../src/export/exportOptions';
import type { PrintData } from '../../../src/export/printData';
import { gapFixture, type GapFixture } from '../gaps/gapSupport';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('export.printData', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  const printData = (options: ExportOptionsInput): Promise<PrintData> =>
    f.call('export.printData', { projectId: f.projectId, mapId: f.mapId, options: ExportOptionsSchema.parse(options) });

  it('gathers the stored map, catalog, metrics at the chosen grain, velocity and import history (newest first)', async () => {
    const data = await printData({ format: 'pdf', content: { grain: 'week' } });
    expect(data.map).toEqual(await f.call('map.get', { projectId: f.projectId, mapId: f.mapId }));
    expect(data.catalog).toEqual(await f.call('catalog.get', { projectId: f.projectId }));
    expect(data.metrics).toEqual(await f.call('metrics.get', { projectId: f.projectId, mapId: f.mapId, grain: 'week' }));
    expect(data.metrics?.periods).not.toEqual((await printData({ format: 'pdf' })).metrics?.periods);
    expect(data.velocity).toEqual(await f.call('metrics.velocity', { projectId: f.projectId, mapId: f.mapId }));
    expect(data.imports.map((record) => record.fileName)).toEqual(['leads.csv', 'march.csv']);
    expect(data.project).toEqual({ name: 'Metrics', fileName: 'metrics.cjm' });
    expect(data.options.format).toBe('pdf');
    expect(Date.parse(data.generatedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('lists open gaps only: an accepted gap is left out, a rule switched off in the settings does not run', async () => {
    const data = await printData({ format: 'pdf' });
    const keys = data.gaps.map((gap) => gap.key);
    // RICH_CONTENT accepts the hand-off hot spot of Awareness; the emotional low there has no pain point to explain it.
    expect(keys).not.toContain('handoffHotSpot:aw');
    expect(data.gaps.some((gap) => gap.rule === 'unexplainedEmotionalLow')).toBe(true);
    const ranks = { high: 0, medium: 1, low: 2 };
    expect(data.gaps.map((gap) => ranks[gap.severity])).toEqual([...data.gaps.map((gap) => ranks[gap.severity])].sort());

    await f.call('gaps.saveSettings', { projectId: f.projectId, settings: { disabledRules: ['unexplainedEmotionalLow'] } });
    const after = await printData({ format: 'pdf' });
    expect(after.gaps.some((gap) => gap.rule === 'unexplainedEmotionalLow')).toBe(false);
    expect(after.gaps.length).toBeLessThan(data.gaps.length);
  });

  it('takes the author and language from the options, else from the settings, else English', async () => {
    expect(await printData({ format: 'pdf' })).toMatchObject({ author: '', language: 'en' });
    await f.call('settings.set', { authorName: '李梅', language: 'zh-CN' });
    expect(await printData({ format: 'pdf' })).toMatchObject({ author: '李梅', language: 'zh-CN' });
    expect(await printData({ format: 'svg' })).toMatchObject({ author: '李梅', language: 'zh-CN' });
    expect(await printData({ format: 'pdf', parts: { author: 'Ann', language: 'en' } })).toMatchObject({ author: 'Ann', language: 'en' });
    expect(await printData({ format: 'png', language: 'en' })).toMatchObject({ language: 'en' });
  });

  it('carries the images the cards use as data: URLs, and none the map does not use', async () => {
    const { imageId } = await f.call('image.add', { projectId: f.projectId, mime: 'image/png', dataBase64: PNG });
    const unused = await f.call('image.add', { projectId: f.projectId, mime: 'image/png', dataBase64: PNG });
    await f.call('map.apply', {
      projectId: f.projectId,
      mapId: f.mapId,
      commands: [
        { name: 'lane.add', args: { lane: { id: 'li', name: 'Pictures', type: 'images' } } },
        { name: 'card.add', args: { cards: [{ id: 'p1', stageId: 'aw', laneId: 'li', order: 0, title: 'Photo', imageId }] } },
      ],
    });
    const data = await printData({ format: 'png' });
    expect(data.images).toEqual({ [imageId]: `data:image/png;base64,${PNG}` });
    expect(Object.keys(data.images)).not.toContain(unused.imageId);
  });

  it('names the map that does not exist and the project that is not open', async () => {
    const missing = await f.refused('export.printData', { projectId: f.projectId, mapId: 'nope', options: ExportOptionsSchema.parse({ format: 'pdf' }) });
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(missing.message).toContain('nope');
    expect(await f.refused('export.printData', { projectId: 'closed', mapId: f.mapId, options: ExportOptionsSchema.parse({ format: 'pdf' }) })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
