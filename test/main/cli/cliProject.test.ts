import fs from 'node:fs';
import { read, utils } from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../main/services/appServices';
import { dispatch } from '../../../main/services/dispatch';
import type { CallName, CallRequest, CallResponse } from '../../../src/api/contract';
import type { OpenProject } from '../../../src/model/project';
import { readProjectDocument } from '../../../src/schema/projectDocument';
import { sha256, tempDir } from '../support/files';
import { cli } from './cliSupport';

describe('journey-studio new and the data exports', () => {
  let temp: ReturnType<typeof tempDir>;
  let services: AppServices;
  beforeEach(() => {
    temp = tempDir('journey-cli-');
    services = createAppServices({ dataDir: temp.file('data'), projectsDir: temp.dir, appVersion: '1.0.0', host: 'browser' });
  });
  afterEach(async () => {
    await services.dispose();
    temp.remove();
  });

  async function call<K extends CallName>(name: K, request: CallRequest<K>): Promise<CallResponse<K>> {
    const reply = await dispatch(services.handlers, name, request);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as CallResponse<K>;
  }

  /** Opens a file the command wrote, reads `read` from it and closes it again. */
  async function inspect<T>(file: string, readIt: (projectId: string, project: OpenProject) => Promise<T>): Promise<T> {
    const project = await call('project.open', { path: file });
    const { projectId } = project;
    try {
      return await readIt(projectId, project);
    } finally {
      await call('project.close', { projectId });
    }
  }

  it('creates a project from a built-in template in Chinese, relative to the working folder', async () => {
    const run = await cli(['new', '门店', '--template', 'CARBUYER', '--lang', 'zh-CN', '--name', '门店旅程'], temp.dir);
    expect(run).toMatchObject({ code: 0, stdout: `${temp.file('门店.cjm')}\n` });
    expect(run.stderr).toMatch(/^Created "门店旅程" with the map "购车用户旅程" \(\d+ stages, \d+ lanes, \d+ cards\)\.\n$/);
    const { info, map } = await inspect(temp.file('门店.cjm'), async (projectId, project) => ({
      info: project.info,
      map: await call('map.get', { projectId, mapId: project.maps[0]!.id }),
    }));
    expect(info.name).toBe('门店旅程');
    expect(map.name).toBe('购车用户旅程');
    expect(map.stages.length).toBeGreaterThan(3);
    expect(map.stages.every((stage) => /[\u4e00-\u9fff]/.test(stage.name))).toBe(true);
  });

  it('never replaces an existing file, and lists the templates for an unknown one', async () => {
    expect((await cli(['new', 'shop.cjm', '--template', 'blank', '--map-name', 'Checkout'], temp.dir)).code).toBe(0);
    const before = sha256(temp.file('shop.cjm'));
    const again = await cli(['new', 'shop.cjm', '--template', 'starter'], temp.dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/journey-studio: .*shop\.cjm.*exists/);
    expect(sha256(temp.file('shop.cjm'))).toBe(before);

    const unknown = await cli(['new', 'other.cjm', '--template', 'kanban'], temp.dir);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('no built-in template called "kanban"');
    for (const key of ['blank', 'starter', 'paidChannel', 'consumerPurchase', 'b2bLead', 'serviceBlueprint', 'carBuyer']) expect(unknown.stderr).toContain(key);
    expect(fs.existsSync(temp.file('other.cjm'))).toBe(false);
  });

  it('exports the project as its versioned JSON, which reads back with every map', async () => {
    await cli(['new', 'shop.cjm', '--template', 'consumerPurchase'], temp.dir);
    const run = await cli(['export', 'shop.cjm', '--format', 'json', '--out', 'out/shop.json'], temp.dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`The folder of --out does not exist: ${temp.file('out')}`);

    fs.mkdirSync(temp.file('out'));
    const written = await cli(['export', 'shop.cjm', '--format', 'json', '--out', 'out/shop.json'], temp.dir);
    expect(written).toMatchObject({ code: 0, stdout: `${temp.file('out/shop.json')}\n` });
    const document = readProjectDocument(fs.readFileSync(temp.file('out/shop.json'), 'utf8'));
    const map = await inspect(temp.file('shop.cjm'), async (projectId) => call('map.get', { projectId, mapId: document.maps[0]!.id }));
    expect(document.maps).toHaveLength(1);
    expect(document.maps[0]).toMatchObject({ name: map.name, stages: map.stages, cards: map.cards });
  });

  it('exports pain points as CSV (UTF-8 with BOM) and gaps as XLSX, cell by cell', async () => {
    await cli(['new', 'shop.cjm', '--template', 'consumerPurchase', '--lang', 'zh-CN'], temp.dir);
    const map = await inspect(temp.file('shop.cjm'), async (projectId, project) => call('map.get', { projectId, mapId: project.maps[0]!.id }));
    const painLanes = new Set(map.lanes.filter((lane) => lane.type === 'painPoints').map((lane) => lane.id));
    const pains = Object.values(map.cards).filter((card) => painLanes.has(card.laneId));
    expect(pains.length).toBeGreaterThan(0);

    const csv = await cli(['export', 'shop.cjm', '--format', 'csv', '--table', 'painPoints', '--lang', 'zh-CN', '--out', 'pain.csv'], temp.dir);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(new RegExp(`Wrote ${pains.length} rows of painPoints`));
    const bytes = fs.readFileSync(temp.file('pain.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = utils.sheet_to_json<string[]>(read(bytes.toString('utf8').slice(1), { type: 'string' }).Sheets.Sheet1!, { header: 1 });
    expect(rows).toHaveLength(pains.length + 1);
    for (const pain of pains) expect(rows.some((row) => row.includes(pain.title))).toBe(true);

    const xlsx = await cli(['export', 'shop.cjm', '--format', 'xlsx', '--table', 'gaps', '--out', 'gaps.xlsx'], temp.dir);
    expect(xlsx.code).toBe(0);
    const book = read(fs.readFileSync(temp.file('gaps.xlsx')));
    const sheet = utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    const gapsRun = JSON.parse((await cli(['gaps', 'shop.cjm', '--json'], temp.dir)).stdout) as { gaps: { why: string }[] };
    expect(sheet).toHaveLength(gapsRun.gaps.length + 1);
    for (const gap of gapsRun.gaps) expect(sheet.some((row) => row.includes(gap.why))).toBe(true);
  });
});
