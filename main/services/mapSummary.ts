import type { Database } from 'better-sqlite3';
import type { JourneyMap } from '../../src/model/journey';
import type { MapSummary } from '../../src/model/project';
import { mapSketch } from '../../src/model/sketch';

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

/** A map as the project home lists it: counts, portfolio fields (defaults filled in) and a thumbnail sketch. */
export function summarizeMap(meta: MapMeta, map: JourneyMap): MapSummary {
  return {
    ...meta,
    stageCount: map.stages.length,
    laneCount: map.lanes.length,
    cardCount: Object.keys(map.cards).length,
    personaIds: map.personaIds ?? [],
    owner: map.owner ?? null,
    status: map.status ?? 'draft',
    sketch: mapSketch(map),
  };
}
