import { describe, expect, it } from 'vitest';
import { collectPainPoints, collectProjectPainPoints, filterPainPoints, NONE, painFacets, sortPainPoints, UNRATED, type PainColumn } from '../../../src/painPoints/collect';
import { cardsAddressing } from '../../../src/painPoints/links';
import { painMap } from './painMap';

const names = { persona: (id: string) => ({ per1: 'Zoe', per2: 'Adam' })[id] ?? id, segment: (id: string) => id };
const titles = (rows: { card: { title: string } }[]) => rows.map((r) => r.card.title);

describe('collectPainPoints', () => {
  const rows = collectPainPoints(painMap());

  it('lists every card of the pain-point lanes in reading order, rated or not', () => {
    expect(titles(rows)).toEqual(['Hidden fees', 'Tiny font', 'Slow checkout', 'Confusing form']);
  });

  it('computes priority and rank; the unrated one has neither', () => {
    expect(rows.map((r) => [r.priority.score, r.rank])).toEqual([
      [100, 1],
      [7.5, 3],
      [9, 2],
      [null, null],
    ]);
  });

  it('names the stages a spanning card covers, its lane, and the card it is about', () => {
    const slow = rows.find((r) => r.card.id === 'p1')!;
    expect(slow.stageNames).toEqual(['Consider', 'Buy']);
    expect(slow.stageIds).toEqual(['s2', 's3']);
    expect(slow.laneName).toBe('Pain points');
    expect(slow.aboutTitle).toBe('Checkout page');
    expect(slow.status).toBe('inProgress');
    expect(rows.find((r) => r.card.id === 'p3')!.status).toBe('open');
  });

  it('lists the opportunities that address each pain point (reverse of addresses)', () => {
    expect(rows.find((r) => r.card.id === 'p2')!.opportunities).toEqual([
      { id: 'o3', title: 'Fee calculator', kind: 'idea' },
      { id: 'o1', title: 'One-page checkout', kind: 'opportunity' },
    ]);
    expect(rows.find((r) => r.card.id === 'p4')!.opportunities).toEqual([]);
    expect(cardsAddressing(painMap(), 'o1').map((c) => c.id)).toEqual(['o2']);
  });

  it('ranks the pain points of several maps together', () => {
    const other = { ...painMap(), id: 'm2', name: 'Returns' };
    other.cards = { p9: { id: 'p9', stageId: 's1', laneId: 'lp', order: 0, title: 'Slow refund', pain: { severity: 5, frequency: 'often', reach: 100, effort: 'S' } } };
    const all = collectProjectPainPoints([painMap(), other]);
    // Slow refund: 100 × 1 × 0.75 × 1 ÷ 1 = 75, second after Hidden fees.
    expect(all.map((r) => [r.key, r.rank])).toEqual([
      ['m1/p2', 1],
      ['m1/p4', 4],
      ['m1/p1', 3],
      ['m1/p3', null],
      ['m2/p9', 2],
    ]);
    expect(all[4]!.mapName).toBe('Returns');
  });
});

describe('filterPainPoints', () => {
  const rows = collectPainPoints(painMap());
  const keep = (filter: Parameters<typeof filterPainPoints>[1]) => titles(filterPainPoints(rows, filter));

  it('keeps everything with an empty filter', () => {
    expect(keep({})).toHaveLength(4);
    expect(keep({ severities: [], owners: [] })).toHaveLength(4);
  });

  it('filters by persona, segment and stage (a spanning card is in each stage it covers)', () => {
    expect(keep({ personaIds: ['per1'] })).toEqual(['Slow checkout']);
    expect(keep({ segmentIds: ['seg1'] })).toEqual(['Hidden fees']);
    expect(keep({ stageIds: ['s3'] })).toEqual(['Slow checkout', 'Confusing form']);
  });

  it('filters by severity, with UNRATED for those without one', () => {
    expect(keep({ severities: [4, 5] })).toEqual(['Hidden fees', 'Slow checkout']);
    expect(keep({ severities: [UNRATED] })).toEqual(['Confusing form']);
  });

  it('filters by status (absent = open), owner, tag and evidence', () => {
    expect(keep({ statuses: ['open'] })).toEqual(['Hidden fees', 'Tiny font', 'Confusing form']);
    expect(keep({ owners: ['Bo', NONE] })).toEqual(['Hidden fees', 'Tiny font', 'Confusing form']);
    expect(keep({ tags: ['trust', 'speed'] })).toEqual(['Hidden fees', 'Slow checkout']);
    expect(keep({ evidence: ['assumed'] })).toEqual(['Hidden fees']);
    expect(keep({ evidence: [NONE] })).toEqual(['Tiny font', 'Confusing form']);
  });

  it('combines filters with AND', () => {
    expect(keep({ severities: [4, 5], owners: ['Ana'] })).toEqual(['Slow checkout']);
    expect(keep({ personaIds: ['per1'], statuses: ['solved'] })).toEqual([]);
  });
});

describe('sortPainPoints', () => {
  const rows = collectPainPoints(painMap());
  const sorted = (column: PainColumn, order: 'ascend' | 'descend') => titles(sortPainPoints(rows, column, order, names));

  it('sorts by priority, unscored last in both orders', () => {
    expect(sorted('priority', 'descend')).toEqual(['Hidden fees', 'Slow checkout', 'Tiny font', 'Confusing form']);
    expect(sorted('priority', 'ascend')).toEqual(['Tiny font', 'Slow checkout', 'Hidden fees', 'Confusing form']);
  });

  it('sorts by severity and by title', () => {
    expect(sorted('severity', 'ascend')).toEqual(['Tiny font', 'Slow checkout', 'Hidden fees', 'Confusing form']);
    expect(sorted('title', 'ascend')).toEqual(['Confusing form', 'Hidden fees', 'Slow checkout', 'Tiny font']);
  });

  it('puts empty owners last, ties by priority', () => {
    expect(sorted('owner', 'descend')).toEqual(['Bo', 'Ana'].map((o) => rows.find((r) => r.pain.owner === o)!.card.title).concat(['Tiny font', 'Confusing form']));
  });

  it('sorts personas by their names, stages by map order, frequency and effort by scale', () => {
    // per2 = Adam (Tiny font) before per1 = Zoe (Slow checkout).
    expect(sorted('personas', 'ascend')).toEqual(['Tiny font', 'Slow checkout', 'Hidden fees', 'Confusing form']);
    expect(sorted('stages', 'descend')).toEqual(['Confusing form', 'Slow checkout', 'Hidden fees', 'Tiny font']);
    expect(sorted('frequency', 'ascend')).toEqual(['Slow checkout', 'Hidden fees', 'Tiny font', 'Confusing form']);
    expect(sorted('effort', 'descend')).toEqual(['Slow checkout', 'Hidden fees', 'Tiny font', 'Confusing form']);
    expect(sorted('updated', 'descend')).toEqual(['Slow checkout', 'Hidden fees', 'Tiny font', 'Confusing form']);
    expect(sorted('opportunities', 'descend')).toEqual(['Hidden fees', 'Slow checkout', 'Tiny font', 'Confusing form']);
  });
});

describe('painFacets', () => {
  it('lists distinct owners and tags, sorted', () => {
    expect(painFacets(collectPainPoints(painMap()))).toEqual({ owners: ['Ana', 'Bo'], tags: ['price', 'speed', 'trust'] });
  });
});
