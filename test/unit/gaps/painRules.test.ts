import { describe, expect, it } from 'vitest';
import type { EmotionPoint, JourneyMap } from '../../../src/model/journey';
import { gapLines, gapMap, gapsOf, only } from './gapMaps';

const painMap = () =>
  gapMap(
    2,
    ['painPoints', 'opportunities'],
    [
      { id: 'p', laneId: 'painPoints', title: 'Long queue', pain: { severity: 4 } },
      { id: 'q', laneId: 'painPoints', stageId: 's2', title: 'Unclear fee', pain: { severity: 3, owner: 'Li', status: 'inProgress' } },
      { id: 'blank', laneId: 'painPoints', stageId: 's2', pain: { owner: '  ', severity: 2 } },
      { id: 'solved', laneId: 'painPoints', pain: { status: 'solved' } },
      { id: 'wont', laneId: 'painPoints', pain: { status: 'wontFix', severity: 5 } },
      { id: 'o', laneId: 'opportunities', opportunity: { addresses: ['q'] } },
      { id: 'r', laneId: 'opportunities', opportunity: { addresses: ['p'], status: 'rejected' } },
    ],
  );

describe('unowned pain point', () => {
  it('flags open and in-progress pain points without an owner (blank counts as none), severity from the rating', () => {
    const found = gapsOf(painMap(), only('unownedPainPoint'));
    expect(gapLines(found)).toEqual(['unownedPainPoint@s1:p:high', 'unownedPainPoint@s2:blank:low']);
    expect(found[0]).toEqual({
      key: 'unownedPainPoint:s1:p',
      rule: 'unownedPainPoint',
      severity: 'high',
      stageId: 's1',
      cardIds: ['p'],
      params: { card: 'Long queue', stage: 'S1' },
      why: 'Pain point “Long queue” at S1 has no owner.',
    });
  });

  it('rates 3 as medium and unrated as low', () => {
    const map = gapMap(1, ['painPoints'], [{ id: 'mid', laneId: 'painPoints', pain: { severity: 3 } }, { id: 'bare', laneId: 'painPoints' }]);
    expect(gapLines(gapsOf(map, only('unownedPainPoint')))).toEqual(['unownedPainPoint@s1:mid:medium', 'unownedPainPoint@s1:bare:low']);
  });
});

describe('pain point without opportunity', () => {
  it('flags open pain points no opportunity addresses; a rejected opportunity does not count', () => {
    const found = gapsOf(painMap(), only('painWithoutOpportunity'));
    expect(gapLines(found)).toEqual(['painWithoutOpportunity@s1:p:high', 'painWithoutOpportunity@s2:blank:low']);
    expect(found[0]?.why).toBe('Pain point “Long queue” at S1 has no opportunity addressing it.');
    expect(found[0]?.params).toEqual({ card: 'Long queue', stage: 'S1' });
  });

  it('closes when an idea addresses the pain point, and is silent when off', () => {
    const map = painMap();
    map.cards.r = { ...map.cards.r!, opportunity: { addresses: ['p', 'blank'], kind: 'idea', status: 'planned' } };
    expect(gapsOf(map, only('painWithoutOpportunity'))).toEqual([]);
    expect(gapsOf(painMap(), { disabledRules: ['painWithoutOpportunity', 'unownedPainPoint'] })).toEqual([]);
  });
});

describe('unexplained emotional low', () => {
  const point = (id: string, stageId: string, value: number, personaId: string | null = null, variant: EmotionPoint['variant'] = 'asIs'): EmotionPoint => ({ id, laneId: 'emotions', stageId, personaId, variant, value });
  const emotionMap = (points: EmotionPoint[], pains: JourneyMap['cards'][string][] = []): JourneyMap => ({
    ...gapMap(4, ['emotions', 'painPoints'], pains),
    emotions: Object.fromEntries(points.map((p) => [p.id, p])),
  });
  const lows = (map: JourneyMap, settings = {}) => gapsOf(map, only('unexplainedEmotionalLow', settings));

  it('flags the stage whose lowest as-is point (any persona) is at or below the threshold, naming the persona id', () => {
    const map = emotionMap([point('a', 's2', 1, 'anna'), point('b', 's2', -2, 'ben'), point('c', 's3', -1, null), point('d', 's4', 0), point('e', 's1', -2, null, 'toBe')]);
    const found = lows(map);
    expect(gapLines(found)).toEqual(['unexplainedEmotionalLow@s2::high', 'unexplainedEmotionalLow@s3::medium']);
    expect(found[0]).toEqual({
      key: 'unexplainedEmotionalLow:s2:emotion',
      rule: 'unexplainedEmotionalLow',
      severity: 'high',
      stageId: 's2',
      cardIds: [],
      params: { stage: 'S2', value: -2, persona: '', personaId: 'ben' },
      why: 'The emotion curve is at -2 at S2, but no pain point is recorded there.',
    });
    expect(found[1]?.params.personaId).toBe('');
    expect(gapLines(lows(map, { emotionLowThreshold: -2 }))).toEqual(['unexplainedEmotionalLow@s2::high']);
    expect(gapLines(lows(map, { emotionLowThreshold: 0 }))).toEqual(['unexplainedEmotionalLow@s2::high', 'unexplainedEmotionalLow@s3::medium', 'unexplainedEmotionalLow@s4::medium']);
  });

  it('counts a pain point as explaining every stage of its span, unless solved or won’t fix', () => {
    const points = [point('a', 's1', -2), point('b', 's2', -1), point('c', 's3', -1), point('d', 's4', -1)];
    const pains = [
      { id: 'span', laneId: 'painPoints', stageId: 's1', order: 0, title: 'Slow', span: 2, pain: { status: 'inProgress' as const } },
      { id: 'done', laneId: 'painPoints', stageId: 's3', order: 0, title: 'Fixed', pain: { status: 'solved' as const } },
      { id: 'wont', laneId: 'painPoints', stageId: 's4', order: 0, title: 'Accepted', pain: { status: 'wontFix' as const } },
    ];
    expect(gapLines(lows(emotionMap(points, pains)))).toEqual(['unexplainedEmotionalLow@s3::medium', 'unexplainedEmotionalLow@s4::medium']);
    expect(gapsOf(emotionMap(points, pains), { disabledRules: ['unexplainedEmotionalLow', 'unownedPainPoint', 'painWithoutOpportunity'] })).toEqual([]);
  });
});
