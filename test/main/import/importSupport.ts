import fs from 'node:fs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { createAppServices, type AppServices } from '../../../main/services/appServices';
import { dispatch } from '../../../main/services/dispatch';
import type { CallName, CallRequest, CallResponse, ImportJobState } from '../../../src/api/contract';
import type { Command } from '../../../src/commands/schemas';
import type { ImportMapping, MetricsMapping } from '../../../src/import/mapping';
import { tempDir } from '../support/files';

/** A project with one map of five stages (ids aw, co, mql, sql, won) and two cards, opened through the real handlers. */
export async function importFixture() {
  const temp = tempDir('journey-import-');
  const services: AppServices = createAppServices({ dataDir: temp.file('data'), projectsDir: temp.file('projects'), appVersion: '1.0.0', host: 'browser' });

  async function call<K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> {
    const reply = await dispatch(services.handlers, name, request);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
    return reply.value as CallResponse<K>;
  }
  /** The error of a call that must fail. */
  async function refused<K extends CallName>(name: K, request: CallRequest<K>) {
    const reply = await dispatch(services.handlers, name, request);
    expect(reply.ok, `${name} should have failed`).toBe(false);
    return (reply as { ok: false; error: { code: string; message: string } }).error;
  }

  const projectFile = temp.file('projects/metrics.cjm');
  let projectId = (await call('project.create', { path: projectFile, name: 'Metrics' })).projectId;
  const mapId = 'm1';
  await call('map.create', { projectId, mapId, name: 'Funnel' });
  const stages: Command[] = [
    ['aw', 'Awareness'],
    ['co', 'Consideration'],
    ['mql', 'MQL'],
    ['sql', 'SQL'],
    ['won', 'Won'],
  ].map(([id, name]) => ({ name: 'stage.add', args: { stage: { id: id!, name: name! } } }));
  await call('map.apply', {
    projectId,
    mapId,
    commands: [
      ...stages,
      { name: 'lane.add', args: { lane: { id: 'l1', name: 'Touchpoints', type: 'touchpoints' } } },
      { name: 'card.add', args: { cards: [{ id: 'c1', stageId: 'aw', laneId: 'l1', order: 0, title: 'Search ads' }] } },
    ],
  });

  /** Writes a CSV with PapaParse (as a spreadsheet app would save it). */
  const writeCsv = (name: string, rows: (string | number)[][]): string => {
    const file = temp.file(name);
    fs.writeFileSync(file, Papa.unparse(rows, { newline: '\r\n' }));
    return file;
  };

  /** Polls a job until it leaves 'reading'. */
  async function settle(jobId: string): Promise<ImportJobState> {
    for (;;) {
      const state = await call('import.status', { jobId });
      if (state.phase !== 'reading') return state;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Starts a job on the map and waits for it to be ready (or fail). */
  async function read(path: string, mapping: ImportMapping, options: { presetId?: string; sheet?: string } = {}) {
    const { jobId } = await call('import.start', {
      projectId,
      mapId,
      path,
      read: options.sheet ? { sheet: options.sheet } : {},
      mapping,
      ...(options.presetId ? { presetId: options.presetId } : {}),
    });
    return { jobId, state: await settle(jobId) };
  }

  return {
    temp,
    services,
    call,
    refused,
    mapId,
    projectFile,
    get projectId() {
      return projectId;
    },
    /** Closes and reopens the project (e.g. after changing the file with raw SQLite). */
    async reopen(between?: () => void) {
      await call('project.close', { projectId });
      between?.();
      projectId = (await call('project.open', { path: projectFile })).projectId;
    },
    writeCsv,
    settle,
    read,
    async dispose() {
      await services.dispose();
      temp.remove();
    },
  };
}

export type ImportFixture = Awaited<ReturnType<typeof importFixture>>;

/** Date in column A, stage name in B, impressions in C and clicks in D, header on the first row. */
export const STAGE_MAPPING: MetricsMapping = {
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target: { kind: 'stage', column: 1 },
  period: 0,
  layout: {
    layout: 'wide',
    metrics: [
      { column: 2, metric: 'impressions' },
      { column: 3, metric: 'clicks' },
    ],
  },
};
