import { describe, expect, it } from 'vitest';
import { resolveSettings, splitAccepted } from '../../../src/gaps/analyseGaps';
import { gapReport } from '../../../src/gaps/gapReport';
import { NO_METRIC_FACTS, type GapAcceptance, type GapMetricFacts } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { DEFAULT_GAP_SETTINGS } from '../../../src/schema/gaps';
import { gapLines, gapMap, gapsOf } from './gapMaps';

describe('analyseGaps', () => {
  it('finds nothing on the empty map', () => {
    expect(gapsOf(gapMap(0, []))).toEqual([]);
    expect(gapsOf(gapMap(3, ['touchpoints', 'backstage']))).toEqual([]);
  });

  it('raises no process alarm on a map without internal lanes', () => {
    const lanes = ['actions', 'touchpoints', 'channels', 'thoughts', 'emotions', 'opportunities', 'notes'] as const;
    const cards = Array.from({ length: 24 }, (_, i) => ({
      id: `c${i}`,
      laneId: lanes[i % lanes.length],
      stageId: `s${(i % 4) + 1}`,
      // Customers state expectations even where the process is not mapped.
      expectation: i % 5 === 0 ? { status: 'notMet' as const } : undefined,
    }));
    const connections = cards.slice(1).map((card, i) => ({ source: `c${i}`, target: card.id, kind: (['flow', 'supports', 'handoff'] as const)[i % 3] }));
    const map: JourneyMap = {
      ...gapMap(4, [...lanes], cards, connections),
      emotions: { e: { id: 'e', laneId: 'emotions', stageId: 's2', personaId: null, variant: 'asIs', value: 1 } },
    };
    expect(gapsOf(map, { handoffThreshold: 0 })).toEqual([]);
  });

  it('sorts by severity, then stage order (map-wide last), then rule, then card order', () => {
    const map = gapMap(
      2,
      ['touchpoints', 'painPoints', 'backstage'],
      [
        { id: 't2', stageId: 's2' },
        { id: 'p1', laneId: 'painPoints', stageId: 's2', pain: { severity: 5 } },
        { id: 't1b', stageId: 's1', order: 1 },
        { id: 't1a', stageId: 's1', order: 0 },
        { id: 'b', laneId: 'backstage', stageId: 's1' },
      ],
    );
    const facts: GapMetricFacts = {
      ...NO_METRIC_FACTS,
      readings: [
        { target: { kind: 'stage', id: 'retired-stage' }, metric: 'visitors', name: 'Visitors', value: 1, valueText: '1', targetText: '9', status: 'red' },
        { target: { kind: 'stage', id: 's2' }, metric: 'visitors', name: 'Visitors', value: 1, valueText: '1', targetText: '9', status: 'red' },
      ],
    };
    expect(gapLines(gapsOf(map, {}, facts))).toEqual([
      'unownedPainPoint@s2:p1:high',
      'painWithoutOpportunity@s2:p1:high',
      'metricOffTarget@s2::high',
      'metricOffTarget@map::high',
      'unsupportedTouchpoint@s1:t1a:medium',
      'unsupportedTouchpoint@s1:t1b:medium',
      'unsupportedTouchpoint@s2:t2:medium',
      'orphanProcess@s1:b:low',
    ]);
  });

  it('keeps each gap’s key when unrelated things change: titles, other cards, card order', () => {
    const map = gapMap(
      2,
      ['touchpoints', 'painPoints', 'backstage'],
      [{ id: 't', stageId: 's2' }, { id: 'p', laneId: 'painPoints', pain: { severity: 4 } }, { id: 'b', laneId: 'backstage' }, { id: 'c', laneId: 'backstage' }],
      [{ source: 'b', target: 'c', kind: 'handoff' }],
    );
    const keys = (m: JourneyMap) => gapsOf(m, { handoffThreshold: 0 }).map((g) => g.key).sort();
    const before = keys(map);
    expect(before).toEqual(['handoffHotSpot:s1:handoffs', 'orphanProcess:s1:b', 'orphanProcess:s1:c', 'painWithoutOpportunity:s1:p', 'unownedPainPoint:s1:p', 'unsupportedTouchpoint:s2:t']);
    const edited: JourneyMap = {
      ...map,
      cards: {
        ...map.cards,
        t: { ...map.cards.t!, title: 'Renamed', order: 3 },
        p: { ...map.cards.p!, title: 'Also renamed', body: 'More detail' },
        other: { id: 'other', laneId: 'painPoints', stageId: 's2', order: 0, title: 'x', pain: { owner: 'Ann' } },
      },
      stages: map.stages.map((stage) => ({ ...stage, name: `${stage.name}!` })),
    };
    expect(keys(edited).filter((key) => !key.includes('other'))).toEqual(before);
  });

  it('runs no switched-off rule', () => {
    const map = gapMap(1, ['touchpoints', 'backstage'], [{ id: 't' }, { id: 'b', laneId: 'backstage' }]);
    expect(gapLines(gapsOf(map))).toEqual(['unsupportedTouchpoint@s1:t:medium', 'orphanProcess@s1:b:low']);
    expect(gapLines(gapsOf(map, { disabledRules: ['unsupportedTouchpoint'] }))).toEqual(['orphanProcess@s1:b:low']);
  });

  it('fills the defaults for settings the project has not set, also when a field is undefined', () => {
    expect(resolveSettings(null)).toEqual(DEFAULT_GAP_SETTINGS);
    expect(resolveSettings({ handoffThreshold: undefined, funnelDropOffMin: 0.5 })).toEqual({ ...DEFAULT_GAP_SETTINGS, funnelDropOffMin: 0.5 });
  });

  it('sets accepted gaps apart by their key', () => {
    const gaps = gapsOf(gapMap(1, ['touchpoints', 'backstage'], [{ id: 't' }, { id: 'b', laneId: 'backstage' }]));
    const acceptance: GapAcceptance = { id: 'a1', gapKey: 'orphanProcess:s1:b', rule: 'orphanProcess', reason: 'Runs for compliance', acceptedBy: '', acceptedAt: '2026-03-01T00:00:00.000Z' };
    const { open, accepted } = splitAccepted(gaps, { a1: acceptance });
    expect(gapLines(open)).toEqual(['unsupportedTouchpoint@s1:t:medium']);
    expect(accepted.map((a) => [a.gap.key, a.acceptance.id])).toEqual([['orphanProcess:s1:b', 'a1']]);
  });

  it('analyses a 5,000-card map with 2,500 connections', () => {
    const lanes = ['touchpoints', 'painPoints', 'frontstage', 'backstage'] as const;
    const cards = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, stageId: `s${(i % 50) + 1}`, laneId: lanes[i % 4], order: Math.floor(i / 200), pain: { owner: 'Ann' } }));
    // Every touchpoint is supported by the frontstage card after it; every backstage card hands off to that frontstage card.
    const connections = Array.from({ length: 1250 }, (_, i) => [
      { source: `c${4 * i + 2}`, target: `c${4 * i}`, kind: 'supports' as const },
      { source: `c${4 * i + 3}`, target: `c${4 * i + 2}` },
    ]).flat();
    const gaps = gapsOf(gapMap(50, [...lanes], cards, connections), { handoffThreshold: 24 });
    // The pain points (no opportunity), and the backstage cards' 50 handoffs in each of the 25 stages they fall in.
    expect(gaps.filter((g) => g.rule === 'painWithoutOpportunity')).toHaveLength(1250);
    const hotSpots = gaps.filter((g) => g.rule === 'handoffHotSpot');
    expect(hotSpots.map((g) => g.params.count)).toEqual(Array.from({ length: 25 }, () => 50));
    expect(gaps).toHaveLength(1275);
  });
});

describe('gapReport', () => {
  it('counts gaps by severity per stage in stage order, the map-wide row last and only when it has gaps', () => {
    const map = gapMap(3, ['touchpoints', 'backstage'], [{ id: 't', stageId: 's2' }, { id: 'u', stageId: 's2' }, { id: 'b', laneId: 'backstage', stageId: 's3' }]);
    const gaps = gapsOf(map);
    expect(gapReport(map, gaps).stages).toEqual([
      { stageId: 's1', stageName: 'S1', high: 0, medium: 0, low: 0, total: 0 },
      { stageId: 's2', stageName: 'S2', high: 0, medium: 2, low: 0, total: 2 },
      { stageId: 's3', stageName: 'S3', high: 0, medium: 0, low: 1, total: 1 },
    ]);
    // A reading for a stage no longer on the map is a map-wide gap.
    const facts: GapMetricFacts = { ...NO_METRIC_FACTS, readings: [{ target: { kind: 'stage', id: 'retired' }, metric: 'revenue', name: 'Revenue', value: 1, valueText: '¥1', targetText: null, status: 'red' }] };
    const withMapWide = gapReport(map, gapsOf(map, {}, facts));
    expect(withMapWide.stages.at(-1)).toEqual({ stageId: null, stageName: '', high: 1, medium: 0, low: 0, total: 1 });
    expect(withMapWide.gaps).toHaveLength(4);
  });
});
