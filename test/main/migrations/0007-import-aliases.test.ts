import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../main/services/migrate';
import { MIGRATIONS } from '../../../main/services/migrations';
import { migration as initial } from '../../../main/services/migrations/0001-initial';
import { migration as catalogs } from '../../../main/services/migrations/0002-catalogs-images-templates';
import { migration as annotations } from '../../../main/services/migrations/0003-map-annotations';
import { migration as metrics } from '../../../main/services/migrations/0004-metrics';
import { migration as gapsSnapshots } from '../../../main/services/migrations/0005-gaps-snapshots';
import { migration as projectUnknownFields } from '../../../main/services/migrations/0006-project-unknown-fields';
import { openProjectStore } from '../../../main/services/projectStore';
import { annotatedMap } from '../support/annotatedMap';
import { useProjectFiles } from '../support/files';
import { olderProjectFile, readOnly } from '../support/olderProject';

const BEFORE_0007 = [initial, catalogs, annotations, metrics, gapsSnapshots, projectUnknownFields];

describe('migration 0007-import-aliases', () => {
  const temp = useProjectFiles();

  it('opens a 0006 project with nothing remembered, then remembers hand matches; a map takes its own with it when deleted', () => {
    const file = temp.file('p.cjm');
    olderProjectFile(file, BEFORE_0007, [annotatedMap('m1'), annotatedMap('m2')]);
    const store = temp.track(openProjectStore(file));
    expect(store.getMap('m1')).toEqual(annotatedMap('m1'));
    expect(store.metrics.rememberedMatches('m1')).toEqual([]);

    const channel = { kind: 'channel', name: '快手', target: { kind: 'channel', id: 'ks' } } as const;
    const stage = { kind: 'stage', name: 'sql-阶段', target: { kind: 'stage', id: 's1' } } as const;
    store.metrics.rememberMatches('m1', [channel, stage], []);
    // Channel matches are the project's (every map sees them); stage matches their map's.
    expect(store.metrics.rememberedMatches('m1')).toEqual([channel, stage]);
    expect(store.metrics.rememberedMatches('m2')).toEqual([channel]);
    // A name remembered again takes the new target; forgetting a stage match of another map leaves this map's.
    store.metrics.rememberMatches('m2', [{ ...channel, target: { kind: 'channel', id: 'douyin' } }], [{ kind: 'stage', name: 'sql-阶段' }]);
    expect(store.metrics.rememberedMatches('m1')).toEqual([{ ...channel, target: { kind: 'channel', id: 'douyin' } }, stage]);
    store.metrics.rememberMatches('m1', [], [{ kind: 'stage', name: 'sql-阶段' }]);
    expect(store.metrics.rememberedMatches('m1')).toEqual([{ ...channel, target: { kind: 'channel', id: 'douyin' } }]);
    store.metrics.rememberMatches('m1', [stage], []);

    store.deleteMap('m1');
    temp.closeAll();
    expect(readOnly(file, (db) => db.pragma('user_version', { simple: true }))).toBe(latestVersion(MIGRATIONS));
    expect(readOnly(file, (db) => db.prepare('SELECT kind, map_id, name FROM import_aliases').all())).toEqual([{ kind: 'channel', map_id: '', name: '快手' }]);
  });
});
