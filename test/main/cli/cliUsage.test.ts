import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../main/services/appServices';
import { dispatch } from '../../../main/services/dispatch';
import type { OpenProject } from '../../../src/model/project';
import { tempDir } from '../support/files';
import { cli } from './cliSupport';

describe('command-line usage errors and exit codes', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    temp = tempDir('journey-cli-usage-');
    expect((await cli(['new', 'two.cjm', '--template', 'blank', '--map-name', 'As-is'], temp.dir)).code).toBe(0);
  });
  afterEach(() => temp.remove());

  it('prints the version, and help with examples and the exit codes for the program and every command', async () => {
    expect(await cli(['--version'], temp.dir)).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    const help = await cli(['--help'], temp.dir);
    expect(help.code).toBe(0);
    for (const command of ['export', 'import', 'import-json', 'gaps', 'metrics', 'new']) expect(help.stdout).toContain(command);
    expect(help.stdout).toContain('3    file not found, or not a Journey Studio project');
    for (const command of ['export', 'import', 'import-json', 'gaps', 'metrics', 'new']) {
      const commandHelp = await cli([command, '--help'], temp.dir);
      expect(commandHelp.code, command).toBe(0);
      expect(commandHelp.stdout, command).toContain(`journey-studio ${command} `);
      expect(commandHelp.stdout, command).toContain('Exit codes:');
    }
    expect((await cli(['new', '--help'], temp.dir)).stdout).toContain('serviceBlueprint');
  });

  it.each([
    [['gaps', 'two.cjm', '--colour'], "unknown option '--colour'"],
    [['gaps'], "missing required argument 'project'"],
    [[], 'Usage: journey-studio'],
    [['publish', 'two.cjm'], "unknown command 'publish'"],
    [['export', 'two.cjm', '--format', 'docx', '--out', 'x.docx'], 'Allowed choices are pdf, png, svg, json, csv, xlsx'],
    [['export', 'two.cjm', '--format', 'pdf'], "required option '--out <file>' not specified"],
    [['export', 'two.cjm', '--format', 'png', '--png-scale', '3', '--out', 'x.png'], 'Allowed choices are 1, 2, 4'],
    [['export', 'two.cjm', '--format', 'pdf', '--fit', '--tiles', '--out', 'x.pdf'], "option '--fit' cannot be used with option '--tiles'"],
    [['export', 'two.cjm', '--format', 'png', '--tiles', '--out', 'x.png'], '--tiles cannot be used with --format png'],
    [['export', 'two.cjm', '--format', 'json', '--no-legend', '--lanes', 'A', '--out', 'x.json'], '--lanes, --no-legend cannot be used with --format json'],
    [['export', 'two.cjm', '--format', 'csv', '--out', 'x.csv'], '--format csv needs --table painPoints, gaps or metrics'],
    [['import', 'two.cjm', 'x.csv', '--preset', 'Weekly', '--mapping', 'm.json'], '--preset and --mapping cannot be used together'],
  ])('exits 2 for %j, saying why', async (argv, message) => {
    const run = await cli(argv, temp.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(fs.readdirSync(temp.dir)).toEqual(['two.cjm']);
  });

  it('asks for --map when the project has several maps, listing them', async () => {
    expect((await cli(['new', 'one.cjm', '--template', 'blank'], temp.dir)).code).toBe(0);
    const services = createAppServices({ dataDir: temp.file('data'), projectsDir: temp.dir, appVersion: '1', host: 'browser' });
    const opened = await dispatch(services.handlers, 'project.open', { path: temp.file('one.cjm') });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(await dispatch(services.handlers, 'map.create', { projectId: (opened.value as OpenProject).projectId, name: 'To-be' })).toMatchObject({ ok: true });
    await services.dispose();
    const run = await cli(['gaps', 'one.cjm'], temp.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"one.cjm" has 2 maps; choose one with --map. Maps: "Blank map", "To-be"');
    expect((await cli(['gaps', 'one.cjm', '--map', 'to-be'], temp.dir)).code).toBe(0);
  });

  it('checks that the print view is built and that the lanes and stages named exist, before any rendering', async () => {
    expect((await cli(['new', 'car.cjm', '--template', 'carBuyer', '--lang', 'zh-CN'], temp.dir)).code).toBe(0);
    const unbuilt = await cli(['export', 'car.cjm', '--format', 'pdf', '--out', 'car.pdf'], temp.dir, { staticDir: temp.file('nothing') });
    expect(unbuilt.code).toBe(1);
    expect(unbuilt.stderr).toContain(`The print view is not built (${temp.file('nothing/print/print.html')} is missing); run npm run build first.`);

    // A print view that is there (never loaded: the names are checked first).
    fs.mkdirSync(temp.file('renderer/print'), { recursive: true });
    fs.writeFileSync(temp.file('renderer/print/print.html'), '<!doctype html>');
    const lanes = await cli(['export', 'car.cjm', '--format', 'svg', '--lanes', '触点, Backstage', '--out', 'car.svg'], temp.dir, { staticDir: temp.file('renderer') });
    expect(lanes.code).toBe(2);
    expect(lanes.stderr).toContain('--lanes: no lane called "Backstage" in map "购车用户旅程". Available: "客户行为", "渠道", "触点"');
    const stages = await cli(['export', 'car.cjm', '--format', 'png', '--stages', '交付,Delivery', '--out', 'car.png'], temp.dir, { staticDir: temp.file('renderer') });
    expect(stages.code).toBe(2);
    expect(stages.stderr).toContain('--stages: no stage called "Delivery"');
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['car.cjm', 'renderer', 'two.cjm']);
  });

  it('exits 3 for a missing project file and for a file that is not a project', async () => {
    const missing = await cli(['gaps', 'nowhere.cjm'], temp.dir);
    expect(missing).toMatchObject({ code: 3, stdout: '' });
    expect(missing.stderr).toBe(`journey-studio: Project file not found: ${temp.file('nowhere.cjm')}\n`);
    fs.writeFileSync(temp.file('notes.cjm'), 'just some text, long enough to have a header of a hundred bytes or so '.repeat(3));
    const foreign = await cli(['metrics', 'notes.cjm'], temp.dir);
    expect(foreign.code).toBe(3);
    expect(foreign.stderr).toContain('notes.cjm');
  });
});
