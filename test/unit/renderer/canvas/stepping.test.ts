import { describe, expect, it } from 'vitest';
import { captureLanes, presentationStep, startCell, stepCell, stepIndex } from '../../../../src/views/stepping';

describe('presentation steps', () => {
  it('maps the keys of a slide show to steps', () => {
    expect(['ArrowRight', 'ArrowDown', ' ', 'PageDown'].map(presentationStep)).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map(presentationStep)).toEqual(['previous', 'previous', 'previous']);
    expect(presentationStep('Home')).toBe('first');
    expect(presentationStep('End')).toBe('last');
    expect(presentationStep('a')).toBeNull();
  });

  it('stops at both ends instead of wrapping', () => {
    expect(stepIndex(0, 3, 'previous')).toBe(0);
    expect(stepIndex(1, 3, 'next')).toBe(2);
    expect(stepIndex(2, 3, 'next')).toBe(2);
    expect(stepIndex(1, 3, 'last')).toBe(2);
    expect(stepIndex(2, 3, 'first')).toBe(0);
    expect(stepIndex(7, 3, 'previous')).toBe(1);
    expect(stepIndex(0, 0, 'next')).toBe(0);
  });
});

describe('capture cells', () => {
  const stages = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
  const lanes = [
    { id: 'l1', type: 'actions' as const },
    { id: 'l2', type: 'emotions' as const },
    { id: 'l3', type: 'painPoints' as const },
    { id: 'l4', type: 'notes' as const },
  ];

  it('skips emotions lanes and hidden lanes', () => {
    expect(captureLanes(lanes, ['l4']).map((l) => l.id)).toEqual(['l1', 'l3']);
  });

  it('walks along the stages of a lane, then on to the first stage of the next lane, and wraps', () => {
    const open = captureLanes(lanes, []);
    expect(stepCell(stages, open, { stageId: 's1', laneId: 'l1' }, 1)).toEqual({ stageId: 's2', laneId: 'l1' });
    expect(stepCell(stages, open, { stageId: 's3', laneId: 'l1' }, 1)).toEqual({ stageId: 's1', laneId: 'l3' });
    expect(stepCell(stages, open, { stageId: 's1', laneId: 'l3' }, -1)).toEqual({ stageId: 's3', laneId: 'l1' });
    expect(stepCell(stages, open, { stageId: 's3', laneId: 'l4' }, 1)).toEqual({ stageId: 's1', laneId: 'l1' });
    expect(stepCell(stages, open, { stageId: 's1', laneId: 'l1' }, -1)).toEqual({ stageId: 's3', laneId: 'l4' });
  });

  it('starts over at the first cell when the current one is gone, and gives nothing on an empty map', () => {
    const open = captureLanes(lanes, []);
    expect(stepCell(stages, open, { stageId: 'gone', laneId: 'l1' }, 1)).toEqual({ stageId: 's1', laneId: 'l1' });
    expect(stepCell([], open, null, 1)).toBeNull();
  });

  it('starts in the first usable preferred cell, else the first cell', () => {
    const open = captureLanes(lanes, ['l3']);
    expect(startCell(stages, open, [{ stageId: 's2', laneId: 'l3' }, { stageId: 's3', laneId: 'l4' }])).toEqual({ stageId: 's3', laneId: 'l4' });
    expect(startCell(stages, open, [null, { stageId: 's2', laneId: 'l2' }])).toEqual({ stageId: 's1', laneId: 'l1' });
  });
});
