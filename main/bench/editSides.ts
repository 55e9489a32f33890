import path from 'node:path';
import Database from 'better-sqlite3';
import { createAppServices } from '../services/appServices';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../../src/api/contract';
import type { Command } from '../../src/commands/schemas';
import type { JourneyMap } from '../../src/model/journey';

/**
 * The two sides of the edit bench: the app through its API, and bare
 * better-sqlite3 writing the rows the same edits write, under the same pragmas.
 */
/**
 * The edits, alternating: a card's title, and moving the last card of one
 * cell to the end of another (and back), so that each edit writes exactly one
 * card row plus the map's row (name, extra, updated_at), which is what
 * persistMapChanges writes for them.
 */
export interface EditPlan {
  mapId: string;
  titleCardId: string;
  moveCardId: string;
  cells: [{ stageId: string; laneId: string; order: number }, { stageId: string; laneId: string; order: number }];
}

export function planEdits(map: JourneyMap): EditPlan {
  const cards = Object.values(map.cards);
  const inCell = (stageId: string, laneId: string) => cards.filter((c) => c.stageId === stageId && c.laneId === laneId);
  const a = cards[0]!;
  const b = cards.find((c) => c.stageId !== a.stageId && c.laneId === a.laneId) ?? cards.find((c) => c.stageId !== a.stageId)!;
  const cellA = inCell(a.stageId, a.laneId);
  const cellB = inCell(b.stageId, b.laneId);
  const last = cellA.reduce((top, c) => (c.order > top.order ? c : top), cellA[0]!);
  const title = cellA.find((c) => c.id !== last.id) ?? cellB[0]!;
  return {
    mapId: map.id,
    titleCardId: title.id,
    moveCardId: last.id,
    // Moving to the end of B, then back to the end of A (where it came from).
    cells: [
      { stageId: b.stageId, laneId: b.laneId, order: cellB.length },
      { stageId: a.stageId, laneId: a.laneId, order: cellA.length - 1 },
    ],
  };
}

export type Edit = { kind: 'title'; title: string } | { kind: 'move'; stageId: string; laneId: string; order: number };

export const editAt = (plan: EditPlan, i: number): Edit =>
  i % 2 === 0 ? { kind: 'title', title: `Edited title ${i}` } : { kind: 'move', ...plan.cells[((i - 1) / 2) % 2]! };

const toCommand = (plan: EditPlan, edit: Edit): Command =>
  edit.kind === 'title'
    ? { name: 'card.edit', args: { id: plan.titleCardId, patch: { title: edit.title } } }
    : { name: 'card.move', args: { moves: [{ id: plan.moveCardId, stageId: edit.stageId, laneId: edit.laneId, order: edit.order }] } };

/** One side of the comparison on its own copy of the file: open it (timed), then apply the i-th edit (timed). */
export interface Side {
  open(): Promise<number>;
  edit(i: number): Promise<number>;
  close(): Promise<void>;
}

/** The app, in process, through the same dispatch as both transports (request validation included). */
export function appSide(file: string, plan: EditPlan, root: string): Side {
  const services = createAppServices({ dataDir: path.join(root, 'data'), projectsDir: root, appVersion: 'bench', host: 'browser' });
  const call = async (name: keyof Handlers, request: unknown) => {
    const reply = await dispatch(services.handlers, name, request);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.value;
  };
  let projectId = '';
  const closeProject = async () => {
    if (projectId) await call('project.close', { projectId });
    projectId = '';
  };
  return {
    async open() {
      await closeProject();
      const started = performance.now();
      ({ projectId } = (await call('project.open', { path: file })) as { projectId: string });
      await call('map.get', { projectId, mapId: plan.mapId });
      return performance.now() - started;
    },
    async edit(i) {
      const command = toCommand(plan, editAt(plan, i));
      const started = performance.now();
      await call('map.apply', { projectId, mapId: plan.mapId, commands: [command] });
      return performance.now() - started;
    },
    async close() {
      await closeProject();
      await services.dispose();
    },
  };
}

/** The store's connection settings (main/services/projectFile.ts openLocked). */
function openBare(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec('BEGIN IMMEDIATE; COMMIT');
  return db;
}

interface CardRow {
  id: string;
  stage_id: string;
  lane_id: string;
  position: number;
  title: string;
  data: string;
}

/** Bare better-sqlite3: open and read the map's rows; an edit is one transaction writing the card row and the map row. */
export function bareSide(file: string, plan: EditPlan): Side {
  let db: Database.Database | null = null;
  let write: ((edit: Edit) => void) | null = null;
  const prepareWrites = (open: Database.Database) => {
    const cardRow = open.prepare('SELECT id, stage_id, lane_id, position, title, data FROM cards WHERE map_id = ? AND id = ?');
    const titleRow = cardRow.get(plan.mapId, plan.titleCardId) as CardRow;
    const moveRow = cardRow.get(plan.mapId, plan.moveCardId) as CardRow;
    const mapRow = open.prepare('SELECT name, extra FROM maps WHERE id = ?').get(plan.mapId) as { name: string; extra: string };
    const upsertCard = open.prepare(`INSERT INTO cards (map_id, id, stage_id, lane_id, position, title, data)
      VALUES (?, @id, @stage_id, @lane_id, @position, @title, @data)
      ON CONFLICT (map_id, id) DO UPDATE SET stage_id = excluded.stage_id, lane_id = excluded.lane_id,
        position = excluded.position, title = excluded.title, data = excluded.data`);
    const updateMap = open.prepare('UPDATE maps SET name = ?, extra = ?, updated_at = ? WHERE id = ?');
    const transaction = open.transaction((row: CardRow) => {
      upsertCard.run(plan.mapId, row);
      updateMap.run(mapRow.name, mapRow.extra, new Date().toISOString(), plan.mapId);
    });
    return (edit: Edit) => {
      const row: CardRow =
        edit.kind === 'title' ? { ...titleRow, title: edit.title } : { ...moveRow, stage_id: edit.stageId, lane_id: edit.laneId, position: edit.order };
      transaction.immediate(row);
    };
  };
  return {
    async open() {
      db?.close();
      const started = performance.now();
      const opened = openBare(file);
      opened.prepare('SELECT * FROM maps').all();
      for (const table of ['stages', 'lanes']) opened.prepare(`SELECT id, position, name, data FROM ${table} WHERE map_id = ? ORDER BY position`).all(plan.mapId);
      opened.prepare('SELECT id, stage_id, lane_id, position, title, data FROM cards WHERE map_id = ?').all(plan.mapId);
      opened.prepare('SELECT id, source, target, data FROM connections WHERE map_id = ?').all(plan.mapId);
      opened.prepare('SELECT kind, id, data FROM map_items WHERE map_id = ? ORDER BY rowid').all(plan.mapId);
      const ms = performance.now() - started;
      db = opened;
      write = null;
      return ms;
    },
    async edit(i) {
      // The rows an edit starts from are read once, outside the timing (the app holds its map in memory too).
      write ??= prepareWrites(db!);
      const edit = editAt(plan, i);
      const started = performance.now();
      write(edit);
      return performance.now() - started;
    },
    async close() {
      db?.close();
      db = null;
    },
  };
}
