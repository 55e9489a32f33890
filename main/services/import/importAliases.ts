import type { Database } from 'better-sqlite3';
import type { MetricTarget } from '../../../src/model/metrics';

/**
 * The hand matches a project remembers (migration 0007): a name a file
 * writes, matched by hand in the wizard to a channel (for every map of the
 * project) or to a stage or card (of one map), proposed again by the next
 * import. Names are stored as matching compares them (see matchKeys.ts).
 */

export type AliasKind = 'channel' | 'stage' | 'card';

export interface RememberedMatch {
  kind: AliasKind;
  /** The normalised name (NFKC, lower case, no whitespace). */
  name: string;
  target: MetricTarget;
}

/** The map a remembered match belongs to: channels are the project's, stages and cards their map's. */
const scopeOf = (kind: AliasKind, mapId: string): string => (kind === 'channel' ? '' : mapId);

export function createImportAliasStore(db: Database) {
  return {
    /** The remembered matches an import into `mapId` can use: the project's channel matches and the map's stage and card matches. */
    rememberedMatches(mapId: string): RememberedMatch[] {
      const rows = db
        .prepare("SELECT kind, name, target FROM import_aliases WHERE (kind = 'channel' AND map_id = '') OR (kind <> 'channel' AND map_id = ?) ORDER BY kind, name")
        .all(mapId) as { kind: AliasKind; name: string; target: string }[];
      return rows.map((row) => ({ kind: row.kind, name: row.name, target: JSON.parse(row.target) as MetricTarget }));
    },
    /** Remembers `remember` (replacing what a name held) and forgets `forget`, in one transaction. */
    rememberMatches(mapId: string, remember: readonly RememberedMatch[], forget: readonly Omit<RememberedMatch, 'target'>[]): void {
      if (remember.length === 0 && forget.length === 0) return;
      const upsert = db.prepare(
        `INSERT INTO import_aliases (kind, map_id, name, target, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kind, map_id, name) DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at`,
      );
      const remove = db.prepare('DELETE FROM import_aliases WHERE kind = ? AND map_id = ? AND name = ?');
      const at = new Date().toISOString();
      db.transaction(() => {
        for (const { kind, name } of forget) remove.run(kind, scopeOf(kind, mapId), name);
        for (const { kind, name, target } of remember) upsert.run(kind, scopeOf(kind, mapId), name, JSON.stringify(target), at);
      })();
    },
  };
}
