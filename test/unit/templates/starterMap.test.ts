import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { LANE_TYPES } from '../../../src/schema/journey';
import { defaultLaneName, defaultStageName, starterMap } from '../../../src/templates/starterMap';
import { parseProjectDocument, toProjectDocument } from '../../../src/schema/projectDocument';

const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('starter map', () => {
  it('has the six journey stages and nine typed lanes in English', () => {
    const map = starterMap('m1', 'My journey', 'en', counter());
    expect(map.stages.map((s) => s.name)).toEqual(['Aware', 'Consider', 'Purchase', 'Onboard', 'Use', 'Advocate']);
    expect(map.lanes.map((l) => [l.name, l.type])).toEqual([
      ['Customer actions', 'actions'],
      ['Touchpoints', 'touchpoints'],
      ['Thoughts', 'thoughts'],
      ['Emotions', 'emotions'],
      ['Pain points', 'painPoints'],
      ['Opportunities', 'opportunities'],
      ['Frontstage', 'frontstage'],
      ['Backstage', 'backstage'],
      ['Support processes', 'support'],
    ]);
    expect(map.cards).toEqual({});
    expect(map.connections).toEqual({});
  });

  it('speaks Simplified Chinese with the same structure', () => {
    const map = starterMap('m1', '我的旅程', 'zh-CN', counter());
    expect(map.stages.map((s) => s.name)).toEqual(['认知', '考虑', '购买', '上手', '使用', '推荐']);
    expect(map.lanes.map((l) => l.name)).toEqual(['客户行为', '触点', '想法', '情绪', '痛点', '机会点', '前台', '后台', '支持流程']);
    expect(map.lanes.map((l) => l.type)).toEqual(starterMap('m', 'x', 'en', counter()).lanes.map((l) => l.type));
  });

  it('is a valid document with unique ids from makeId that commands can edit', () => {
    const map = starterMap('m1', 'My journey', 'en', counter());
    const ids = [...map.stages, ...map.lanes].map((x) => x.id);
    expect(new Set(ids).size).toBe(15);
    const stamps = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const document = toProjectDocument({ id: 'p', name: 'P', createdAt: stamps.createdAt }, [{ ...map, ...stamps }], '0.1.0', stamps.createdAt);
    expect(parseProjectDocument(JSON.parse(JSON.stringify(document))).maps[0]).toEqual({ ...map, ...stamps });
    const card = { id: 'c1', stageId: 'id1', laneId: 'id7', order: 0, title: 'Sees an ad' };
    expect(applyCommand(map, { name: 'card.add', args: { cards: [card] } }).map.cards.c1).toEqual(card);
  });
});

describe('default names', () => {
  it('names every lane type in both languages', () => {
    for (const type of LANE_TYPES) {
      expect(defaultLaneName(type, 'en')).toMatch(/^[A-Z]/);
      expect(defaultLaneName(type, 'zh-CN')).toMatch(/^\p{Script=Han}+$/u);
    }
    expect(defaultLaneName('painPoints', 'zh-CN')).toBe('痛点');
  });

  it('numbers new stages from 1', () => {
    expect(defaultStageName(6, 'en')).toBe('Stage 7');
    expect(defaultStageName(0, 'zh-CN')).toBe('阶段 1');
  });
});
