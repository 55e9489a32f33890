import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRatios } from '../../../main/bench/benchResults';
import { entryFromPaired, median, meets, pairedFigure, quantile, ratio, ratioEntry, ratioTable, spread } from '../../../main/bench/benchSummary';

describe('bench summary maths', () => {
  it('takes the median of odd and even counts without reordering the samples', () => {
    const samples = [30, 10, 20];
    expect(median(samples)).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(samples).toEqual([30, 10, 20]);
    expect(median([])).toBeNaN();
  });

  it('gives median, min and max as the spread', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, samples: [5, 1, 3] });
  });

  it('takes quantiles by nearest rank (p99 of 300 is the 297th value)', () => {
    const values = Array.from({ length: 300 }, (_, i) => 300 - i);
    expect(quantile(values, 0.99)).toBe(297);
    expect(quantile(values, 0.5)).toBe(150);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('writes ratios so that lower is better: app/bare for times, bare/app for frame rates', () => {
    expect(ratio(200, 100, 'lowerIsBetter')).toBe(2);
    expect(ratio(30, 60, 'higherIsBetter')).toBe(2);
    // An app twice as fast as bare in frames per second is a ratio of 0.5.
    expect(ratio(120, 60, 'higherIsBetter')).toBe(0.5);
  });

  it('judges goals on the ratio, or on the app figure when the goal names it', () => {
    expect(meets('<= 1.2', 1.2, 999)).toBe(true);
    expect(meets('<= 1.2', 1.21, 0)).toBe(false);
    expect(meets('<= 0.5', 0.4, 0)).toBe(true);
    expect(meets('app <= 50 ms', 10, 49)).toBe(true);
    expect(meets('app <= 50 ms', 0.1, 51)).toBe(false);
    expect(meets('<= 1.0', Number.NaN, 1)).toBe(false);
    expect(meets('<= 1.0', Number.POSITIVE_INFINITY, 1)).toBe(false);
    expect(() => meets('about right', 1, 1)).toThrow(/unreadable goal/);
  });

  it('pairs samples: ratio of the medians, and the spread of per-pair ratios', () => {
    const fps = pairedFigure([30, 20, 40], [60, 60, 60], 'higherIsBetter');
    expect(fps.app.median).toBe(30);
    expect(fps.ratio).toBe(2);
    expect(fps.pairRatios).toMatchObject({ median: 2, min: 1.5, max: 3 });
    const times = pairedFigure([300, 100, 200], [100, 100, 100], 'lowerIsBetter');
    expect(times.ratio).toBe(2);
  });

  it('makes ratios.json entries of the documented shape, with null for what could not be measured', () => {
    const entry = entryFromPaired('canvas.pan.zoom1.n5000', pairedFigure([30, 31, 29], [60, 59, 61], 'higherIsBetter'), 'higherIsBetter', '<= 1.0');
    expect(entry).toEqual({ figure: 'canvas.pan.zoom1.n5000', app: 30, bare: 60, ratio: 2, goal: '<= 1.0', meets: false });
    expect(Object.keys(entry)).toEqual(['figure', 'app', 'bare', 'ratio', 'goal', 'meets']);
    const broken = ratioEntry('canvas.pan.fit.n500', 0, 60, 'higherIsBetter', '<= 0.5');
    expect(broken).toMatchObject({ app: 0, ratio: null, meets: false });

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-summary-')), 'ratios.json');
    fs.writeFileSync(file, JSON.stringify([entry, broken]));
    const back = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
    expect(back).toEqual([entry, broken]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('prints a readable row per figure', () => {
    const rows = ratioTable([ratioEntry('edit.p50', 20, 4, 'lowerIsBetter', '<= 2')]);
    expect(rows).toEqual([{ figure: 'edit.p50', app: '20.00', bare: '4.00', ratio: '5.00', goal: '<= 2', meets: 'NO' }]);
  });

  it('replaces the figures of the suites that ran in ratios.json and keeps the others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ratios-'));
    try {
      const edit = ratioEntry('edit.p50', 20, 4, 'lowerIsBetter', '<= 2');
      const open = ratioEntry('open.n5000', 60, 20, 'lowerIsBetter', '<= 2');
      const ready = ratioEntry('canvas.ready.n500', 3000, 1000, 'lowerIsBetter', '<= 1.2');
      writeRatios([edit, open, ready], ['edit.', 'open.', 'canvas.'], dir);
      const newer = ratioEntry('canvas.ready.n2000', 5000, 4000, 'lowerIsBetter', '<= 1.2');
      writeRatios([newer], ['canvas.'], dir);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'ratios.json'), 'utf8'))).toEqual([edit, open, newer]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
