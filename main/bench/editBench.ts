import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createAppServices } from '../services/appServices';
import { dispatch } from '../services/dispatch';
import type { Handlers } from '../../src/api/contract';
import type { Command } from '../../src/commands/schemas';
import type { JourneyMap } from '../../src/model/journey';
import { seedBenchProject } from './seedBenchProject';
import { PAIRS } from './benchResults';
import { entryFromPaired, median, pairedFigure, quantile, type PairedFigure, type RatioEntry, type Spread } from './benchSummary';

/**
 * `npm run bench -- edits`: one edit on a 5,000-card map through the API
 * (validation, command, durable commit) next to a bare better-sqlite3
 * transaction writing the same rows with prepared statements to a copy of the
 * same file under the same pragmas; and opening that project (project.open +
 * map.get) next to reading the same tables' rows with better-sqlite3.
 * Interleaved, each run on a fresh copy of the seeded file.
 */

const CARDS = Number(process.env.BENCH_EDIT_CARDS ?? 5000);
const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const WARMUP = 5;
const OPENS = 5;

/**
 * The edits, alternating: a card's title, and moving the last card of one
 * cell to the end of another (and back), so that each edit writes exactly one
 * card row plus the map's row (name, extra, updated_at), which is what
 * persistMapChanges writes for them.
 */
interface EditPlan {
  mapId: string;
  titleCardId: string;
  moveCardId: string;
  cells: [{ stageId: string; laneId: string; order: number }, { stageId: string; laneId: string; order: number }];
}

function planEdits(map: JourneyMap): EditPlan {
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

type Edit = { kind: 'title'; title: string } | { kind: 'move'; stageId: string; laneId: string; order: number };

const editAt = (plan: EditPlan, i: number): Edit =>
  i % 2 === 0 ? { kind: 'title', title: `Edited title ${i}` } : { kind: 'move', ...plan.cells[((i - 1) / 2) % 2]! };

const toCommand = (plan: EditPlan, edit: Edit): Command =>
  edit.kind === 'title'
    ? { name: 'card.edit', args: { id: plan.titleCardId, patch: { title: edit.title } } }
    : { name: 'card.move', args: { moves: [{ id: plan.moveCardId, stageId: edit.stageId, laneId: edit.laneId, order: edit.order }] } };

interface EditSample {
  /** Milliseconds of each timed edit, in order (title, move, title, ...). */
  ms: number[];
  p50: number;
  p99: number;
  titleP50: number;
  moveP50: number;
  /** project.open + map.get (app) or opening the file and reading the rows (bare), median of a few. */
  openMs: number;
}

function sampleOf(ms: number[], opens: number[]): EditSample {
  return {
    ms,
    p50: quantile(ms, 0.5),
    p99: quantile(ms, 0.99),
    titleP50: median(ms.filter((_, i) => i % 2 === 0)),
    moveP50: median(ms.filter((_, i) => i % 2 === 1)),
    openMs: median(opens),
  };
}

async function appRun(file: string, plan: EditPlan, root: string): Promise<EditSample> {
  const services = createAppServices({ dataDir: path.join(root, 'data'), projectsDir: root, appVersion: 'bench', host: 'browser' });
  const call = async (name: keyof Handlers, request: unknown) => {
    const reply = await dispatch(services.handlers, name, request);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.value;
  };
  try {
    const opens: number[] = [];
    let projectId = '';
    for (let i = 0; i < OPENS; i += 1) {
      if (projectId) await call('project.close', { projectId });
      const started = performance.now();
      ({ projectId } = (await call('project.open', { path: file })) as { projectId: string });
      await call('map.get', { projectId, mapId: plan.mapId });
      opens.push(performance.now() - started);
    }
    const ms: number[] = [];
    for (let i = -WARMUP; i < EDITS; i += 1) {
      const command = toCommand(plan, editAt(plan, i < 0 ? i + WARMUP : i));
      const started = performance.now();
      await call('map.apply', { projectId, mapId: plan.mapId, commands: [command] });
      if (i >= 0) ms.push(performance.now() - started);
    }
    await call('project.close', { projectId });
    return sampleOf(ms, opens);
  } finally {
    await services.dispose();
  }
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

function bareRun(file: string, plan: EditPlan): EditSample {
  const opens: number[] = [];
  for (let i = 0; i < OPENS; i += 1) {
    const started = performance.now();
    const db = openBare(file);
    db.prepare('SELECT * FROM maps').all();
    for (const table of ['stages', 'lanes']) db.prepare(`SELECT id, position, name, data FROM ${table} WHERE map_id = ? ORDER BY position`).all(plan.mapId);
    db.prepare('SELECT id, stage_id, lane_id, position, title, data FROM cards WHERE map_id = ?').all(plan.mapId);
    db.prepare('SELECT id, source, target, data FROM connections WHERE map_id = ?').all(plan.mapId);
    db.prepare('SELECT kind, id, data FROM map_items WHERE map_id = ? ORDER BY rowid').all(plan.mapId);
    opens.push(performance.now() - started);
    db.close();
  }

  const db = openBare(file);
  try {
    const cardRow = db.prepare('SELECT id, stage_id, lane_id, position, title, data FROM cards WHERE map_id = ? AND id = ?');
    const titleRow = cardRow.get(plan.mapId, plan.titleCardId) as CardRow;
    const moveRow = cardRow.get(plan.mapId, plan.moveCardId) as CardRow;
    const mapRow = db.prepare('SELECT name, extra FROM maps WHERE id = ?').get(plan.mapId) as { name: string; extra: string };
    const upsertCard = db.prepare(`INSERT INTO cards (map_id, id, stage_id, lane_id, position, title, data)
      VALUES (?, @id, @stage_id, @lane_id, @position, @title, @data)
      ON CONFLICT (map_id, id) DO UPDATE SET stage_id = excluded.stage_id, lane_id = excluded.lane_id,
        position = excluded.position, title = excluded.title, data = excluded.data`);
    const updateMap = db.prepare('UPDATE maps SET name = ?, extra = ?, updated_at = ? WHERE id = ?');
    const write = db.transaction((row: CardRow) => {
      upsertCard.run(plan.mapId, row);
      updateMap.run(mapRow.name, mapRow.extra, new Date().toISOString(), plan.mapId);
    });
    const ms: number[] = [];
    for (let i = -WARMUP; i < EDITS; i += 1) {
      const edit = editAt(plan, i < 0 ? i + WARMUP : i);
      const started = performance.now();
      const row: CardRow =
        edit.kind === 'title' ? { ...titleRow, title: edit.title } : { ...moveRow, stage_id: edit.stageId, lane_id: edit.laneId, position: edit.order };
      write.immediate(row);
      if (i >= 0) ms.push(performance.now() - started);
    }
    return sampleOf(ms, opens);
  } finally {
    db.close();
  }
}

/** A digest of the card rows and the map's own row (but its time stamp): both sides must end with the same file content. */
function rowsDigest(file: string, mapId: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    for (const row of db.prepare('SELECT id, stage_id, lane_id, position, title, data FROM cards WHERE map_id = ? ORDER BY id').iterate(mapId)) hash.update(JSON.stringify(row));
    hash.update(JSON.stringify(db.prepare('SELECT name, extra FROM maps WHERE id = ?').get(mapId)));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export interface EditBenchResult {
  cards: number;
  edits: number;
  app: EditSample[];
  bare: EditSample[];
  p50: PairedFigure;
  p99: PairedFigure;
  titleP50: PairedFigure;
  moveP50: PairedFigure;
  open: PairedFigure;
  /** Whether the app's file and the bare file held the same card and map rows after each pair's edits. */
  sameRows: boolean[];
}

export async function benchEdits(): Promise<EditBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-edits-'));
  try {
    const master = path.join(root, `bench-${CARDS}.cjm`);
    process.stdout.write(`edits: seeding a map of ${CARDS} cards...\n`);
    const services = createAppServices({ dataDir: path.join(root, 'seed-data'), projectsDir: root, appVersion: 'bench', host: 'browser' });
    let plan: EditPlan;
    try {
      await seedBenchProject(services.handlers, master, CARDS);
      const opened = await services.handlers['project.open']({ path: master });
      plan = planEdits(await services.handlers['map.get']({ projectId: opened.projectId, mapId: opened.maps[0]!.id }));
      await services.handlers['project.close']({ projectId: opened.projectId });
    } finally {
      await services.dispose();
    }
    const app: EditSample[] = [];
    const bare: EditSample[] = [];
    const sameRows: boolean[] = [];
    for (let pair = 1; pair <= PAIRS; pair += 1) {
      const dir = path.join(root, `pair-${pair}`);
      fs.mkdirSync(dir);
      const appFile = path.join(dir, 'app.cjm');
      const bareFile = path.join(dir, 'bare.cjm');
      fs.copyFileSync(master, appFile);
      fs.copyFileSync(master, bareFile);
      process.stdout.write(`edits pair ${pair}/${PAIRS}: app...`);
      const a = await appRun(appFile, plan, dir);
      process.stdout.write(` p50 ${a.p50.toFixed(2)} ms; bare...`);
      const b = bareRun(bareFile, plan);
      process.stdout.write(` p50 ${b.p50.toFixed(2)} ms\n`);
      app.push(a);
      bare.push(b);
      sameRows.push(rowsDigest(appFile, plan.mapId) === rowsDigest(bareFile, plan.mapId));
      fs.rmSync(dir, { recursive: true, force: true });
    }
    if (sameRows.includes(false)) console.warn('edits: the app and the bare transaction did not leave the same card rows: the baseline no longer writes what the app writes');
    const figure = (pick: (s: EditSample) => number) => pairedFigure(app.map(pick), bare.map(pick), 'lowerIsBetter');
    return {
      cards: CARDS,
      edits: EDITS,
      app,
      bare,
      p50: figure((s) => s.p50),
      p99: figure((s) => s.p99),
      titleP50: figure((s) => s.titleP50),
      moveP50: figure((s) => s.moveP50),
      open: figure((s) => s.openMs),
      sameRows,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function editEntries(result: EditBenchResult): RatioEntry[] {
  return [
    entryFromPaired('edit.p50', result.p50, 'lowerIsBetter', '<= 2'),
    entryFromPaired('edit.p99', result.p99, 'lowerIsBetter', '<= 3'),
    entryFromPaired(`open.n${result.cards}`, result.open, 'lowerIsBetter', '<= 2'),
  ];
}

const med = (f: Spread) => `${f.median.toFixed(2)} [${f.min.toFixed(2)}–${f.max.toFixed(2)}]`;

export function printEditTable(result: EditBenchResult): void {
  const rows: [string, PairedFigure][] = [
    ['edit p50 (ms)', result.p50],
    ['edit p99 (ms)', result.p99],
    ['  title edit p50 (ms)', result.titleP50],
    ['  card move p50 (ms)', result.moveP50],
    [`open ${result.cards} cards (ms)`, result.open],
  ];
  console.table(rows.map(([figure, f]) => ({ figure, 'app median [min–max]': med(f.app), 'bare median [min–max]': med(f.bare), ratio: f.ratio.toFixed(2) })));
  console.log(`same card rows in both files after the edits: ${result.sameRows.every(Boolean) ? 'yes' : 'NO'}`);
}
