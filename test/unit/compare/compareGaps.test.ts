import { describe, expect, it } from 'vitest';
import { compareGaps } from '../../../src/compare/compareGaps';
import { compareVersions } from '../../../src/compare/compareVersions';
import { matchVersions } from '../../../src/compare/matchVersions';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { versionMap, versionOf, withNewIds } from './versionMap';

const gap = (rule: Gap['rule'], stageId: string | null, cardIds: string[]): Gap => ({
  key: `${rule}:${stageId}:${cardIds.join(',')}`,
  rule,
  severity: 'high',
  stageId,
  cardIds,
  params: {},
  why: '',
});

describe('compareGaps', () => {
  it('lists the gaps only before as closed and those only after as opened, across two maps by matched ids', () => {
    const before = versionMap();
    const after = withNewIds(versionMap(), 'm2');
    const result = compareGaps(
      [gap('unsupportedTouchpoint', 's1', ['t1']), gap('handoffHotSpot', 's2', []), gap('orphanProcess', 's3', ['b2'])],
      [gap('unsupportedTouchpoint', 'n-s1', ['n-t1']), gap('handoffHotSpot', 'n-s3', [])],
      matchVersions(before, after),
    );
    expect(result.closed.map((g) => [g.rule, g.stageId])).toEqual([
      ['handoffHotSpot', 's2'],
      ['orphanProcess', 's3'],
    ]);
    expect(result.opened.map((g) => [g.rule, g.stageId])).toEqual([['handoffHotSpot', 'n-s3']]);
  });

  it('counts a gap about a removed card as closed, even when a new card has the same gap', () => {
    const before = versionMap();
    const after = versionMap();
    delete after.cards.t1;
    after.cards.t9 = { id: 't9', laneId: 'lT', stageId: 's1', order: 0, title: 'Web shop' };
    const result = compareGaps([gap('unsupportedTouchpoint', 's1', ['t1'])], [gap('unsupportedTouchpoint', 's1', ['t9'])], matchVersions(before, after));
    expect(result.closed).toHaveLength(1);
    expect(result.opened).toHaveLength(1);
  });
});

describe('compareVersions: gaps found by the rules', () => {
  // The website touchpoint has no supporting step (an unsupported-touchpoint gap); checkout and manual are supported.
  const unsupported = (map: JourneyMap) => compareVersions(versionOf(versionMap()), versionOf(map), {}, 'en').gaps;

  it('closes the unsupported-touchpoint gap when a backstage step supports the touchpoint', () => {
    const after = versionMap();
    after.cards.b3 = { id: 'b3', laneId: 'lB', stageId: 's1', order: 0, title: 'Host the site' };
    after.connections = { ...after.connections, c3: { id: 'c3', source: 'b3', target: 't1', kind: 'supports' } };
    const gaps = unsupported(after);
    expect(gaps.closed.filter((g) => g.rule === 'unsupportedTouchpoint').map((g) => g.cardIds[0])).toEqual(['t1']);
    expect(gaps.opened.filter((g) => g.rule === 'unsupportedTouchpoint')).toEqual([]);
  });

  it('opens one when a supporting connection is deleted', () => {
    const after = versionMap();
    delete after.connections.c1;
    const gaps = unsupported(after);
    expect(gaps.opened.filter((g) => g.rule === 'unsupportedTouchpoint').map((g) => g.cardIds[0])).toEqual(['t2']);
    expect(gaps.closed.filter((g) => g.rule === 'unsupportedTouchpoint')).toEqual([]);
  });

  it('leaves out rules switched off and gaps accepted on the map', () => {
    const after = versionMap();
    delete after.connections.c1;
    const off = compareVersions(versionOf(versionMap()), versionOf(after), { disabledRules: ['unsupportedTouchpoint'] }, 'en').gaps;
    expect(off.opened.filter((g) => g.rule === 'unsupportedTouchpoint')).toEqual([]);
    const [opened] = unsupported(after).opened.filter((g) => g.rule === 'unsupportedTouchpoint');
    expect(opened).toBeDefined();
    after.gapAcceptances = {
      a1: { id: 'a1', gapKey: opened!.key, rule: opened!.rule, reason: 'Paper invoices are fine', acceptedBy: '', acceptedAt: '2026-12-01T00:00:00.000Z' },
    };
    expect(unsupported(after).opened.filter((g) => g.rule === 'unsupportedTouchpoint')).toEqual([]);
  });
});
