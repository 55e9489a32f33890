import { describe, expect, it } from 'vitest';
import { deliveringCardOptions, isCustomerViewCard, withDeliveredBy, withStatus } from '../../../../renderer/panels/gaps/expectationOptions';
import { filterGaps, gapCardTitles, gapFocusTarget, gapStageName, gapsWithAcceptance } from '../../../../renderer/panels/gaps/gapList';
import { gapReportTable, type GapReportLabels } from '../../../../renderer/panels/gaps/gapReportTable';
import { shownThreshold, THRESHOLD_FIELDS, withRuleEnabled, withThreshold } from '../../../../renderer/panels/gaps/gapSettingsEdits';
import { resolveSettings } from '../../../../src/gaps/analyseGaps';
import type { Gap, GapAcceptance } from '../../../../src/model/gaps';
import type { JourneyMap } from '../../../../src/model/journey';

/** Stages Find, Collect; lanes: touchpoints, frontstage, backstage. */
const map: JourneyMap = {
  id: 'm1',
  name: 'Store pickup',
  stages: [
    { id: 'find', name: 'Find' },
    { id: 'collect', name: 'Collect' },
  ],
  lanes: [
    { id: 'tp', name: 'Touchpoints', type: 'touchpoints' },
    { id: 'front', name: 'Counter', type: 'frontstage' },
    { id: 'back', name: 'Warehouse', type: 'backstage' },
  ],
  cards: {
    notice: { id: 'notice', stageId: 'collect', laneId: 'tp', order: 0, title: 'Pickup notice' },
    search: { id: 'search', stageId: 'find', laneId: 'back', order: 0, title: 'Stock check' },
    pick: { id: 'pick', stageId: 'collect', laneId: 'back', order: 0, title: 'Pick order' },
    hand: { id: 'hand', stageId: 'collect', laneId: 'front', order: 0, title: 'Hand over' },
    greet: { id: 'greet', stageId: 'find', laneId: 'front', order: 0, title: '' },
  },
  connections: {},
};

const gap = (rule: Gap['rule'], severity: Gap['severity'], stageId: string | null, cardIds: string[]): Gap => ({
  key: `${rule}:${stageId ?? 'map'}:${cardIds.join(',')}`,
  rule,
  severity,
  stageId,
  cardIds,
  params: {},
  why: rule,
});

const unsupported = gap('unsupportedTouchpoint', 'high', 'collect', ['notice']);
const orphan = gap('orphanProcess', 'low', 'find', ['search']);
const funnel = gap('funnelDropOff', 'medium', 'collect', []);
const wide = gap('slowestTransition', 'low', null, []);

describe('gap lists', () => {
  it('filters by severity and rule, keeping the order', () => {
    const gaps = [unsupported, funnel, orphan, wide];
    expect(filterGaps(gaps, { severity: null, rule: null })).toEqual(gaps);
    expect(filterGaps(gaps, { severity: 'low', rule: null })).toEqual([orphan, wide]);
    expect(filterGaps(gaps, { severity: 'low', rule: 'orphanProcess' })).toEqual([orphan]);
    expect(filterGaps(gaps, { severity: 'high', rule: 'orphanProcess' })).toEqual([]);
  });

  it('focuses the first card that still exists, else the stage, else the map', () => {
    expect(gapFocusTarget(map, gap('expectationGap', 'high', 'collect', ['gone', 'pick']))).toEqual({ kind: 'card', id: 'pick' });
    expect(gapFocusTarget(map, funnel)).toEqual({ kind: 'stage', id: 'collect' });
    expect(gapFocusTarget(map, gap('handoffHotSpot', 'medium', 'deleted', []))).toEqual({ kind: 'map' });
    expect(gapFocusTarget(map, wide)).toEqual({ kind: 'map' });
  });

  it('names the stage (the whole map for a map-wide gap) and the cards that still exist', () => {
    expect(gapStageName(map, unsupported, 'Whole map')).toBe('Collect');
    expect(gapStageName(map, wide, 'Whole map')).toBe('Whole map');
    expect(gapCardTitles(map, gap('expectationGap', 'high', 'collect', ['notice', 'gone', 'pick']))).toEqual(['Pickup notice', 'Pick order']);
  });

  it('pairs each gap with its acceptance by key', () => {
    const acceptance: GapAcceptance = { id: 'a1', gapKey: orphan.key, rule: 'orphanProcess', reason: 'Kept for audits', acceptedBy: 'Li', acceptedAt: '2025-03-01T10:00:00.000Z' };
    expect(gapsWithAcceptance([unsupported, orphan], { a1: acceptance })).toEqual([
      { gap: unsupported, acceptance: null },
      { gap: orphan, acceptance },
    ]);
  });
});

describe('gap report table', () => {
  const labels: GapReportLabels = {
    header: (column) => column.toUpperCase(),
    severity: (severity) => `sev:${severity}`,
    rule: (rule) => `rule:${rule}`,
    stage: (g) => gapStageName(map, g, 'Whole map'),
    explanation: (g) => `why:${g.rule}`,
    yes: 'Yes',
    no: 'No',
    when: (iso) => iso.slice(0, 10),
  };

  it('has one row per gap with translated headers, and the acceptance of accepted ones', () => {
    const acceptance: GapAcceptance = { id: 'a1', gapKey: wide.key, rule: 'slowestTransition', reason: 'Seasonal', acceptedBy: '', acceptedAt: '2025-03-01T10:00:00.000Z' };
    const table = gapReportTable(map, [{ gap: unsupported, acceptance: null }, { gap: wide, acceptance }], labels);
    expect(table.columns).toEqual(['SEVERITY', 'RULE', 'STAGE', 'EXPLANATION', 'CARDS', 'ACCEPTED', 'REASON', 'ACCEPTEDBY', 'ACCEPTEDAT']);
    expect(table.rows).toEqual([
      ['sev:high', 'rule:unsupportedTouchpoint', 'Collect', 'why:unsupportedTouchpoint', 'Pickup notice', 'No', null, null, null],
      ['sev:low', 'rule:slowestTransition', 'Whole map', 'why:slowestTransition', null, 'Yes', 'Seasonal', null, '2025-03-01'],
    ]);
  });
});

describe('gap settings edits', () => {
  it('switches rules off and on, keeping the list in rule order', () => {
    const off = withRuleEnabled(withRuleEnabled({}, 'expectationGap', false), 'orphanProcess', false);
    expect(off.disabledRules).toEqual(['orphanProcess', 'expectationGap']);
    expect(withRuleEnabled(off, 'expectationGap', true).disabledRules).toEqual(['orphanProcess']);
  });

  it('shows a share as a percent and stores it back as a share, within bounds', () => {
    const field = THRESHOLD_FIELDS.funnelDropOff!;
    expect(shownThreshold({}, field)).toBe(resolveSettings({}).funnelDropOffMin * 100);
    expect(withThreshold({ handoffThreshold: 4 }, field, 45)).toEqual({ handoffThreshold: 4, funnelDropOffMin: 0.45 });
    expect(withThreshold({}, field, 150).funnelDropOffMin).toBe(1);
    expect(withThreshold({ funnelDropOffMin: 0.45 }, field, null)).toEqual({});
  });

  it('keeps whole-number thresholds as they are shown', () => {
    const handoff = THRESHOLD_FIELDS.handoffHotSpot!;
    expect(withThreshold({}, handoff, 5)).toEqual({ handoffThreshold: 5 });
    expect(shownThreshold({ handoffThreshold: 5 }, handoff)).toBe(5);
    expect(withThreshold({}, THRESHOLD_FIELDS.unexplainedEmotionalLow!, -3)).toEqual({ emotionLowThreshold: -2 });
  });
});

describe('expectation fields', () => {
  it('are offered on customer-view cards only', () => {
    expect(isCustomerViewCard(map, map.cards.notice!)).toBe(true);
    expect(isCustomerViewCard(map, map.cards.pick!)).toBe(false);
  });

  it('offer internal-lane cards, the same stage first, labelled with lane and stage', () => {
    expect(deliveringCardOptions(map, map.cards.notice!)).toEqual([
      { value: 'hand', label: 'Hand over — Counter · Collect' },
      { value: 'pick', label: 'Pick order — Warehouse · Collect' },
      { value: 'greet', label: '… — Counter · Find' },
      { value: 'search', label: 'Stock check — Warehouse · Find' },
    ]);
  });

  it('store "not assessed" and "nobody" as absent fields', () => {
    expect(withStatus({ deliveredBy: 'pick' }, 'notMet')).toEqual({ deliveredBy: 'pick', status: 'notMet' });
    expect(withStatus({ deliveredBy: 'pick', status: 'notMet' }, 'unknown')).toEqual({ deliveredBy: 'pick' });
    expect(withDeliveredBy({ status: 'met' }, 'hand')).toEqual({ status: 'met', deliveredBy: 'hand' });
    expect(withDeliveredBy({ deliveredBy: 'hand', status: 'met' }, null)).toEqual({ status: 'met' });
  });
});
