import type { Database } from 'better-sqlite3';
import type { Id, JourneyMap } from '../../src/model/journey';
import type { MapSummary } from '../../src/model/project';
import { sketchFromCells } from '../../src/model/sketch';
import { laneFromRow, type StageRow } from './mapRows';

/** What the maps table itself says about a map: the rest of its summary comes from the map. */
export interface MapMeta {
  id: string;
  name: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

const META_SQL = 'SELECT id, name, position, created_at AS createdAt, updated_at AS updatedAt FROM maps';

/** Every map's row, in the order the user sees them. */
export function mapMetas(db: Database): MapMeta[] {
  return db.prepare(`${META_SQL} ORDER BY position, created_at`).all() as MapMeta[];
}

/** One map's row; undefined when there is no such map. */
export function mapMeta(db: Database, mapId: string): MapMeta | undefined {
  return db.prepare(`${META_SQL} WHERE id = ?`).get(mapId) as MapMeta | undefined;
}

/**
 * A map as the project home lists it: counts, portfolio fields (defaults filled
 * in) and a thumbnail sketch (mapSketch), read from the map's rows without
 * loading its cards: the cards_cell index counts them per cell. Opening a project lists
 * its maps this way, so it reads no map it does not show.
 */
export function summarizeStoredMap(db: Database, meta: MapMeta): MapSummary {
  const extraJson = db.prepare('SELECT extra FROM maps WHERE id = ?').pluck().get(meta.id) as string;
  const extra = JSON.parse(extraJson) as Partial<JourneyMap>;
  const stages = db.prepare('SELECT id FROM stages WHERE map_id = ? ORDER BY position').all(meta.id) as { id: Id }[];
  const laneRows = db.prepare('SELECT id, position, name, data FROM lanes WHERE map_id = ? ORDER BY position').all(meta.id) as StageRow[];
  const lanes = laneRows.map(laneFromRow);
  const cells = db
    .prepare('SELECT stage_id, lane_id, count(*) FROM cards WHERE map_id = ? GROUP BY stage_id, lane_id')
    .raw()
    .all(meta.id) as [Id, Id, number][];
  return {
    ...meta,
    stageCount: stages.length,
    laneCount: lanes.length,
    cardCount: cells.reduce((sum, [, , count]) => sum + count, 0),
    personaIds: extra.personaIds ?? [],
    owner: extra.owner ?? null,
    status: extra.status ?? 'draft',
    sketch: sketchFromCells(stages, lanes, cells),
  };
}
