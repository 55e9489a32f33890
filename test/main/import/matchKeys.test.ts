import { describe, expect, it } from 'vitest';
import type { RememberedMatch } from '../../../main/services/import/importAliases';
import { handMatches, suggestMatches } from '../../../main/services/import/matchKeys';
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

describe('channel names as marketers write them, and remembered hand matches', () => {
  const marketing: ProjectCatalog = {
    channels: [
      // A built-in channel the user renamed keeps its aliases; a channel the user named 百度 wins over them.
      { id: 'search', builtin: 'search', name: 'SEM 投放', icon: 'search', color: '#4285f4', mode: 'online', group: 'paid' },
      { id: 'douyin', builtin: 'douyin', name: '', icon: 'douyin', color: '#161823', mode: 'online', group: 'paid' },
      { id: 'baidu', name: '百度', icon: 'other', color: '#2932e1', mode: 'online', group: 'paid' },
    ],
    personas: [],
    segments: [],
  };
  const byChannel = metrics({ kind: 'channel', column: 0 });

  it('matches aliases of built-in channels, after the names the catalog shows', () => {
    expect(suggestMatches(['百度', '百度推广', 'google ads', '巨量引擎', '今日头条', 'SEM投放', '快手', '新闻'], byChannel, map, marketing)).toEqual({
      百度: { kind: 'channel', id: 'baidu' },
      百度推广: { kind: 'channel', id: 'search' },
      'google ads': { kind: 'channel', id: 'search' },
      巨量引擎: { kind: 'channel', id: 'douyin' },
      今日头条: { kind: 'channel', id: 'douyin' },
      SEM投放: { kind: 'channel', id: 'search' },
      快手: null,
      新闻: null,
    });
  });

  it('proposes remembered hand matches of the right kind whose target still exists; a preset still wins', () => {
    const remembered: RememberedMatch[] = [
      { kind: 'channel', name: '快手', target: { kind: 'channel', id: 'douyin' } },
      { kind: 'channel', name: '知乎', target: { kind: 'channel', id: 'deleted' } },
      { kind: 'stage', name: 'b2c', target: { kind: 'stage', id: 's2' } },
    ];
    expect(suggestMatches(['快 手', '知乎', 'B2C'], byChannel, map, marketing, {}, remembered)).toEqual({ '快 手': { kind: 'channel', id: 'douyin' }, 知乎: null, B2C: null });
    expect(suggestMatches(['快手'], byChannel, map, marketing, { 快手: null }, remembered)).toEqual({ 快手: null });
    expect(suggestMatches(['B2C'], metrics({ kind: 'stage', column: 0 }), map, marketing, {}, remembered)).toEqual({ B2C: { kind: 'stage', id: 's2' } });
  });

  it('learns the matches that differ from the guess by name and forgets the ones that agree with it', () => {
    const matches = { 快手: { kind: 'channel', id: 'douyin' }, 百度推广: { kind: 'channel', id: 'search' }, 知乎: null } as const;
    expect(handMatches(matches, byChannel, map, marketing)).toEqual({
      remember: [{ kind: 'channel', name: '快手', target: { kind: 'channel', id: 'douyin' } }],
      forget: [{ kind: 'channel', name: '百度推广' }],
    });
    // UTM and whole-map keys are not names: nothing to learn.
    expect(handMatches({ 'baidu\u001fcpc\u001f': { kind: 'utm', source: 'x' } }, metrics({ kind: 'utm', source: 0 }), map, marketing)).toEqual({ remember: [], forget: [] });
  });
});
