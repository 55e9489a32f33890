import type { Database } from 'better-sqlite3';
import type { Comment, SavedView, VoteSession } from '../../src/model/annotations';
import type { GapAcceptance } from '../../src/model/gaps';
import type { Card, Connection, JourneyMap, Lane, Stage } from '../../src/model/journey';

/**
 * Conversion between journey-map entities and table rows. Well-known fields
 * have columns; everything else (optional fields and fields from newer apps)
 * goes into the row's JSON `data`, so nothing is lost on a round trip.
 */

export interface StageRow { id: string; position: number; name: string; data: string }
export interface CardRow { id: string; stage_id: string; lane_id: string; position: number; title: string; data: string }
export interface ConnectionRow { id: string; source: string; target: string; data: string }
export interface MapRow { id: string; name: string; position: number; created_at: string; updated_at: string; extra: string }
/** One comment, vote session or saved view of a map (table map_items). */
export interface MapItemRow { kind: MapItemKind; id: string; data: string }

/** The map's collections stored one item per row, by row kind. */
export const MAP_ITEM_COLLECTIONS = { comment: 'comments', vote: 'votes', view: 'views', gapAcceptance: 'gapAcceptances' } as const;
export type MapItemKind = keyof typeof MAP_ITEM_COLLECTIONS;
export type MapItemCollection = (typeof MAP_ITEM_COLLECTIONS)[MapItemKind];
export const MAP_ITEM_KINDS = Object.keys(MAP_ITEM_COLLECTIONS) as MapItemKind[];
export type MapItem = Comment | VoteSession | SavedView | GapAcceptance;

/** One of the map's item collections, as a plain record (the item types differ by kind). */
export const mapItems = (map: JourneyMap, field: MapItemCollection): Record<string, MapItem> | undefined => map[field];

type Loose = Record<string, unknown>;

/** Every field not in `known`. */
function rest(entity: Loose, known: readonly string[]): Loose {
  const fields: Loose = {};
  for (const [key, value] of Object.entries(entity)) {
    if (!known.includes(key) && value !== undefined) fields[key] = value;
  }
  return fields;
}

/** JSON of every field not in `known`; '{}' when there is none. */
const restJson = (entity: Loose, known: readonly string[]): string => JSON.stringify(rest(entity, known));

const parseData = (json: string): Loose => JSON.parse(json) as Loose;

const STAGE_KEYS = ['id', 'name'] as const;
const CARD_KEYS = ['id', 'stageId', 'laneId', 'order', 'title'] as const;
const CONNECTION_KEYS = ['id', 'source', 'target'] as const;
const MAP_KEYS = ['id', 'name', 'stages', 'lanes', 'cards', 'connections'] as const;

export const stageRow = (stage: Stage | Lane, position: number): StageRow => ({
  id: stage.id,
  position,
  name: stage.name,
  data: restJson(stage, STAGE_KEYS),
});

export const cardRow = (card: Card): CardRow => ({
  id: card.id,
  stage_id: card.stageId,
  lane_id: card.laneId,
  position: card.order,
  title: card.title,
  data: restJson(card, CARD_KEYS),
});

export const connectionRow = (connection: Connection): ConnectionRow => ({
  id: connection.id,
  source: connection.source,
  target: connection.target,
  data: restJson(connection, CONNECTION_KEYS),
});

/**
 * The map's own fields beyond the known ones (e.g. from a newer app). Comments,
 * votes and views have rows of their own; an empty collection is kept here as
 * `{}` so that a map reads back exactly as it was written.
 */
export function mapExtra(map: JourneyMap): string {
  const extra = rest(map, MAP_KEYS);
  for (const field of Object.values(MAP_ITEM_COLLECTIONS)) {
    const collection = map[field];
    if (collection !== undefined && Object.keys(collection).length > 0) delete extra[field];
  }
  return JSON.stringify(extra);
}

/** True when `after` has the same fields beyond the known ones as `before` (same keys, identical values), so its `extra` column is unchanged. */
export function sameMapExtra(before: JourneyMap, after: JourneyMap): boolean {
  if (before === after) return true;
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => (MAP_KEYS as readonly string[]).includes(key) || (Object.hasOwn(before, key) && Reflect.get(before, key) === Reflect.get(after, key)));
}

/** The rows of one of the map's collections (comments, votes or views). */
export const mapItemRows = (kind: MapItemKind, items: Record<string, MapItem> | undefined): MapItemRow[] =>
  Object.values(items ?? {}).map((item) => mapItemRow(kind, item));

export const mapItemRow = (kind: MapItemKind, item: MapItem): MapItemRow => ({ kind, id: item.id, data: restJson(item, ['id']) });

/**
 * Known fields first (for people reading an export), and they win over any
 * same-named key in `data`. Most rows have no other field ('{}'): their known
 * fields (a fresh object) are the entity, with no JSON to parse.
 */
const entity = <T extends Loose>(known: T, data: string): T => (data === '{}' ? known : { ...known, ...parseData(data), ...known });

export const stageFromRow = (row: StageRow): Stage => entity({ id: row.id, name: row.name }, row.data);
// The lane's `type` lives in `data`; the file was written from a validated Lane.
export const laneFromRow = (row: StageRow): Lane => entity({ id: row.id, name: row.name }, row.data) as Lane;
export const cardFromRow = (row: CardRow): Card =>
  entity({ id: row.id, stageId: row.stage_id, laneId: row.lane_id, order: row.position, title: row.title }, row.data);
export const connectionFromRow = (row: ConnectionRow): Connection =>
  entity({ id: row.id, source: row.source, target: row.target }, row.data);

/** Reads one whole map; undefined when there is no such map. */
export function loadMap(db: Database, mapId: string): JourneyMap | undefined {
  const row = db.prepare('SELECT * FROM maps WHERE id = ?').get(mapId) as MapRow | undefined;
  if (!row) return undefined;
  const byPosition = (table: string) =>
    db.prepare(`SELECT id, position, name, data FROM ${table} WHERE map_id = ? ORDER BY position`).all(mapId) as StageRow[];
  // Raw rows (arrays) spare one object per row on a map of thousands of cards.
  const cards: Record<string, Card> = {};
  const cardRows = db.prepare('SELECT id, stage_id, lane_id, position, title, data FROM cards WHERE map_id = ?').raw().all(mapId) as [string, string, string, number, string, string][];
  for (const [id, stageId, laneId, order, title, data] of cardRows) {
    cards[id] = entity({ id, stageId, laneId, order, title }, data);
  }
  const connections: Record<string, Connection> = {};
  for (const connectionData of db.prepare('SELECT id, source, target, data FROM connections WHERE map_id = ?').all(mapId) as ConnectionRow[]) {
    connections[connectionData.id] = connectionFromRow(connectionData);
  }
  const map: JourneyMap = entity(
    {
      id: row.id,
      name: row.name,
      stages: byPosition('stages').map(stageFromRow),
      lanes: byPosition('lanes').map(laneFromRow),
      cards,
      connections,
    },
    row.extra,
  );
  // Oldest row first, so a collection keeps the order its items were added in.
  for (const item of db.prepare('SELECT kind, id, data FROM map_items WHERE map_id = ? ORDER BY rowid').all(mapId) as MapItemRow[]) {
    const field = MAP_ITEM_COLLECTIONS[item.kind];
    // A kind this version does not know (none exist yet; a hand-edited file might) stays in the file, unread.
    if (field === undefined) continue;
    // The file was written from validated items.
    const items = (map[field] ??= {}) as Record<string, MapItem>;
    items[item.id] = entity({ id: item.id }, item.data) as MapItem;
  }
  return map;
}

/** Writes every row of a map that is not in the file yet. */
export function insertMap(db: Database, map: JourneyMap, meta: { position: number; createdAt: string; updatedAt: string }): void {
  db.prepare('INSERT INTO maps (id, name, position, created_at, updated_at, extra) VALUES (?, ?, ?, ?, ?, ?)').run(
    map.id,
    map.name,
    meta.position,
    meta.createdAt,
    meta.updatedAt,
    mapExtra(map),
  );
  const insertStage = db.prepare('INSERT INTO stages (map_id, id, position, name, data) VALUES (?, @id, @position, @name, @data)');
  const insertLane = db.prepare('INSERT INTO lanes (map_id, id, position, name, data) VALUES (?, @id, @position, @name, @data)');
  const insertCard = db.prepare(
    'INSERT INTO cards (map_id, id, stage_id, lane_id, position, title, data) VALUES (?, @id, @stage_id, @lane_id, @position, @title, @data)',
  );
  const insertConnection = db.prepare('INSERT INTO connections (map_id, id, source, target, data) VALUES (?, @id, @source, @target, @data)');
  map.stages.forEach((stage, i) => insertStage.run(map.id, stageRow(stage, i)));
  map.lanes.forEach((lane, i) => insertLane.run(map.id, stageRow(lane, i)));
  for (const card of Object.values(map.cards)) insertCard.run(map.id, cardRow(card));
  for (const connection of Object.values(map.connections)) insertConnection.run(map.id, connectionRow(connection));
  const itemRows = MAP_ITEM_KINDS.flatMap((kind) => mapItemRows(kind, mapItems(map, MAP_ITEM_COLLECTIONS[kind])));
  if (itemRows.length === 0) return;
  const insertItem = db.prepare('INSERT INTO map_items (map_id, kind, id, data) VALUES (?, @kind, @id, @data)');
  for (const itemRow of itemRows) insertItem.run(map.id, itemRow);
}
