import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/compare/compareVersions';
import type { JourneyMap } from '../../../src/model/journey';
import { versionMap, versionOf, withNewIds } from './versionMap';

const compare = (before: JourneyMap, after: JourneyMap) => compareVersions(versionOf(before, 'Before'), versionOf(after, 'After'), {}, 'en');

/** The workshop edits: add a card, rename one, move one to another stage, delete one. */
function edited(map: JourneyMap): JourneyMap {
  const cards = { ...map.cards };
  cards.t4 = { id: 't4', laneId: 'lT', stageId: 's3', order: 1, title: 'Help chat' };
  cards.t1 = { ...cards.t1!, title: 'Web shop' };
  cards.b2 = { ...cards.b2!, stageId: 's2', order: 1 };
  delete cards.p1;
  return { ...map, cards };
}

describe('compareVersions: cards of one map (a snapshot and now)', () => {
  it('finds nothing between a version and itself', () => {
    const result = compare(versionMap(), versionMap());
    expect(result.sameMap).toBe(true);
    expect(result.summary).toMatchObject({ added: 0, removed: 0, moved: 0, changed: 0 });
  });

  it('lists the added, removed, moved and renamed cards with their places', () => {
    const { cards, summary } = compare(versionMap(), edited(versionMap()));
    expect(summary).toMatchObject({ added: 1, removed: 1, moved: 1, changed: 1 });
    expect(cards.added).toEqual([{ cardId: 't4', title: 'Help chat', stageName: 'Use', laneName: 'Touchpoints' }]);
    expect(cards.removed).toEqual([{ cardId: 'p1', title: 'Hidden fees', stageName: 'Buy', laneName: 'Pain points' }]);
    expect(cards.moved).toEqual([
      {
        before: { cardId: 'b2', title: 'Ship parcel', stageName: 'Use', laneName: 'Backstage' },
        after: { cardId: 'b2', title: 'Ship parcel', stageName: 'Buy', laneName: 'Backstage' },
        stageChanged: true,
        laneChanged: false,
      },
    ]);
    expect(cards.changed).toHaveLength(1);
    expect(cards.changed[0]).toMatchObject({ before: { title: 'Website' }, after: { title: 'Web shop' }, fields: ['title'] });
  });

  it('reports a lane move, and reordering inside a cell as no change', () => {
    const after = versionMap();
    after.cards.t2 = { ...after.cards.t2!, laneId: 'lB', order: 2 };
    after.cards.b1 = { ...after.cards.b1!, order: 1 };
    const { cards } = compare(versionMap(), after);
    expect(cards.moved.map((m) => [m.before.cardId, m.stageChanged, m.laneChanged, m.after.laneName])).toEqual([['t2', false, true, 'Backstage']]);
    expect(cards.changed).toEqual([]);
  });

  it('names each changed field, ignoring bookkeeping timestamps and empty values', () => {
    const after = versionMap();
    after.cards.p1 = { ...after.cards.p1!, pain: { owner: 'Ann', severity: 5, updatedAt: '2026-12-01T00:00:00.000Z' } };
    after.cards.t2 = { ...after.cards.t2!, body: 'Card, invoice or wallet', channelId: 'ch1' };
    after.cards.t3 = { ...after.cards.t3!, body: '', personaIds: [] };
    const { cards } = compare(versionMap(), after);
    expect(cards.changed.map((c) => [c.after.cardId, c.fields])).toEqual([
      ['t2', ['body', 'channelId']],
      ['p1', ['pain']],
    ]);
  });
});

describe('compareVersions: an as-is map and its to-be map (different ids)', () => {
  it('matches stages, lanes and cards by names and titles, so a plain duplicate shows no change', () => {
    const result = compare(versionMap(), withNewIds(versionMap(), 'm2'));
    expect(result.sameMap).toBe(false);
    expect(result.summary).toMatchObject({ added: 0, removed: 0, moved: 0, changed: 0 });
  });

  it('finds the same edits as between versions of one map', () => {
    const { summary, cards } = compare(versionMap(), withNewIds(edited(versionMap()), 'm2'));
    expect(summary).toMatchObject({ added: 2, removed: 2, moved: 1, changed: 0 });
    expect(cards.moved[0]!.after).toMatchObject({ cardId: 'n-b2', stageName: 'Buy' });
    // A renamed card of another map cannot be told from a new one: it reads as removed and added.
    expect(cards.added.map((c) => c.title).sort()).toEqual(['Help chat', 'Web shop']);
    expect(cards.removed.map((c) => c.title).sort()).toEqual(['Hidden fees', 'Website']);
  });

  it('matches a renamed stage by position and a card moved to another lane by its title', () => {
    const toBe = withNewIds(versionMap(), 'm2');
    toBe.stages[0] = { ...toBe.stages[0]!, name: 'Explore' };
    toBe.cards['n-t1'] = { ...toBe.cards['n-t1']!, laneId: 'n-lB' };
    const { cards } = compare(versionMap(), toBe);
    expect(cards.added).toEqual([]);
    expect(cards.moved.map((m) => [m.before.title, m.after.stageName, m.after.laneName, m.stageChanged, m.laneChanged])).toEqual([
      ['Website', 'Explore', 'Backstage', false, true],
    ]);
  });

  it('compares links between matched cards in the other map\'s ids', () => {
    const before = versionMap();
    before.cards.p1 = { ...before.cards.p1!, pain: { severity: 3, owner: 'Ann', aboutCardId: 't2' } };
    const toBe = withNewIds(before, 'm2');
    toBe.cards['n-p1'] = { ...toBe.cards['n-p1']!, pain: { severity: 3, owner: 'Ann', aboutCardId: 'n-t2' } };
    expect(compare(before, toBe).cards.changed).toEqual([]);
    toBe.cards['n-p1'] = { ...toBe.cards['n-p1']!, pain: { severity: 3, owner: 'Ann', aboutCardId: 'n-t1' } };
    expect(compare(before, toBe).cards.changed.map((c) => c.fields)).toEqual([['pain']]);
  });
});
