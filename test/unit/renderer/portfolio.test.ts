import { describe, expect, it } from 'vitest';
import type { MapSummary } from '../../../src/model/project';
import { searchMaps, sortMaps } from '../../../renderer/panels/project/portfolio';

const summary = (id: string, patch: Partial<MapSummary>): MapSummary => ({
  id,
  name: id,
  position: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  stageCount: 0,
  laneCount: 0,
  cardCount: 0,
  personaIds: [],
  owner: null,
  status: 'draft',
  sketch: { stageCount: 0, lanes: [], cells: [] },
  ...patch,
});

const maps = [
  summary('a', { name: 'Checkout', owner: 'Ana Silva', status: 'approved', updatedAt: '2025-03-01T10:00:00.000Z', personaIds: ['p1'] }),
  summary('b', { name: '首次购买', owner: '王芳', status: 'draft', updatedAt: '2025-03-03T10:00:00.000Z' }),
  summary('c', { name: 'Onboarding', owner: null, status: 'inReview', updatedAt: '2025-03-02T10:00:00.000Z', personaIds: ['p2', 'p1'] }),
  summary('d', { name: 'checkout v2', owner: 'Ben', status: 'draft', updatedAt: '2025-02-01T10:00:00.000Z' }),
];
const personas = new Map([
  ['p1', 'Lin Wei'],
  ['p2', '张小姐'],
]);
const ids = (list: MapSummary[]) => list.map((map) => map.id);

describe('searchMaps', () => {
  it('finds maps by name, owner or persona name, ignoring case', () => {
    expect(ids(searchMaps(maps, 'CHECKOUT', personas))).toEqual(['a', 'd']);
    expect(ids(searchMaps(maps, 'ana', personas))).toEqual(['a']);
    expect(ids(searchMaps(maps, 'lin wei', personas))).toEqual(['a', 'c']);
    expect(ids(searchMaps(maps, '张小姐', personas))).toEqual(['c']);
    expect(ids(searchMaps(maps, '购买', personas))).toEqual(['b']);
  });

  it('needs every word to match somewhere, in any order', () => {
    expect(ids(searchMaps(maps, 'wei onboarding', personas))).toEqual(['c']);
    expect(ids(searchMaps(maps, 'checkout ben', personas))).toEqual(['d']);
    expect(searchMaps(maps, 'checkout nobody', personas)).toEqual([]);
  });

  it('lists every map for a blank query, and ignores personas missing from the catalog', () => {
    expect(ids(searchMaps(maps, '   ', personas))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(searchMaps(maps, 'lin', new Map()))).toEqual([]);
  });
});

describe('sortMaps', () => {
  it('puts the most recently changed map first', () => {
    expect(ids(sortMaps(maps, 'updated', 'en'))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by name in the UI language, ignoring case', () => {
    expect(ids(sortMaps(maps, 'name', 'en')).slice(0, 3)).toEqual(['a', 'd', 'c']);
    const chinese = [summary('x', { name: '注册' }), summary('y', { name: '安装' }), summary('z', { name: '购买' })];
    // Pinyin order: ān zhuāng, gòu mǎi, zhù cè.
    expect(ids(sortMaps(chinese, 'name', 'zh-CN'))).toEqual(['y', 'z', 'x']);
  });

  it('sorts by workflow status, newest first within a status', () => {
    expect(ids(sortMaps(maps, 'status', 'en'))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('leaves the list it was given untouched', () => {
    const before = ids(maps);
    sortMaps(maps, 'name', 'en');
    expect(ids(maps)).toEqual(before);
  });
});
