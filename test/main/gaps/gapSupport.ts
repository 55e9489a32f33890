import type { Command } from '../../../src/commands/schemas';
import { importFixture, STAGE_MAPPING } from '../import/importSupport';

const T = '2026-03-10T09:00:00.000Z';

/** Metrics for two stages in March 2026 (date, stage, impressions, clicks). */
export const MARCH = [
  ['date', 'stage', 'impressions', 'clicks'],
  ['2026-03-01', 'Awareness', 1000, 50],
  ['2026-03-02', 'Consideration', 400, 40],
];

/** Two leads moving MQL -> SQL (entity, stage, entered at). */
export const LEADS = [
  ['lead', 'stage', 'entered'],
  ['L1', 'MQL', '2026-03-01'],
  ['L1', 'SQL', '2026-03-05'],
  ['L2', 'MQL', '2026-03-02'],
  ['L2', 'SQL', '2026-03-04'],
];

/**
 * What the map of `importFixture` (stages aw, co, mql, sql, won; touchpoint
 * lane l1 with card c1) gets on top: a backstage lane with a step supporting
 * c1, an emotions lane with a point, a comment on c1 and an accepted gap.
 */
export const RICH_CONTENT: Command[] = [
  { name: 'lane.add', args: { lane: { id: 'lb', name: 'Backstage', type: 'backstage' } } },
  { name: 'lane.add', args: { lane: { id: 'le', name: 'Feelings', type: 'emotions' } } },
  { name: 'card.add', args: { cards: [{ id: 'b1', stageId: 'aw', laneId: 'lb', order: 0, title: 'Ad budget approved' }] } },
  { name: 'connection.add', args: { connections: [{ id: 'k1', source: 'b1', target: 'c1', kind: 'supports' }] } },
  { name: 'emotion.set', args: { point: { id: 'e1', laneId: 'le', stageId: 'aw', personaId: null, variant: 'asIs', value: -2 } } },
  { name: 'comment.add', args: { comments: [{ id: 'n1', target: { kind: 'card', id: 'c1' }, author: 'Mei', text: 'Too few clicks', createdAt: T }] } },
  {
    name: 'gap.accept',
    args: { acceptances: [{ id: 'a1', gapKey: 'handoffHotSpot:aw', rule: 'handoffHotSpot', reason: 'Planned', acceptedBy: 'Mei', acceptedAt: T }] },
  },
];

/** The import fixture with the rich map content, March metrics and a lead log committed. */
export async function gapFixture(options: { metrics?: boolean } = {}) {
  const f = await importFixture();
  await f.call('map.apply', { projectId: f.projectId, mapId: f.mapId, commands: RICH_CONTENT });
  if (options.metrics !== false) {
    const values = await f.read(f.writeCsv('march.csv', MARCH), STAGE_MAPPING);
    await f.call('import.commit', { jobId: values.jobId, matches: {} });
    const log = await f.read(f.writeCsv('leads.csv', LEADS), { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 });
    await f.call('import.commit', { jobId: log.jobId, matches: {} });
  }
  return f;
}

export type GapFixture = Awaited<ReturnType<typeof gapFixture>>;
