import { describe, expect, it } from 'vitest';
import { comparedCurve, compareEmotions } from '../../../src/compare/compareEmotions';
import { matchVersions } from '../../../src/compare/matchVersions';
import type { JourneyMap } from '../../../src/model/journey';
import { versionMap, withNewIds } from './versionMap';

const overlay = (before: JourneyMap, after: JourneyMap) => compareEmotions(before, after, matchVersions(before, after));

describe('compareEmotions', () => {
  it('puts both as-is curves on the after stages, removed stages where they were', () => {
    const after = versionMap();
    after.stages = [after.stages[0]!, after.stages[2]!, { id: 's4', name: 'Recommend' }];
    after.cards = Object.fromEntries(Object.entries(after.cards).filter(([, c]) => c.stageId !== 's2'));
    after.emotions = {
      e1: { id: 'e1', laneId: 'lE', stageId: 's1', personaId: null, variant: 'asIs', value: 2 },
      e4: { id: 'e4', laneId: 'lE', stageId: 's4', personaId: null, variant: 'asIs', value: 1 },
    };
    const { rows } = overlay(versionMap(), after);
    expect(rows.map((r) => [r.stageName, r.presence, r.before, r.after])).toEqual([
      ['Discover', 'both', 1, 2],
      ['Buy', 'removed', -2, null],
      ['Use', 'both', 2, null],
      ['Recommend', 'added', null, 1],
    ]);
  });

  it('matches the stages of another map by name and carries the to-be curve', () => {
    const toBe = withNewIds(versionMap(), 'm2');
    toBe.emotions = {
      ...toBe.emotions,
      'n-e2': { ...toBe.emotions!['n-e2']!, value: 1 },
      t: { id: 't', laneId: 'n-lE', stageId: 'n-s2', personaId: null, variant: 'toBe', value: 2 },
    };
    const { rows } = overlay(versionMap(), toBe);
    expect(rows.map((r) => [r.stageName, r.before, r.after, r.beforeToBe, r.afterToBe])).toEqual([
      ['Discover', 1, 1, null, null],
      ['Buy', -2, 1, null, 2],
      ['Use', 2, 2, null, null],
    ]);
  });

  it("shows the map's first persona that has a curve, else the curve without a persona", () => {
    const map = versionMap();
    expect(comparedCurve(map)).toEqual({ laneId: 'lE', personaId: null });
    map.personaIds = ['pA', 'pB'];
    map.emotions = { ...map.emotions, x: { id: 'x', laneId: 'lE', stageId: 's1', personaId: 'pB', variant: 'asIs', value: -1 } };
    expect(comparedCurve(map)).toEqual({ laneId: 'lE', personaId: 'pB' });
    expect(overlay(map, map).rows.map((r) => r.before)).toEqual([-1, null, null]);
  });

  it('gives empty curves for maps without emotion points', () => {
    const map: JourneyMap = { ...versionMap(), emotions: undefined };
    const { rows, before } = overlay(map, map);
    expect(before).toEqual({ laneId: null, personaId: null });
    expect(rows.every((r) => r.before === null && r.after === null)).toBe(true);
  });
});
