import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/services/migrations';
import { openProjectStore } from '../../../main/services/projectStore';
import { annotatedMap } from '../support/annotatedMap';
import { useProjectFiles } from '../support/files';
import { olderProjectFile } from '../support/olderProject';

const BEFORE_0008 = MIGRATIONS.filter((migration) => migration.version < 8);

/** The channels of the file, in catalog order, as "builtin key or name". */
const catalogOrder = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT data FROM channels ORDER BY position').pluck().all() as string[]).map((data) => {
      const channel = JSON.parse(data) as { builtin?: string; name: string };
      return channel.builtin ?? channel.name;
    });
  } finally {
    db.close();
  }
};

describe('migration 0008-kuaishou-zhihu-channels', () => {
  const temp = useProjectFiles();

  it('adds Kuaishou and Zhihu at the end of a catalog made before them, keeping the user order and channels', () => {
    const file = temp.file('p.cjm');
    olderProjectFile(file, BEFORE_0008, [annotatedMap('m1')]);
    // A project of that time: its catalog had no Kuaishou or Zhihu, and the user had added a channel and moved WeChat first.
    const db = new Database(file);
    db.prepare("DELETE FROM channels WHERE json_extract(data, '$.builtin') IN ('kuaishou', 'zhihu')").run();
    db.prepare("UPDATE channels SET position = -1 WHERE json_extract(data, '$.builtin') = 'wechat'").run();
    const max = db.prepare('SELECT max(position) FROM channels').pluck().get() as number;
    db.prepare('INSERT INTO channels (id, position, data) VALUES (?, ?, ?)').run(
      'mine',
      max + 1,
      JSON.stringify({ id: 'mine', name: '地推', icon: 'event', color: '#123456', mode: 'offline', group: 'offline' }),
    );
    db.close();
    const before = catalogOrder(file);
    expect(before).not.toContain('kuaishou');

    const store = temp.track(openProjectStore(file));
    const channels = store.catalog().channels;
    expect(channels.slice(-2)).toMatchObject([
      { builtin: 'kuaishou', name: '', icon: 'kuaishou', mode: 'online', group: 'paid' },
      { builtin: 'zhihu', name: '', icon: 'zhihu', mode: 'online', group: 'earned' },
    ]);
    temp.closeAll();
    expect(catalogOrder(file)).toEqual([...before, 'kuaishou', 'zhihu']);
  });

  it('adds nothing to a project that has them already', () => {
    const file = temp.file('q.cjm');
    olderProjectFile(file, BEFORE_0008, [annotatedMap('m1')]);
    const before = catalogOrder(file);
    temp.track(openProjectStore(file));
    temp.closeAll();
    expect(catalogOrder(file)).toEqual(before);
    expect(before.filter((key) => key === 'kuaishou' || key === 'zhihu')).toEqual(['kuaishou', 'zhihu']);
  });
});
