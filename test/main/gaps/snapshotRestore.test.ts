import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../src/commands/schemas';
import { gapFixture, type GapFixture } from './gapSupport';

/** Edits after the snapshot: a stage, a card with its connection, the feeling, the comment and the accepted gap go; a card comes. */
const LATER_EDITS: Command[] = [
  { name: 'card.delete', args: { ids: ['b1'] } },
  { name: 'stage.delete', args: { id: 'won' } },
  { name: 'card.add', args: { cards: [{ id: 'c2', stageId: 'co', laneId: 'l1', order: 0, title: 'Webinar' }] } },
  { name: 'emotion.set', args: { point: { id: 'e1', laneId: 'le', stageId: 'aw', personaId: null, variant: 'asIs', value: 1 } } },
  { name: 'comment.delete', args: { ids: ['n1'] } },
  { name: 'gap.reopen', args: { ids: ['a1'] } },
];

/** Runs `change` on the closed project file with raw SQLite. */
const onFile = (file: string, change: (db: Database.Database) => void) => () => {
  const db = new Database(file);
  try {
    change(db);
  } finally {
    db.close();
  }
};

describe('restoring a snapshot', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  const ref = () => ({ projectId: f.projectId, mapId: f.mapId });
  const updatedAt = async () => (await f.call('map.list', { projectId: f.projectId })).find((m) => m.id === f.mapId)?.updatedAt;

  it('puts the content back under the current name, keeps a backup of what was there, and leaves imported metrics alone', async () => {
    const taken = await f.call('snapshot.get', {
      projectId: f.projectId,
      snapshotId: (await f.call('snapshot.create', { ...ref(), name: 'As-is' })).id,
    });
    await f.call('map.apply', { ...ref(), commands: LATER_EDITS });
    await f.call('map.rename', { ...ref(), name: 'Funnel v2' });
    const edited = await f.call('map.get', ref());
    expect(Object.keys(edited.cards).sort()).toEqual(['c1', 'c2']);
    const metrics = await f.call('metrics.get', { ...ref(), grain: 'day' });
    const changedAt = await updatedAt();

    const snapshotId = (await f.call('snapshot.list', ref()))[0]!.id;
    const { map, backup } = await f.call('snapshot.restore', { projectId: f.projectId, snapshotId, backupName: 'Before restoring As-is' });
    expect(map).toEqual({ ...taken.map, name: 'Funnel v2' });
    expect(map.stages.map((s) => s.id)).toEqual(['aw', 'co', 'mql', 'sql', 'won']);
    expect(map.connections.k1).toMatchObject({ source: 'b1', target: 'c1', kind: 'supports' });
    expect(map.emotions?.e1?.value).toBe(-2);
    expect(map.comments?.n1?.text).toBe('Too few clicks');
    expect(map.gapAcceptances?.a1?.reason).toBe('Planned');
    expect(await f.call('map.get', ref())).toEqual(map);
    expect(await updatedAt()).not.toBe(changedAt);

    expect(backup).toMatchObject({ mapId: f.mapId, name: 'Before restoring As-is', cards: 2 });
    expect((await f.call('snapshot.get', { projectId: f.projectId, snapshotId: backup.id })).map).toEqual(edited);
    expect((await f.call('snapshot.list', ref())).map((s) => s.name)).toEqual(['Before restoring As-is', 'As-is']);
    expect(await f.call('metrics.get', { ...ref(), grain: 'day' })).toEqual(metrics);

    await f.reopen();
    expect(await f.call('map.get', ref())).toEqual(map);
    // Restoring the backup undoes the restore.
    const back = await f.call('snapshot.restore', { projectId: f.projectId, snapshotId: backup.id, backupName: 'Restored As-is' });
    expect(back.map).toEqual(edited);
  });

  it('changes nothing when the snapshot is damaged in the file, and says which one', async () => {
    const snapshot = await f.call('snapshot.create', { ...ref(), name: 'As-is' });
    await f.call('map.apply', { ...ref(), commands: LATER_EDITS });
    const before = await f.call('map.get', ref());
    await f.reopen(onFile(f.projectFile, (db) => db.prepare(`UPDATE snapshots SET map = '{"id": "m1", "cards": ' WHERE id = ?`).run(snapshot.id)));

    const error = await f.refused('snapshot.restore', { projectId: f.projectId, snapshotId: snapshot.id, backupName: 'Backup' });
    expect(error).toMatchObject({ code: 'CORRUPT', params: { snapshotId: snapshot.id, file: 'metrics.cjm' } });
    expect(error.message).toMatch(/^Snapshot "As-is" \(.+\) in "metrics\.cjm" is damaged/);
    expect(await f.call('map.get', ref())).toEqual(before);
    expect((await f.call('snapshot.list', ref())).map((s) => s.name)).toEqual(['As-is']);
    expect(await f.refused('snapshot.duplicate', { projectId: f.projectId, snapshotId: snapshot.id, name: 'Copy' })).toMatchObject({ code: 'CORRUPT' });
    expect(await f.call('map.list', { projectId: f.projectId })).toHaveLength(1);

    // Valid JSON whose map breaks a reference is refused the same way, naming the field.
    await f.reopen(
      onFile(f.projectFile, (db) => db.prepare('UPDATE snapshots SET map = ? WHERE id = ?').run(JSON.stringify({ ...before, connections: { k9: { id: 'k9', source: 'zz', target: 'c1' } } }), snapshot.id)),
    );
    const broken = await f.refused('snapshot.get', { projectId: f.projectId, snapshotId: snapshot.id });
    expect(broken).toMatchObject({ code: 'CORRUPT' });
    expect(broken.message).toContain('map.connections.k9.source: card "zz" does not exist');
  });

  it('rolls the backup back when writing the content fails half-way', async () => {
    const snapshot = await f.call('snapshot.create', { ...ref(), name: 'As-is' });
    await f.call('map.apply', { ...ref(), commands: LATER_EDITS });
    const before = await f.call('map.get', ref());
    const changedAt = await updatedAt();
    // The map row is written last, after the backup and every card: refusing it fails the restore at its very end.
    await f.reopen(onFile(f.projectFile, (db) => db.exec("CREATE TRIGGER refuse_map BEFORE UPDATE ON maps BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));

    expect(await f.refused('snapshot.restore', { projectId: f.projectId, snapshotId: snapshot.id, backupName: 'Backup' })).toMatchObject({
      message: expect.stringContaining('refused by the test'),
    });
    expect(await f.call('map.get', ref())).toEqual(before);
    expect((await f.call('snapshot.list', ref())).map((s) => s.name)).toEqual(['As-is']);

    await f.reopen(onFile(f.projectFile, (db) => db.exec('DROP TRIGGER refuse_map')));
    expect(await f.call('map.get', ref())).toEqual(before);
    expect(await updatedAt()).toBe(changedAt);
    expect(await f.call('snapshot.list', ref())).toHaveLength(1);
  });
});
