import { describe, expect, it } from 'vitest';
import { CliError } from '../../../main/cli/cliErrors';
import { buildExportOptions, type PrintExportFlags } from '../../../main/cli/exportFlags';
import { resolveMap, resolveNames, splitList } from '../../../main/cli/mapRefs';
import { periodStart } from '../../../main/cli/periodFlag';
import { displayWidth, textTable } from '../../../main/cli/textTable';
import type { MapSummary } from '../../../src/model/project';

const ALL = { laneIds: null, stageIds: null, personaIds: null };
// What commander gives when no option was typed: the negatable options are true.
const NONE: PrintExportFlags = { format: 'pdf', out: 'x.pdf', cropMarks: true, pageLabels: true, gapMarkers: true, metrics: true, titlePage: true, legend: true };

/** The usage error `run` throws (exit 2), or fails. */
function usage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).message;
  }
  throw new Error('expected a usage error');
}

describe('export options from flags', () => {
  it('gives the dialog defaults when no option is typed', () => {
    expect(buildExportOptions({ ...NONE, format: 'pdf' }, ALL)).toMatchObject({
      page: { paper: 'A3', orientation: 'landscape', marginMm: 10 },
      layout: { mode: 'fit', scale: 1, overlapMm: 10, cropMarks: true, pageLabels: true },
      content: { laneIds: null, segment: '', grain: 'month', period: null, comments: false, gapMarkers: true, area: null },
      parts: { titlePage: true, legend: true, appendices: ['painPoints', 'gaps'] },
    });
    expect(buildExportOptions({ ...NONE, format: 'png' }, ALL)).toMatchObject({ format: 'png', scale: 2, background: 'white' });
  });

  it('maps every flag onto its field', () => {
    const flags: PrintExportFlags = {
      ...NONE,
      page: 'custom',
      width: '600',
      height: '900.5',
      portrait: true,
      margin: '0',
      tiles: true,
      scale: '1.5',
      overlap: '15',
      cropMarks: false,
      pageLabels: false,
      segment: '新客',
      grain: 'quarter',
      period: '2026-05',
      comments: true,
      gapMarkers: false,
      metrics: false,
      area: '-10, 20, 300, 400',
      titlePage: false,
      legend: false,
      appendix: 'metrics,personas',
      author: '王芳',
      date: '2026-04-01',
      lang: 'zh-CN',
    };
    expect(buildExportOptions(flags, { laneIds: ['l1'], stageIds: ['s2', 's1'], personaIds: [] })).toEqual({
      format: 'pdf',
      page: { paper: 'custom', widthMm: 600, heightMm: 900.5, orientation: 'portrait', marginMm: 0 },
      layout: { mode: 'tiles', scale: 1.5, overlapMm: 15, cropMarks: false, pageLabels: false },
      content: {
        laneIds: ['l1'],
        stageIds: ['s2', 's1'],
        personaIds: [],
        segment: '新客',
        grain: 'quarter',
        period: '2026-04-01',
        comments: true,
        gapMarkers: false,
        metrics: false,
        area: { x: -10, y: 20, width: 300, height: 400 },
      },
      parts: { titlePage: false, legend: false, appendices: ['metrics', 'personas'], author: '王芳', date: '2026-04-01', language: 'zh-CN' },
    });
    expect(buildExportOptions({ ...NONE, format: 'png', pngScale: '4', transparent: true }, ALL)).toMatchObject({ scale: 4, background: 'transparent' });
    expect(buildExportOptions({ ...NONE, appendix: 'none' }, ALL)).toMatchObject({ parts: { appendices: [] } });
  });

  it('names the flag and the field of a refused value', () => {
    expect(usage(() => buildExportOptions({ ...NONE, overlap: '80' }, ALL))).toMatch(/^--overlap \(layout\.overlapMm\): Too big/);
    expect(usage(() => buildExportOptions({ ...NONE, margin: 'wide' }, ALL))).toMatch(/^--margin \(page\.marginMm\): .*number/);
    expect(usage(() => buildExportOptions({ ...NONE, page: 'custom', height: '300' }, ALL))).toBe('--width (page.widthMm): A custom paper size needs widthMm and heightMm.');
    expect(usage(() => buildExportOptions({ ...NONE, appendix: 'painPoints,glossary' }, ALL))).toMatch(/^--appendix \(parts\.appendices\.1\): /);
    expect(usage(() => buildExportOptions({ ...NONE, area: '1,2,3' }, ALL))).toBe('--area: expected four numbers "x,y,width,height", got "1,2,3".');
    expect(usage(() => buildExportOptions({ ...NONE, area: '0,0,0,10' }, ALL))).toMatch(/^--area \(content\.area\.width\): Too small/);
  });
});

describe('names on the command line', () => {
  const map = (id: string, name: string) => ({ id, name }) as MapSummary;
  const maps = [map('m1', 'Checkout'), map('m2', '购车旅程'), map('m3', 'checkout ')];

  it('finds a map by exact name, then id, then any letter case; the only map needs no name', () => {
    expect(resolveMap(maps, 'Checkout', 'p.cjm').id).toBe('m1');
    expect(resolveMap(maps, 'm3', 'p.cjm').id).toBe('m3');
    expect(resolveMap(maps, '购车旅程', 'p.cjm').id).toBe('m2');
    expect(resolveMap([map('m1', 'Checkout'), map('m2', 'Other')], 'CHECKOUT', 'p.cjm').id).toBe('m1');
    expect(resolveMap([map('m9', 'Solo')], undefined, 'p.cjm').id).toBe('m9');
    expect(usage(() => resolveMap(maps, undefined, 'p.cjm'))).toBe('"p.cjm" has 3 maps; choose one with --map. Maps: "Checkout", "购车旅程", "checkout "');
    expect(usage(() => resolveMap(maps, 'Refund', 'p.cjm'))).toBe('No map called "Refund" in "p.cjm". Maps: "Checkout", "购车旅程", "checkout "');
  });

  it('turns lane, stage and persona lists into ids in the order given, listing what there is for an unknown name', () => {
    const lanes = [
      { id: 'l1', name: 'Actions' },
      { id: 'l2', name: '触点' },
      { id: 'l3', name: 'Pain points' },
    ];
    const what = { noun: 'lane', flag: '--lanes', where: 'map "Checkout"' };
    expect(resolveNames(lanes, splitList('pain points, 触点，l1'), what)).toEqual(['l3', 'l2', 'l1']);
    expect(usage(() => resolveNames(lanes, ['Emotions'], what))).toBe('--lanes: no lane called "Emotions" in map "Checkout". Available: "Actions", "触点", "Pain points"');
  });
});

describe('periods and tables', () => {
  it('reads a period as people write it and takes the start of its bucket', () => {
    expect(periodStart('2026-03', 'month')).toBe('2026-03-01');
    expect(periodStart('2026-q2', 'quarter')).toBe('2026-04-01');
    expect(periodStart('2026', 'year')).toBe('2026-01-01');
    expect(periodStart('2026-03-15', 'week')).toBe('2026-03-09');
    expect(periodStart('2026-03-15', 'month')).toBe('2026-03-01');
    expect(usage(() => periodStart('2026-02-30', 'day'))).toContain('--period: "2026-02-30" is not a period');
    expect(usage(() => periodStart('2026-13', 'month'))).toContain('"2026-13"');
  });

  it('aligns columns by terminal width, Chinese characters taking two', () => {
    expect(displayWidth('触点 A')).toBe(6);
    expect(textTable(['STAGE', 'WHY'], [['了解', 'x'], ['Awareness', 'y']])).toBe('STAGE      WHY\n了解       x\nAwareness  y\n');
  });
});
