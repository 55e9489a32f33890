import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOnly } from '../support/olderProject';
import { STAGE_MAPPING } from '../import/importSupport';
import { gapFixture, MARCH, type GapFixture } from './gapSupport';

describe('snapshots of a map', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  const ref = () => ({ projectId: f.projectId, mapId: f.mapId });

  it('keeps the map as stored with its metrics by month and its velocity, lists newest first, and survives a reopen', async () => {
    const before = await f.call('map.get', ref());
    const metricsNow = await f.call('metrics.get', { ...ref(), grain: 'month' });
    const velocityNow = await f.call('metrics.velocity', ref());
    expect(velocityNow.transitions).toEqual([expect.objectContaining({ fromStageId: 'mql', toStageId: 'sql', count: 2, averageDays: 3 })]);

    const first = await f.call('snapshot.create', { ...ref(), name: 'As-is, March' });
    expect(first).toEqual({ id: expect.any(String), mapId: f.mapId, name: 'As-is, March', createdAt: expect.any(String), cards: 2 });
    await f.call('map.apply', { ...ref(), commands: [{ name: 'card.add', args: { cards: [{ id: 'c2', stageId: 'co', laneId: 'l1', order: 0, title: 'Webinar' }] } }] });
    const second = await f.call('snapshot.create', { ...ref(), name: 'With webinar' });
    expect(second.cards).toBe(3);

    const version = await f.call('snapshot.get', { projectId: f.projectId, snapshotId: first.id });
    expect(version).toEqual({ label: 'As-is, March', at: first.createdAt, map: before, metrics: metricsNow, velocity: velocityNow });
    // The whole map, discussion and accepted gaps included.
    expect(version.map.comments?.n1?.text).toBe('Too few clicks');
    expect(version.map.gapAcceptances?.a1?.reason).toBe('Planned');
    expect(version.map.emotions?.e1?.value).toBe(-2);
    expect(version.metrics?.periods).toEqual(['2026-03-01']);

    expect((await f.call('snapshot.list', ref())).map((s) => s.name)).toEqual(['With webinar', 'As-is, March']);
    await f.reopen();
    expect((await f.call('snapshot.list', ref())).map((s) => s.id)).toEqual([second.id, first.id]);
    expect(await f.call('snapshot.get', { projectId: f.projectId, snapshotId: first.id })).toEqual(version);
  });

  it('keeps the numbers of its moment: a later import changes the current version only', async () => {
    const march = await f.call('metrics.get', { ...ref(), grain: 'month' });
    const snapshot = await f.call('snapshot.create', { ...ref(), name: 'March' });
    const april = await f.read(f.writeCsv('april.csv', [MARCH[0]!, ['2026-04-01', 'Awareness', 2000, 80]]), STAGE_MAPPING);
    await f.call('import.commit', { jobId: april.jobId, matches: {} });
    expect((await f.call('map.version', ref())).metrics?.periods).toEqual(['2026-03-01', '2026-04-01']);
    expect((await f.call('snapshot.get', { projectId: f.projectId, snapshotId: snapshot.id })).metrics).toEqual(march);
  });

  it('stores no velocity for a map without a transition log', async () => {
    await f.call('map.create', { projectId: f.projectId, mapId: 'm2', name: 'Bare' });
    const snapshot = await f.call('snapshot.create', { projectId: f.projectId, mapId: 'm2', name: 'Empty' });
    expect(snapshot.cards).toBe(0);
    const version = await f.call('snapshot.get', { projectId: f.projectId, snapshotId: snapshot.id });
    expect(version.velocity).toBeNull();
    expect(version.metrics).toMatchObject({ series: [], periods: [], hasTransitions: false });
  });

  it('renames and deletes; an unknown snapshot is NOT_FOUND naming it and the file', async () => {
    const snapshot = await f.call('snapshot.create', { ...ref(), name: 'Draft' });
    expect(await f.call('snapshot.rename', { projectId: f.projectId, snapshotId: snapshot.id, name: '  Workshop 1 ' })).toEqual({ ...snapshot, name: 'Workshop 1' });
    expect(await f.call('snapshot.delete', { projectId: f.projectId, snapshotId: snapshot.id })).toBeNull();
    expect(await f.call('snapshot.list', ref())).toEqual([]);

    for (const call of ['snapshot.get', 'snapshot.delete'] as const) {
      const error = await f.refused(call, { projectId: f.projectId, snapshotId: snapshot.id });
      expect(error).toMatchObject({ code: 'NOT_FOUND', params: { snapshotId: snapshot.id, file: 'metrics.cjm' } });
      expect(error.message).toBe(`Snapshot "${snapshot.id}" does not exist in "metrics.cjm".`);
    }
    for (const [call, extra] of [
      ['snapshot.rename', { name: 'x' }],
      ['snapshot.restore', { backupName: 'x' }],
      ['snapshot.duplicate', { name: 'x' }],
    ] as const) {
      expect(await f.refused(call, { projectId: f.projectId, snapshotId: 'nope', ...extra })).toMatchObject({ code: 'NOT_FOUND', params: { snapshotId: 'nope' } });
    }
    expect(await f.refused('snapshot.create', { projectId: f.projectId, mapId: 'nope', name: 'x' })).toMatchObject({ code: 'NOT_FOUND', params: { mapId: 'nope' } });
    expect(await f.refused('snapshot.list', { projectId: f.projectId, mapId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses bad requests naming the field', async () => {
    expect(await f.refused('snapshot.create', { ...ref(), name: '   ' })).toMatchObject({ code: 'BAD_REQUEST', params: { field: 'name' } });
    expect(await f.refused('snapshot.get', { projectId: f.projectId, snapshotId: 'has space' })).toMatchObject({ code: 'BAD_REQUEST', params: { field: 'snapshotId' } });
    expect(await f.refused('snapshot.restore', { projectId: f.projectId, snapshotId: 's1' } as never)).toMatchObject({ code: 'BAD_REQUEST', params: { field: 'backupName' } });
  });

  it('go with their map when it is deleted; a duplicated map starts without them', async () => {
    await f.call('snapshot.create', { ...ref(), name: 'Before workshop' });
    const copy = await f.call('map.duplicate', { ...ref(), name: 'Copy' });
    expect(await f.call('snapshot.list', { projectId: f.projectId, mapId: copy.id })).toEqual([]);
    await f.call('map.delete', ref());
    await f.reopen();
    expect(await f.call('map.list', { projectId: f.projectId })).toEqual([expect.objectContaining({ id: copy.id })]);
    await f.services.dispose();
    expect(readOnly(f.projectFile, (db) => db.prepare('SELECT count(*) FROM snapshots').pluck().get())).toBe(0);
  });

  it('duplicates a snapshot into a new map with new ids', async () => {
    const snapshot = await f.call('snapshot.create', { ...ref(), name: 'As-is' });
    await f.call('map.apply', { ...ref(), commands: [{ name: 'card.delete', args: { ids: ['b1'] } }] });
    const summary = await f.call('snapshot.duplicate', { projectId: f.projectId, snapshotId: snapshot.id, name: 'To-be draft' });
    expect(summary).toMatchObject({ name: 'To-be draft', cardCount: 2, stageCount: 5, laneCount: 3 });
    const copy = await f.call('map.get', { projectId: f.projectId, mapId: summary.id });
    expect(copy.id).not.toBe(f.mapId);
    expect(Object.values(copy.cards).map((c) => c.title).sort()).toEqual(['Ad budget approved', 'Search ads']);
    expect(Object.keys(copy.cards)).not.toContain('b1');
    const [connection] = Object.values(copy.connections);
    expect(connection).toMatchObject({ kind: 'supports', source: expect.not.stringMatching(/^b1$/) });
    expect(copy.cards[connection!.source]?.title).toBe('Ad budget approved');
    // The original map is untouched and the new map has no snapshots of its own.
    expect(Object.keys((await f.call('map.get', ref())).cards)).toEqual(['c1']);
    expect(await f.call('snapshot.list', { projectId: f.projectId, mapId: summary.id })).toEqual([]);
  });

  it('gives the current map as a version: its name, last change, metrics by month and velocity', async () => {
    const version = await f.call('map.version', ref());
    const listed = (await f.call('map.list', { projectId: f.projectId })).find((m) => m.id === f.mapId);
    expect(version).toEqual({
      label: 'Funnel',
      at: listed?.updatedAt,
      map: await f.call('map.get', ref()),
      metrics: await f.call('metrics.get', { ...ref(), grain: 'month' }),
      velocity: await f.call('metrics.velocity', ref()),
    });
    await f.call('map.create', { projectId: f.projectId, mapId: 'm2', name: 'Bare' });
    expect((await f.call('map.version', { projectId: f.projectId, mapId: 'm2' })).velocity).toBeNull();
    expect(await f.refused('map.version', { projectId: f.projectId, mapId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
