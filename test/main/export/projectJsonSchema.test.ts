import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectJsonSchema, projectJsonSchemaText } from '../../../main/services/export/projectJsonSchema';
import { exportProjectJson, importProjectJson } from '../../../main/services/projectJson';
import { openProjectStore } from '../../../main/services/projectStore';
import { gapFixture, type GapFixture } from '../gaps/gapSupport';
import { sampleCommands } from '../support/maps';

const COMMITTED = path.resolve('docs/project-json.schema.json');
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

type Json = Record<string, unknown>;

describe('the documented project JSON schema', () => {
  it('is the one the code generates (after a schema change: npx tsx main/services/export/writeProjectJsonSchema.ts)', () => {
    expect(fs.readFileSync(COMMITTED, 'utf8'), 'docs/project-json.schema.json is stale').toBe(projectJsonSchemaText());
  });
});

describe('project JSON: export, import, export', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
    const ref = { projectId: f.projectId, mapId: f.mapId };
    const { imageId } = await f.call('image.add', { projectId: f.projectId, mime: 'image/png', dataBase64: PNG });
    await f.call('map.create', { projectId: f.projectId, mapId: 'm2', name: '第二张 Second' });
    await f.call('map.apply', { projectId: f.projectId, mapId: 'm2', commands: sampleCommands() });
    await f.call('map.apply', {
      ...ref,
      commands: [
        { name: 'lane.add', args: { lane: { id: 'li', name: 'Pictures', type: 'images' } } },
        { name: 'card.add', args: { cards: [{ id: 'p1', stageId: 'aw', laneId: 'li', order: 0, title: '照片', imageId, fromNewerApp: { kept: true } }] } },
      ],
    });
    await f.call('gaps.saveSettings', { projectId: f.projectId, settings: { handoffThreshold: 4, newerOption: 'x' } });
    await f.call('snapshot.create', { ...ref, name: 'Before' });
    await f.call('template.saveFromMap', { ...ref, name: 'Saved 模板' });
    await f.call('map.create', { projectId: f.projectId, mapId: 'm3', name: 'From template', template: { kind: 'builtin', key: 'consumerPurchase' } as never, language: 'zh-CN' });
  });
  afterEach(async () => {
    await f.dispose();
  });

  const exported = async (name: string): Promise<{ file: string; document: Json }> => {
    const { path: file } = await f.call('project.exportJson', { projectId: f.projectId, path: f.temp.file(name) });
    return { file, document: JSON.parse(fs.readFileSync(file, 'utf8')) as Json };
  };
  const withoutStamp = ({ exportedAt: _exportedAt, ...rest }: Json): Json => rest;

  it('gives the same document again, unknown fields included, and it validates against the published schema', async () => {
    const first = await exported('first.json');
    // A field from a newer app on a map, besides those the fixture already has (a card's, a stage's, the gap settings'): kept on import, written back on export.
    const future = { ...first.document, maps: (first.document.maps as Json[]).map((map, i) => (i === 0 ? { ...map, futureMapField: [1, 2] } : map)) };
    const edited = f.temp.file('future.json');
    fs.writeFileSync(edited, JSON.stringify(future));

    importProjectJson(edited, f.temp.file('again.cjm'));
    const again = openProjectStore(f.temp.file('again.cjm'));
    let second: Json;
    try {
      second = JSON.parse(fs.readFileSync(exportProjectJson(again, f.temp.file('second.json'), '1.0.0'), 'utf8')) as Json;
    } finally {
      again.close();
    }
    expect(withoutStamp(second)).toEqual(withoutStamp(future));
    expect((second.maps as Json[])[0]!.futureMapField).toEqual([1, 2]);
    expect(((second.maps as Json[])[0]!.cards as Record<string, Json>).p1!.fromNewerApp).toEqual({ kept: true });
    expect(second.gapSettings).toEqual({ handoffThreshold: 4, newerOption: 'x' });
    expect(Object.keys(second).sort()).toEqual(['appVersion', 'catalog', 'exportedAt', 'format', 'gapSettings', 'images', 'maps', 'metrics', 'project', 'snapshots', 'templates', 'version']);
    expect((second.templates as Json[]).map((template) => template.name)).toEqual(['Saved 模板']);

    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(projectJsonSchema());
    expect(validate(first.document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(second), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('the schema refuses what the importer refuses: a wrong format, a card with a negative order, an image that is not base64', async () => {
    const { document } = await exported('doc.json');
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(projectJsonSchema());
    const maps = document.maps as Json[];
    const card = Object.values(maps[0]!.cards as Record<string, Json>)[0]!;
    const broken: [string, Json][] = [
      ['format', { ...document, format: 'something-else' }],
      ['order', { ...document, maps: [{ ...maps[0], cards: { [card.id as string]: { ...card, order: -1 } } }, ...maps.slice(1)] }],
      ['images', { ...document, images: [{ id: 'i', mime: 'image/png', dataBase64: 'not base64!' }] }],
    ];
    for (const [what, candidate] of broken) {
      expect(validate(candidate), what).toBe(false);
      const file = f.temp.file(`${what}.json`);
      fs.writeFileSync(file, JSON.stringify(candidate));
      expect(() => importProjectJson(file, f.temp.file(`${what}.cjm`)), what).toThrow();
      expect(fs.existsSync(f.temp.file(`${what}.cjm`))).toBe(false);
    }
  });
});
