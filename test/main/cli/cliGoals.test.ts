import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { gapFixture, type GapFixture } from '../gaps/gapSupport';
import { cli } from './cliSupport';

const builtin = (key: string) => BUILTIN_DEFINITIONS.find((d) => d.key === key)!;

describe('metric status on the command line', () => {
  let f: GapFixture;
  beforeEach(async () => {
    // March: Awareness 1,000 impressions and 50 clicks (CTR 5 %), Consideration 400 and 40 (CTR 10 %).
    f = await gapFixture();
  });
  afterEach(async () => {
    await f.dispose();
  });

  it("compares each value with the goal of its scope: a count's own target only with the whole map, a stage goal with that stage, a CTR line everywhere", async () => {
    await f.call('metrics.saveDefinition', { projectId: f.projectId, definition: { ...builtin('impressions'), target: 5000, goals: [{ scope: { kind: 'stage', id: 'co' }, target: 500 }] } });
    await f.call('metrics.saveDefinition', { projectId: f.projectId, definition: { ...builtin('ctr'), amber: 0.08 } });
    await f.call('project.close', { projectId: f.projectId });
    const run = await cli(['metrics', f.projectFile, '--json'], f.temp.dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as { values: { target: { kind: string; id?: string }; metric: string; value: number; status: string }[] };
    const status = (stage: string, metric: string) => report.values.find((v) => v.target.id === stage && v.metric === metric)?.status;
    // 1,000 impressions at Awareness are not measured against the whole map's 5,000; 400 at Consideration miss its own 500.
    expect(status('aw', 'impressions')).toBe('none');
    expect(status('co', 'impressions')).toBe('amber');
    expect(status('aw', 'ctr')).toBe('amber');
    expect(status('co', 'ctr')).toBe('green');
  });
});
