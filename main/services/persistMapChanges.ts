import type { Database, Statement } from 'better-sqlite3';
import { own } from '../../src/commands/fields';
import type { BatchTouched } from '../../src/commands/handler';
import { valuesInAnyOrder } from '../../src/commands/sharedRecord';
import type { JourneyMap } from '../../src/model/journey';
import { cardRow, connectionRow, MAP_ITEM_COLLECTIONS, mapExtra, mapItemRow, mapItems, sameMapExtra, stageRow, type MapItemCollection, type MapItemKind } from './mapRows';

type Keyed = { id: string };

/**
 * Commands return a new map that shares every untouched entity object with the
 * old one, so "changed" is a reference comparison: a single edit on a map with
 * thousands of cards writes one card row. Stages and lanes are also compared
 * by index, since moving one shifts the stored position of its neighbours.
 */
export function orderedChanges<T extends Keyed>(before: readonly T[], after: readonly T[]) {
  if (before === after) return { upserts: [], deletes: [] };
  const oldIndex = new Map(before.map((item, i) => [item.id, i]));
  const newIds = new Set(after.map((item) => item.id));
  const upserts: { item: T; index: number }[] = [];
  after.forEach((item, index) => {
    const old = oldIndex.get(item.id);
    if (old === undefined || old !== index || before[old] !== item) upserts.push({ item, index });
  });
  return { upserts, deletes: before.filter((item) => !newIds.has(item.id)).map((item) => item.id) };
}

const NO_CHANGES = { upserts: [], deletes: [] } as const;

function keyedChanges<T extends Keyed>(before: Record<string, T> = {}, after: Record<string, T> = {}): { upserts: readonly T[]; deletes: readonly string[] } {
  if (before === after) return NO_CHANGES;
  const upserts: T[] = [];
  // Records are keyed by their items' ids; shared records are read from their tries, not through their proxies.
  for (const item of valuesInAnyOrder(after)) if (own(before, item.id) !== item) upserts.push(item);
  const deletes = valuesInAnyOrder(before)
    .filter((item) => own(after, item.id) === undefined)
    .map((item) => item.id);
  return { upserts, deletes };
}

/**
 * Like keyedChanges, but looking only at the ids the commands touched (see
 * CommandResult.touched), so an edit costs what it touched, not what the map holds.
 */
function touchedChanges<T extends Keyed>(before: Record<string, T>, after: Record<string, T>, ids: BatchTouched['cards'] | undefined) {
  if (ids === undefined || ids === 'all') return keyedChanges(before, after);
  const upserts: T[] = [];
  const deletes: string[] = [];
  if (before === after) return { upserts, deletes };
  for (const id of ids) {
    const now = own(after, id);
    const then = own(before, id);
    if (now === then) continue;
    if (now) upserts.push(now);
    else deletes.push(id);
  }
  return { upserts, deletes };
}

interface Statements {
  updateMap: Statement;
  stampMap: Statement;
  upsertStage: Statement;
  upsertLane: Statement;
  upsertCard: Statement;
  upsertConnection: Statement;
  upsertItem: Statement;
  deleteItem: Statement;
  deleteFrom: Record<'stages' | 'lanes' | 'cards' | 'connections', Statement>;
}

const statementCache = new WeakMap<Database, Statements>();

function statements(db: Database): Statements {
  const cached = statementCache.get(db);
  if (cached) return cached;
  const upsertOrdered = (table: string) =>
    db.prepare(`INSERT INTO ${table} (map_id, id, position, name, data) VALUES (?, @id, @position, @name, @data)
      ON CONFLICT (map_id, id) DO UPDATE SET position = excluded.position, name = excluded.name, data = excluded.data`);
  const deleteFrom = (table: string) => db.prepare(`DELETE FROM ${table} WHERE map_id = ? AND id = ?`);
  const created: Statements = {
    updateMap: db.prepare('UPDATE maps SET name = ?, extra = ?, updated_at = ? WHERE id = ?'),
    stampMap: db.prepare('UPDATE maps SET updated_at = ? WHERE id = ?'),
    upsertStage: upsertOrdered('stages'),
    upsertLane: upsertOrdered('lanes'),
    upsertCard: db.prepare(`INSERT INTO cards (map_id, id, stage_id, lane_id, position, title, data)
      VALUES (?, @id, @stage_id, @lane_id, @position, @title, @data)
      ON CONFLICT (map_id, id) DO UPDATE SET stage_id = excluded.stage_id, lane_id = excluded.lane_id,
        position = excluded.position, title = excluded.title, data = excluded.data`),
    upsertConnection: db.prepare(`INSERT INTO connections (map_id, id, source, target, data) VALUES (?, @id, @source, @target, @data)
      ON CONFLICT (map_id, id) DO UPDATE SET source = excluded.source, target = excluded.target, data = excluded.data`),
    upsertItem: db.prepare(`INSERT INTO map_items (map_id, kind, id, data) VALUES (?, @kind, @id, @data)
      ON CONFLICT (map_id, kind, id) DO UPDATE SET data = excluded.data`),
    deleteItem: db.prepare('DELETE FROM map_items WHERE map_id = ? AND kind = ? AND id = ?'),
    deleteFrom: {
      stages: deleteFrom('stages'),
      lanes: deleteFrom('lanes'),
      cards: deleteFrom('cards'),
      connections: deleteFrom('connections'),
    },
  };
  statementCache.set(db, created);
  return created;
}

/**
 * Writes the difference between two versions of a map and stamps its
 * `updated_at`. Call inside a transaction. `touched`, from applyCommands,
 * limits the comparison of cards and connections to the ids the commands
 * named; without it every card and connection is compared. Returns the number
 * of rows written (deleted, inserted or updated, the map row included), which
 * tests use to check an edit stays small.
 */
export function persistMapChanges(db: Database, before: JourneyMap, after: JourneyMap, updatedAt: string, touched?: BatchTouched): number {
  const s = statements(db);
  const mapId = after.id;
  const stages = orderedChanges(before.stages, after.stages);
  const lanes = orderedChanges(before.lanes, after.lanes);
  const cards = touchedChanges(before.cards, after.cards, touched?.cards);
  const connections = touchedChanges(before.connections, after.connections, touched?.connections);
  let written = 0;
  const run = (statement: Statement, ...params: unknown[]) => {
    written += statement.run(...params).changes;
  };
  // Order matters because of ON DELETE CASCADE: a removed stage or lane is
  // deleted only after the cards that moved out of it have been rewritten,
  // so the cascade reaches only cards (and their connections) that are gone
  // from the new map too.
  for (const id of connections.deletes) run(s.deleteFrom.connections, mapId, id);
  for (const id of cards.deletes) run(s.deleteFrom.cards, mapId, id);
  for (const { item, index } of stages.upserts) run(s.upsertStage, mapId, stageRow(item, index));
  for (const { item, index } of lanes.upserts) run(s.upsertLane, mapId, stageRow(item, index));
  for (const card of cards.upserts) run(s.upsertCard, mapId, cardRow(card));
  for (const id of stages.deletes) run(s.deleteFrom.stages, mapId, id);
  for (const id of lanes.deletes) run(s.deleteFrom.lanes, mapId, id);
  for (const connection of connections.upserts) run(s.upsertConnection, mapId, connectionRow(connection));
  // Comments, votes and views refer to cards, stages and lanes only softly (no foreign keys), so their order does not matter.
  for (const [kind, field] of Object.entries(MAP_ITEM_COLLECTIONS) as [MapItemKind, MapItemCollection][]) {
    const then = mapItems(before, field);
    const now = mapItems(after, field);
    if (then === now) continue;
    const items = keyedChanges(then, now);
    for (const id of items.deletes) run(s.deleteItem, mapId, kind, id);
    for (const item of items.upserts) run(s.upsertItem, mapId, mapItemRow(kind, item));
  }
  // Most edits leave the map's own fields alone: stamp the row without serialising them again.
  if (before.name === after.name && sameMapExtra(before, after)) run(s.stampMap, updatedAt, mapId);
  else run(s.updateMap, after.name, mapExtra(after), updatedAt, mapId);
  return written;
}
