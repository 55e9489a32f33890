import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gapFixture, type GapFixture } from '../gaps/gapSupport';
import { cli } from './cliSupport';

// A pain point with no owner and no opportunity at Consideration: two gaps, one of them accepted with a reason.
const PAIN = [
  { name: 'lane.add', args: { lane: { id: 'lp', name: 'Pain points', type: 'painPoints' } } },
  { name: 'card.add', args: { cards: [{ id: 'p1', stageId: 'co', laneId: 'lp', order: 0, title: '比价太麻烦' }] } },
  {
    name: 'gap.accept',
    args: { acceptances: [{ id: 'a2', gapKey: 'unownedPainPoint:co:p1', rule: 'unownedPainPoint', reason: 'Owned by sales', acceptedBy: 'Mei', acceptedAt: '2026-03-11T09:00:00.000Z' }] },
  },
] as const;

interface GapJson {
  key: string;
  severity: 'high' | 'medium' | 'low';
  rule: string;
  stage: string | null;
  cards: { id: string; title: string }[];
  why: string;
  reason?: string;
}

describe('gaps and metrics on the command line', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
    await f.call('map.apply', { projectId: f.projectId, mapId: f.mapId, commands: [...PAIN] });
    // The command opens the file itself; this process may hold each file open only once.
    await f.call('project.close', { projectId: f.projectId });
  });
  afterEach(async () => {
    await f.dispose();
  });

  it('prints the open gaps as JSON on stdout (accepted ones apart, with their reason), most severe first', async () => {
    const run = await cli(['gaps', f.projectFile, '--map', 'funnel', '--json'], f.temp.dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as { map: { name: string }; period: string | null; gaps: GapJson[]; accepted: GapJson[] };
    expect(report.map.name).toBe('Funnel');
    const pain = report.gaps.filter((gap) => gap.cards.some((card) => card.id === 'p1'));
    expect(pain).toEqual([
      expect.objectContaining({ rule: 'painWithoutOpportunity', severity: 'low', stage: 'Consideration', why: expect.stringContaining('“比价太麻烦” at Consideration') }),
    ]);
    expect(report.accepted).toEqual([expect.objectContaining({ key: 'unownedPainPoint:co:p1', reason: 'Owned by sales', acceptedBy: 'Mei', stage: 'Consideration' })]);
    const rank = { high: 0, medium: 1, low: 2 };
    const ranks = report.gaps.map((gap) => rank[gap.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('prints a table of gaps with the stage and the explanation, and the counts on stderr', async () => {
    const run = await cli(['gaps', f.projectFile], f.temp.dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SEVERITY +STAGE +RULE +EXPLANATION$/);
    expect(lines).toContainEqual(expect.stringMatching(/^low +Consideration +painWithoutOpportunity +Pain point “比价太麻烦” at Consideration has no opportunity addressing it\.$/));
    expect(run.stdout).not.toContain('unownedPainPoint');
    expect(run.stderr).toMatch(/Gaps of "Funnel" in metrics\.cjm: \d+ open, 1 accepted/);
  });

  it('prints metric values of the latest month by default, and of the period and segment asked for', async () => {
    const run = await cli(['metrics', f.projectFile, '--json'], f.temp.dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as { period: string; values: { target: { kind: string; name: string }; metric: string; value: number; valueText: string }[] };
    expect(report.period).toBe('2026-03-01');
    const value = (stage: string, metric: string) => report.values.find((v) => v.target.name === stage && v.metric === metric);
    expect(value('Awareness', 'impressions')).toMatchObject({ value: 1000, valueText: '1,000', target: { kind: 'stage' } });
    expect(value('Consideration', 'clicks')).toMatchObject({ value: 40 });

    const february = JSON.parse((await cli(['metrics', f.projectFile, '--period', '2026-02', '--json'], f.temp.dir)).stdout) as typeof report;
    expect(february).toMatchObject({ period: '2026-02-01', values: [] });
    const byQuarter = JSON.parse((await cli(['metrics', f.projectFile, '--grain', 'quarter', '--period', '2026-Q1', '--json'], f.temp.dir)).stdout) as typeof report;
    expect(byQuarter.period).toBe('2026-01-01');
    expect(byQuarter.values.find((v) => v.target.name === 'Awareness' && v.metric === 'clicks')?.value).toBe(50);
    const segment = JSON.parse((await cli(['metrics', f.projectFile, '--segment', 'Returning', '--json'], f.temp.dir)).stdout) as typeof report;
    expect(segment.values).toEqual([]);
  });

  it('prints metrics as a table in the language asked for', async () => {
    const run = await cli(['metrics', f.projectFile, '--lang', 'zh-CN'], f.temp.dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^TARGET +NAME +METRIC +VALUE +CHANGE +STATUS$/);
    expect(run.stdout).toMatch(/stage +Awareness +展示量 +1,000/);
    expect(run.stderr).toMatch(/month 2026-03-01, all users/);
  });

  it('refuses a bad period and an unknown map, naming the option and listing the maps', async () => {
    const period = await cli(['metrics', f.projectFile, '--period', 'March'], f.temp.dir);
    expect(period).toMatchObject({ code: 2, stdout: '' });
    expect(period.stderr).toContain('--period: "March" is not a period');
    const map = await cli(['gaps', f.projectFile, '--map', 'Checkout'], f.temp.dir);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain('No map called "Checkout" in "metrics.cjm". Maps: "Funnel"');
  });
});
