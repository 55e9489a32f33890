import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gapFixture, type GapFixture } from '../gaps/gapSupport';
import { displayWidth } from '../../../main/cli/textTable';
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

// An emotional low of a persona at MQL (no pain point there), to be named from the catalog.
const PERSONA_LOW = [{ name: 'emotion.set', args: { point: { id: 'e2', laneId: 'le', stageId: 'mql', personaId: 'pp', variant: 'asIs', value: -1 } } }] as const;

interface GapJson {
  key: string;
  severity: 'high' | 'medium' | 'low';
  severityName: string;
  rule: string;
  ruleName: string;
  stage: string | null;
  cards: { id: string; title: string }[];
  explanation: string;
  why: string;
  reason?: string;
}

/** The cells of a printed table (columns are two or more spaces apart; no cell here has two spaces in a row). */
const cells = (stdout: string): string[][] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/ {2,}/));

describe('gaps and metrics on the command line', () => {
  let f: GapFixture;
  beforeEach(async () => {
    f = await gapFixture();
    await f.call('catalog.apply', { projectId: f.projectId, commands: [{ name: 'persona.add', args: { persona: { id: 'pp', name: '忙碌的家长' } } }] });
    await f.call('map.apply', { projectId: f.projectId, mapId: f.mapId, commands: [...PAIN, ...PERSONA_LOW] });
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
    expect(lines).toContainEqual(expect.stringMatching(/^Low +Consideration +Pain point without opportunity +Pain point “比价太麻烦” at Consideration has no opportunity addressing it\.$/));
    expect(run.stdout).not.toContain('Unowned pain point');
    expect(run.stderr).toMatch(/Gaps of "Funnel" in metrics\.cjm: \d+ open, 1 accepted/);
  });

  it('prints the table in Chinese with --lang zh-CN: headers, severities, rule names, explanations, cell by cell', async () => {
    const run = await cli(['gaps', f.projectFile, '--lang', 'zh-CN'], f.temp.dir);
    expect(run.code).toBe(0);
    expect(cells(run.stdout)).toEqual([
      ['严重程度', '阶段', '规则', '说明'],
      ['高', 'Awareness', '无法解释的情绪低谷', '情绪曲线在Awareness阶段降到 -2，但该阶段没有痛点可以解释。'],
      ['中', 'MQL', '无法解释的情绪低谷', '忙碌的家长的情绪曲线在MQL阶段降到 -1，但该阶段没有痛点可以解释。'],
      ['低', 'Consideration', '没有机会点的痛点', 'Consideration阶段的痛点“比价太麻烦”没有任何机会点针对它。'],
      ['低', 'SQL', '最慢的阶段转化', '最慢的转化：从MQL到SQL平均耗时 3.0 天（2 次转化）。'],
    ]);
    // Columns line up on screen: each Chinese character takes two terminal columns.
    const [header, first] = run.stdout.split('\n') as [string, string];
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(header, '阶段')).toBe(10);
    expect(column(first, 'Awareness')).toBe(10);
    expect(column(first, '无法解释的情绪低谷')).toBe(column(header, '规则'));
    expect(run.stderr).toMatch(/Gaps of "Funnel" in metrics\.cjm: 4 open, 1 accepted/);
  });

  it('keeps the rule and severity keys and the English why in JSON, and adds the names and explanation in the language asked for', async () => {
    const run = await cli(['gaps', f.projectFile, '--json', '--lang', 'zh-CN'], f.temp.dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as { language: string; gaps: GapJson[]; accepted: GapJson[] };
    expect(report.language).toBe('zh-CN');
    expect(report.gaps.find((gap) => gap.stage === 'MQL')).toMatchObject({
      key: 'unexplainedEmotionalLow:mql:emotion',
      severity: 'medium',
      severityName: '中',
      rule: 'unexplainedEmotionalLow',
      ruleName: '无法解释的情绪低谷',
      explanation: '忙碌的家长的情绪曲线在MQL阶段降到 -1，但该阶段没有痛点可以解释。',
      why: 'The emotion curve is at -1 at MQL, but no pain point is recorded there.',
    });
    expect(report.accepted).toEqual([
      expect.objectContaining({
        rule: 'unownedPainPoint',
        ruleName: '无负责人的痛点',
        explanation: 'Consideration阶段的痛点“比价太麻烦”没有负责人。',
        why: 'Pain point “比价太麻烦” at Consideration has no owner.',
        reason: 'Owned by sales',
      }),
    ]);
    const english = JSON.parse((await cli(['gaps', f.projectFile, '--json'], f.temp.dir)).stdout) as typeof report;
    expect(english.language).toBe('en');
    expect(english.gaps.map((gap) => gap.why)).toEqual(report.gaps.map((gap) => gap.why));
    expect(english.gaps.find((gap) => gap.stage === 'MQL')?.explanation).toBe('The emotion curve of 忙碌的家长 drops to -1 at MQL, but no pain point there explains it.');
  });

  it('exports the gaps table in Chinese with export --table gaps --lang zh-CN', async () => {
    const run = await cli(['export', f.projectFile, '--format', 'csv', '--table', 'gaps', '--lang', 'zh-CN', '--out', 'gaps.csv'], f.temp.dir);
    expect(run).toMatchObject({ code: 0, stdout: `${f.temp.file('gaps.csv')}\n` });
    const text = fs.readFileSync(f.temp.file('gaps.csv'), 'utf8');
    expect(text.startsWith('\uFEFF严重程度,规则,阶段,说明,卡片\r\n')).toBe(true);
    expect(text).toContain('低,没有机会点的痛点,Consideration,Consideration阶段的痛点“比价太麻烦”没有任何机会点针对它。,比价太麻烦');
    expect(text).toContain('最慢的阶段转化,SQL,最慢的转化：从MQL到SQL平均耗时 3.0 天（2 次转化）。,\r\n');
    // An emotional low names whose curve it is, from the project's personas.
    expect(text).toContain('中,无法解释的情绪低谷,MQL,忙碌的家长的情绪曲线在MQL阶段降到 -1，但该阶段没有痛点可以解释。,');
  });

  it('refuses a language it does not speak, listing the ones it does', async () => {
    const run = await cli(['gaps', f.projectFile, '--lang', 'fr'], f.temp.dir);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain("argument 'fr' is invalid. Allowed choices are en, zh-CN.");
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
