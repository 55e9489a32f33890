import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createAppServices } from '../services/appServices';
import { seedBenchProject } from './seedBenchProject';
import { appSide, bareSide, planEdits, type EditPlan, type Side } from './editSides';
import { PAIRS } from './benchResults';
import { entryFromPaired, median, pairedFigure, quantile, type PairedFigure, type RatioEntry, type Spread } from './benchSummary';

/**
 * `npm run bench -- edits`: one edit on a 5,000-card map through the API
 * (validation, command, durable commit) next to a bare better-sqlite3
 * transaction writing the same rows with prepared statements to a copy of the
 * same file under the same pragmas; and opening that project (project.open +
 * map.get) next to reading the same tables' rows with better-sqlite3.
 * Interleaved call by call, each pair on fresh copies of the seeded file.
 */

const CARDS = Number(process.env.BENCH_EDIT_CARDS ?? 5000);
const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const WARMUP = 5;
const OPENS = 5;

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

/**
 * One pair: the app and the bare side each on its own copy, interleaved call
 * by call (app open, bare open, ... then app edit, bare edit, ...), so a
 * burst of load on the shared machine hits both sides alike.
 */
async function runPair(app: Side, bare: Side): Promise<[EditSample, EditSample]> {
  const opens: [number[], number[]] = [[], []];
  for (let i = 0; i < OPENS; i += 1) {
    opens[0].push(await app.open());
    opens[1].push(await bare.open());
  }
  const ms: [number[], number[]] = [[], []];
  for (let i = -WARMUP; i < EDITS; i += 1) {
    const index = i < 0 ? i + WARMUP : i;
    const a = await app.edit(index);
    const b = await bare.edit(index);
    if (i >= 0) {
      ms[0].push(a);
      ms[1].push(b);
    }
  }
  return [sampleOf(ms[0], opens[0]), sampleOf(ms[1], opens[1])];
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
      process.stdout.write(`edits pair ${pair}/${PAIRS}: app and bare, interleaved...`);
      const appOne = appSide(appFile, plan, dir);
      const bareOne = bareSide(bareFile, plan);
      let a: EditSample;
      let b: EditSample;
      try {
        [a, b] = await runPair(appOne, bareOne);
      } finally {
        await appOne.close();
        await bareOne.close();
      }
      process.stdout.write(` p50 ${a.p50.toFixed(2)} vs ${b.p50.toFixed(2)} ms\n`);
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
