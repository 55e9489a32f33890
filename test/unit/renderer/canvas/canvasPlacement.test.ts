import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../src/model/journey';
import { CARD_BADGES_HEIGHT, estimateCardHeight } from '../../../../renderer/canvas/cardSize';
import { captureSlot } from '../../../../renderer/canvas/capture/captureSlot';
import { CARD_GAP, CELL_PADDING, computeLayout } from '../../../../renderer/canvas/layout';
import { PRESENT_MIN_ZOOM, stageViewport } from '../../../../renderer/canvas/presentation/PresentationLayer';

const map: JourneyMap = {
  id: 'm',
  name: 'Map',
  stages: [
    { id: 's1', name: 'Aware' },
    { id: 's2', name: 'Buy' },
    { id: 's3', name: 'Use' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', type: 'actions' },
    { id: 'l2', name: 'Pains', type: 'painPoints' },
  ],
  cards: {
    wide: { id: 'wide', stageId: 's1', laneId: 'l1', order: 0, title: 'Spans two', span: 2 },
    b: { id: 'b', stageId: 's2', laneId: 'l1', order: 0, title: 'Below the wide one' },
  },
  connections: {},
};

describe('badge row', () => {
  it('makes every pain point and opportunity, and any card marked as a moment, one row taller', () => {
    const plain = estimateCardHeight({ title: 'T' }, 'notes');
    expect(estimateCardHeight({ title: 'T', moment: 'wow' }, 'notes')).toBe(plain + CARD_BADGES_HEIGHT);
    expect(estimateCardHeight({ title: 'T' }, 'actions')).toBe(plain);
    expect(estimateCardHeight({ title: 'T' }, 'painPoints') - estimateCardHeight({ title: 'T' }, 'actions')).toBe(CARD_BADGES_HEIGHT);
  });
});

describe('captureSlot', () => {
  const layout = computeLayout(map);

  it('sits under the lowest card of the column, counting cards spanning into it', () => {
    const b = layout.cards.b!;
    expect(captureSlot(layout, { stageId: 's2', laneId: 'l1' })).toMatchObject({ x: layout.stages[1]!.x + CELL_PADDING, y: b.y + b.height + CARD_GAP });
    const wide = layout.cards.wide!;
    expect(captureSlot(layout, { stageId: 's1', laneId: 'l1' })?.y).toBe(wide.y + wide.height + CARD_GAP);
  });

  it('sits at the top of an empty cell, and nowhere for a hidden lane', () => {
    expect(captureSlot(layout, { stageId: 's3', laneId: 'l2' })?.y).toBe(layout.lanes[1]!.y + CELL_PADDING);
    expect(captureSlot(computeLayout(map, undefined, ['l2']), { stageId: 's3', laneId: 'l2' })).toBeNull();
  });
});

describe('stageViewport', () => {
  const layout = computeLayout(map);

  it('centres the stage column and never zooms below the readable presentation zoom', () => {
    const viewport = stageViewport(layout, 1, 1440, 900)!;
    const column = layout.stages[1]!;
    expect(viewport.zoom).toBeGreaterThanOrEqual(PRESENT_MIN_ZOOM);
    expect(viewport.x + (column.x + column.width / 2) * viewport.zoom).toBeCloseTo(720);
  });

  it('shows the top of a column too tall to fit, and nothing for a stage that does not exist', () => {
    expect(stageViewport(layout, 0, 1440, 200)?.y).toBe(0);
    expect(stageViewport(layout, 5, 1440, 900)).toBeNull();
  });
});
