import { describe, expect, it } from 'vitest';
import { suggestMatches } from '../../../main/services/import/matchKeys';
import type { MetricsMapping } from '../../../src/import/mapping';
import type { ProjectCatalog } from '../../../src/model/catalog';
import { emptyMap, type JourneyMap } from '../../../src/model/journey';

const map: JourneyMap = {
  ...emptyMap('m1', 'Funnel'),
  stages: [
    { id: 's1', name: 'Awareness' },
    { id: 's2', name: '购买 决策' },
  ],
  lanes: [{ id: 'l1', name: 'Touchpoints', type: 'touchpoints' }],
  cards: { c1: { id: 'c1', stageId: 's1', laneId: 'l1', order: 0, title: 'Search Ads' } },
};
const catalog: ProjectCatalog = {
  channels: [
    { id: 'ch1', name: '微信公众号', icon: 'wechat', color: '#07c160', mode: 'online', group: 'owned' },
    { id: 'ch2', builtin: 'website', name: '', icon: 'website', color: '#1d39c4', mode: 'online', group: 'owned' },
  ],
  personas: [],
  segments: [],
};
const metrics = (target: MetricsMapping['target']): MetricsMapping => ({
  kind: 'metrics',
  headerRow: 0,
  dayFirst: false,
  skipTotals: true,
  target,
  layout: { layout: 'wide', metrics: [{ column: 1, metric: 'clicks' }] },
});

describe('suggested matches', () => {
  it('matches stages by name after NFKC, ignoring case and spaces', () => {
    expect(suggestMatches(['ＡＷＡＲＥＮＥＳＳ', ' awareness ', '购买决策', 'Buy', ''], metrics({ kind: 'stage', column: 0 }), map, catalog)).toEqual({
      ＡＷＡＲＥＮＥＳＳ: { kind: 'stage', id: 's1' },
      ' awareness ': { kind: 'stage', id: 's1' },
      购买决策: { kind: 'stage', id: 's2' },
      Buy: null,
      '': { kind: 'map' },
    });
  });

  it('matches cards by title and channels by their catalog name, built-in channels by their English or Chinese name', () => {
    expect(suggestMatches(['search ads', 'Other'], metrics({ kind: 'card', column: 0 }), map, catalog)).toEqual({ 'search ads': { kind: 'card', id: 'c1' }, Other: null });
    expect(suggestMatches(['微信公众号', 'Website', '官网', 'Baidu'], metrics({ kind: 'channel', column: 0 }), map, catalog)).toEqual({
      微信公众号: { kind: 'channel', id: 'ch1' },
      Website: { kind: 'channel', id: 'ch2' },
      官网: { kind: 'channel', id: 'ch2' },
      Baidu: null,
    });
  });

  it('turns UTM keys into UTM targets, leaving out empty fields, and lets a preset\'s matches win', () => {
    const utm = metrics({ kind: 'utm', source: 0, medium: 1 });
    expect(suggestMatches(['baidu\u001fcpc\u001f', '\u001f\u001fspring'], utm, map, catalog, { '\u001f\u001fspring': null })).toEqual({
      'baidu\u001fcpc\u001f': { kind: 'utm', source: 'baidu', medium: 'cpc' },
      '\u001f\u001fspring': null,
    });
  });

  it('matches repeated stage entries of a transition log (MQL-02) to their stage', () => {
    const log = { kind: 'transitions', headerRow: 0, dayFirst: false, skipTotals: true, entity: 0, stage: 1, timestamp: 2 } as const;
    expect(suggestMatches(['Awareness-02', 'awareness_1', 'Awareness 3', 'Lost'], log, map, catalog)).toEqual({
      'Awareness-02': { kind: 'stage', id: 's1' },
      awareness_1: { kind: 'stage', id: 's1' },
      'Awareness 3': { kind: 'stage', id: 's1' },
      Lost: null,
    });
  });
});
