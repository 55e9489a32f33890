import { describe, expect, it } from 'vitest';
import type { Expectation } from '../../../src/model/gaps';
import { gapLines, gapMap, gapsOf, only } from './gapMaps';

describe('unsupported touchpoint', () => {
  it('flags a touchpoint no internal step supports, explains why, and closes when a backstage step supports it', () => {
    const map = gapMap(2, ['touchpoints', 'backstage'], [{ id: 't', title: 'Checkout page', stageId: 's2' }]);
    const [gap] = gapsOf(map);
    expect(gap).toEqual({
      key: 'unsupportedTouchpoint:s2:t',
      rule: 'unsupportedTouchpoint',
      severity: 'medium',
      stageId: 's2',
      cardIds: ['t'],
      params: { card: 'Checkout page', stage: 'S2' },
      why: '“Checkout page” at S2 is customer-facing, but no frontstage, backstage or support step supports it.',
    });
    const supported = gapMap(2, ['touchpoints', 'backstage'], [{ id: 't', stageId: 's2' }, { id: 'b', laneId: 'backstage', stageId: 's2' }], [{ source: 'b', target: 't', kind: 'supports' }]);
    expect(gapsOf(supported)).toEqual([]);
    // The direction of the support line does not matter.
    const reversed = gapMap(2, ['touchpoints', 'backstage'], [{ id: 't', stageId: 's2' }, { id: 'b', laneId: 'backstage', stageId: 's1' }], [{ source: 't', target: 'b', kind: 'supports' }]);
    expect(gapsOf(reversed)).toEqual([]);
  });

  it('does not count a flow line, or support from another customer card, as support', () => {
    const map = gapMap(
      1,
      ['actions', 'touchpoints', 'channels', 'backstage'],
      [{ id: 'a', laneId: 'actions' }, { id: 't' }, { id: 'ch', laneId: 'channels' }, { id: 'b', laneId: 'backstage' }],
      [
        { source: 'b', target: 'a' },
        { source: 'ch', target: 't', kind: 'supports' },
      ],
    );
    expect(gapLines(gapsOf(map, only('unsupportedTouchpoint')))).toEqual(['unsupportedTouchpoint@s1:a:medium', 'unsupportedTouchpoint@s1:t:medium']);
  });

  it('only looks at touchpoints and actions', () => {
    const map = gapMap(1, ['thoughts', 'channels', 'support'], [{ laneId: 'thoughts' }, { laneId: 'channels' }]);
    expect(gapsOf(map, only('unsupportedTouchpoint'))).toEqual([]);
  });

  it('is high when an open pain point is about the card, medium again once it is solved', () => {
    const withPain = (status?: 'solved' | 'inProgress') => gapMap(1, ['touchpoints', 'painPoints', 'support'], [{ id: 't' }, { id: 'p', laneId: 'painPoints', pain: { aboutCardId: 't', status } }]);
    expect(gapLines(gapsOf(withPain(), only('unsupportedTouchpoint')))).toEqual(['unsupportedTouchpoint@s1:t:high']);
    expect(gapLines(gapsOf(withPain('inProgress'), only('unsupportedTouchpoint')))).toEqual(['unsupportedTouchpoint@s1:t:high']);
    expect(gapLines(gapsOf(withPain('solved'), only('unsupportedTouchpoint')))).toEqual(['unsupportedTouchpoint@s1:t:medium']);
  });
});

describe('orphan process', () => {
  const lanes = ['touchpoints', 'frontstage', 'backstage', 'support'] as const;

  it('flags an internal step that leads to nothing the customer sees, but not one whose chain reaches a supporting step', () => {
    const map = gapMap(
      2,
      [...lanes],
      [
        { id: 't' },
        { id: 'f', laneId: 'frontstage' },
        { id: 'b', laneId: 'backstage' },
        { id: 's', laneId: 'support', stageId: 's2' },
        { id: 'lonely', laneId: 'backstage', stageId: 's2', title: 'Nightly export' },
      ],
      [
        { source: 'f', target: 't', kind: 'supports' },
        { source: 'b', target: 'f', kind: 'handoff' },
        { source: 's', target: 'b' },
      ],
    );
    expect(gapsOf(map)).toEqual([
      {
        key: 'orphanProcess:s2:lonely',
        rule: 'orphanProcess',
        severity: 'low',
        stageId: 's2',
        cardIds: ['lonely'],
        params: { card: 'Nightly export', stage: 'S2', lane: 'backstage' },
        why: '“Nightly export” (backstage) at S2 supports nothing the customer sees and leads to nothing that does.',
      },
    ]);
  });

  it('follows connections from source to target only, and only through internal steps', () => {
    const map = gapMap(
      1,
      [...lanes],
      [{ id: 't' }, { id: 't2' }, { id: 'f', laneId: 'frontstage' }, { id: 'after', laneId: 'backstage' }, { id: 'via', laneId: 'support' }],
      [
        { source: 'f', target: 't', kind: 'supports' },
        // 'after' is fed by a supporting step but feeds nothing: still an orphan.
        { source: 'f', target: 'after' },
        // 'via' reaches a supporting step only through a customer card.
        { source: 'via', target: 't2' },
        { source: 't2', target: 'f' },
      ],
    );
    expect(gapLines(gapsOf(map, only('orphanProcess')))).toEqual(['orphanProcess@s1:after:low', 'orphanProcess@s1:via:low']);
  });

  it('is silent when the rule is off', () => {
    const map = gapMap(1, ['backstage'], [{ laneId: 'backstage' }]);
    expect(gapLines(gapsOf(map))).toEqual(['orphanProcess@s1:c1:low']);
    expect(gapsOf(map, { disabledRules: ['orphanProcess'] })).toEqual([]);
  });
});

describe('handoff hot spot', () => {
  const cards = [{ id: 't' }, { id: 'a', laneId: 'frontstage' }, { id: 'b', laneId: 'backstage' }, { id: 'c', laneId: 'support' }, { id: 'd', laneId: 'frontstage' }, { id: 'e', laneId: 'frontstage', stageId: 's2' }];
  const connections = [
    { source: 'a', target: 't', kind: 'supports' as const },
    { source: 'b', target: 'a' },
    { source: 'c', target: 'b' },
    { source: 'd', target: 'a', kind: 'handoff' as const },
    // Within one lane and not a handoff: not counted. From another stage: counted there.
    { source: 'd', target: 'a' },
    { source: 'e', target: 'b' },
  ];
  const map = gapMap(2, ['touchpoints', 'frontstage', 'backstage', 'support'], cards, connections);
  const hotSpots = (settings = {}) => gapsOf(map, only('handoffHotSpot', settings));

  it('fires above the threshold with the count, the threshold and the cards involved', () => {
    const [gap, ...rest] = hotSpots();
    expect(rest).toEqual([]);
    expect(gap).toEqual({
      key: 'handoffHotSpot:s1:handoffs',
      rule: 'handoffHotSpot',
      severity: 'medium',
      stageId: 's1',
      cardIds: ['a', 'd', 'b', 'c'],
      params: { stage: 'S1', count: 3, threshold: 2 },
      why: 'Work changes hands 3 times at S1 (more than 2).',
    });
  });

  it('respects the threshold: not at it, high above twice it', () => {
    expect(hotSpots({ handoffThreshold: 3 })).toEqual([]);
    expect(gapLines(hotSpots({ handoffThreshold: 1 }))).toEqual(['handoffHotSpot@s1:a,d,b,c:high']);
    expect(gapLines(hotSpots({ handoffThreshold: 0 }))).toEqual(['handoffHotSpot@s1:a,d,b,c:high', 'handoffHotSpot@s2:b,e:high']);
  });
});

describe('expectation gap', () => {
  const base = [
    { id: 'e', laneId: 'thoughts', title: 'Delivery in 2 days', stageId: 's2' },
    { id: 'w', laneId: 'backstage', title: 'Warehouse picks', stageId: 's2' },
    { id: 'x', laneId: 'touchpoints', title: 'Tracking page', stageId: 's2' },
  ];
  const withExpectation = (expectation: Expectation) => gapMap(2, ['thoughts', 'touchpoints', 'backstage'], [{ ...base[0], expectation }, ...base.slice(1)]);
  const expectations = (expectation: Expectation) => gapsOf(withExpectation(expectation), only('expectationGap'));

  it('reports an expectation with no delivering step, a deleted one, or a customer card as the step', () => {
    expect(expectations({})).toEqual([
      {
        key: 'expectationGap:s2:e:missing',
        rule: 'expectationGap',
        severity: 'high',
        stageId: 's2',
        cardIds: ['e'],
        params: { card: 'Delivery in 2 days', stage: 'S2', step: '', status: 'missing' },
        why: 'The customer expects “Delivery in 2 days” at S2, but no internal step is paired to deliver it.',
      },
    ]);
    expect(expectations({ deliveredBy: 'gone', status: 'met' })[0]?.params.status).toBe('missing');
    expect(expectations({ deliveredBy: 'x', status: 'met' })[0]).toMatchObject({ cardIds: ['e'], params: { status: 'missing', step: '' } });
  });

  it('reports a pair marked not met (high) or partly met (medium), and accepts met or unknown pairs', () => {
    expect(expectations({ deliveredBy: 'w', status: 'notMet' })[0]).toMatchObject({
      key: 'expectationGap:s2:e,w:notMet',
      severity: 'high',
      cardIds: ['e', 'w'],
      params: { status: 'notMet', step: 'Warehouse picks' },
      why: 'The customer expects “Delivery in 2 days” at S2; “Warehouse picks” does not meet it.',
    });
    expect(gapLines(expectations({ deliveredBy: 'w', status: 'partlyMet' }))).toEqual(['expectationGap@s2:e,w:medium']);
    expect(expectations({ deliveredBy: 'w', status: 'met' })).toEqual([]);
    expect(expectations({ deliveredBy: 'w' })).toEqual([]);
    expect(expectations({ deliveredBy: 'w', status: 'unknown' })).toEqual([]);
  });

  it('ignores expectations set on internal cards, and is silent when off', () => {
    const map = gapMap(1, ['backstage', 'touchpoints'], [{ laneId: 'backstage', expectation: {} }]);
    expect(gapsOf(map, only('expectationGap'))).toEqual([]);
    expect(gapsOf(withExpectation({}), { disabledRules: ['expectationGap', 'orphanProcess', 'unsupportedTouchpoint'] })).toEqual([]);
  });
});
