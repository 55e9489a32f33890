import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GapSettings } from '../../../src/model/gaps';
import { gapFixture, type GapFixture } from './gapSupport';

type Document = Record<string, unknown> & { snapshots?: Record<string, unknown>[]; gapSettings?: unknown };

describe('the JSON form of a project with gap settings and snapshots', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  const ref = () => ({ projectId: f.projectId, mapId: f.mapId });
  const settings: GapSettings = { disabledRules: ['orphanProcess'], handoffThreshold: 5, fromNewerApp: 'kept' };

  /** Exports the project and returns the path and the parsed document. */
  async function exported(): Promise<{ json: string; document: Document }> {
    const json = f.temp.file('export.json');
    await f.call('project.exportJson', { projectId: f.projectId, path: json });
    return { json, document: JSON.parse(fs.readFileSync(json, 'utf8')) as Document };
  }
  const importInto = (source: string, name: string) => f.call('project.importJson', { source, path: f.temp.file(`projects/${name}.cjm`) });

  it('carries both to a new project file, where the snapshots can be read and restored, also after a reopen', async () => {
    await f.call('gaps.saveSettings', { projectId: f.projectId, settings });
    const asIs = await f.call('snapshot.create', { ...ref(), name: 'As-is' });
    await f.call('map.apply', { ...ref(), commands: [{ name: 'card.delete', args: { ids: ['b1'] } }] });
    const toBe = await f.call('snapshot.create', { ...ref(), name: 'Without budget step' });
    const versions = async (projectId: string) => ({
      list: await f.call('snapshot.list', { projectId, mapId: f.mapId }),
      asIs: await f.call('snapshot.get', { projectId, snapshotId: asIs.id }),
      toBe: await f.call('snapshot.get', { projectId, snapshotId: toBe.id }),
      settings: await f.call('gaps.settings', { projectId }),
    });
    const original = await versions(f.projectId);

    const { json, document } = await exported();
    expect(document.gapSettings).toEqual(settings);
    expect(document.snapshots?.map((s) => s.name)).toEqual(['As-is', 'Without budget step']);

    const copy = await importInto(json, 'copy');
    expect(await versions(copy.projectId)).toEqual(original);
    await f.call('project.close', { projectId: copy.projectId });
    const reopened = await f.call('project.open', { path: f.temp.file('projects/copy.cjm') });
    expect(await versions(reopened.projectId)).toEqual(original);
    const { map } = await f.call('snapshot.restore', { projectId: reopened.projectId, snapshotId: asIs.id, backupName: 'Backup' });
    expect(Object.keys(map.cards).sort()).toEqual(['b1', 'c1']);
  });

  it('writes neither for a project without them, and reads an older export that lacks them', async () => {
    const { json, document } = await exported();
    expect(document).not.toHaveProperty('gapSettings');
    expect(document).not.toHaveProperty('snapshots');
    const copy = await importInto(json, 'older');
    expect(await f.call('gaps.settings', { projectId: copy.projectId })).toEqual({});
    expect(await f.call('snapshot.list', { projectId: copy.projectId, mapId: f.mapId })).toEqual([]);
  });

  it('refuses broken snapshots and settings naming the field, and creates no file', async () => {
    await f.call('gaps.saveSettings', { projectId: f.projectId, settings });
    await f.call('snapshot.create', { ...ref(), name: 'One' });
    await f.call('snapshot.create', { ...ref(), name: 'Two' });
    const { json, document } = await exported();
    const broken: [string, (d: Document) => void, string][] = [
      ['map', (d) => (d.snapshots![1]!.mapId = 'gone'), 'snapshots[1].mapId: refers to map "gone"'],
      ['id', (d) => (d.snapshots![1]!.id = d.snapshots![0]!.id), 'snapshots[1].id: snapshot id'],
      ['card', (d) => ((d.snapshots![0]!.map as { cards: Record<string, { stageId: string }> }).cards.c1!.stageId = 'nowhere'), 'snapshots[0].map.cards.c1.stageId: stage "nowhere" does not exist'],
      ['metrics', (d) => delete (d.snapshots![0]!.metrics as Record<string, unknown>).series, 'snapshots[0].metrics.series'],
      ['settings', (d) => (d.gapSettings = { handoffThreshold: -3 }), 'gapSettings.handoffThreshold'],
    ];
    for (const [name, breakIt, field] of broken) {
      const copy = structuredClone(document);
      breakIt(copy);
      const source = f.temp.file(`broken-${name}.json`);
      fs.writeFileSync(source, JSON.stringify(copy));
      const error = await f.refused('project.importJson', { source, path: f.temp.file(`projects/broken-${name}.cjm`) });
      expect(error.code).toBe('BAD_DOCUMENT');
      expect(error.message).toContain(field);
      expect(fs.existsSync(f.temp.file(`projects/broken-${name}.cjm`))).toBe(false);
    }
    expect(fs.existsSync(json)).toBe(true);
  });
});
