import { beforeEach, describe, expect, it } from 'vitest';
import { cardMatchesFilter, isFilterActive, useViewStore } from '../../../../renderer/store/viewStore';

const none = { personaId: null, segmentId: null };

describe('cardMatchesFilter', () => {
  it('shows every card when no filter is set', () => {
    expect(cardMatchesFilter({}, none)).toBe(true);
    expect(cardMatchesFilter({ personaIds: ['p1'], segmentIds: ['s1'] }, none)).toBe(true);
  });

  it('keeps cards tagged with the filtered persona and untagged cards, hides cards for other personas', () => {
    const filter = { personaId: 'p1', segmentId: null };
    expect(cardMatchesFilter({ personaIds: ['p2', 'p1'] }, filter)).toBe(true);
    expect(cardMatchesFilter({}, filter)).toBe(true);
    expect(cardMatchesFilter({ personaIds: [] }, filter)).toBe(true);
    expect(cardMatchesFilter({ personaIds: ['p2'] }, filter)).toBe(false);
  });

  it('treats segments the same way', () => {
    const filter = { personaId: null, segmentId: 's1' };
    expect(cardMatchesFilter({ segmentIds: ['s1'] }, filter)).toBe(true);
    expect(cardMatchesFilter({ personaIds: ['p9'] }, filter)).toBe(true);
    expect(cardMatchesFilter({ segmentIds: ['s2'] }, filter)).toBe(false);
  });

  it('needs both to hold when persona and segment are both set', () => {
    const filter = { personaId: 'p1', segmentId: 's1' };
    expect(cardMatchesFilter({ personaIds: ['p1'], segmentIds: ['s1'] }, filter)).toBe(true);
    expect(cardMatchesFilter({ personaIds: ['p1'], segmentIds: ['s2'] }, filter)).toBe(false);
    expect(cardMatchesFilter({ personaIds: ['p2'], segmentIds: ['s1'] }, filter)).toBe(false);
  });

  it('says whether a filter is active', () => {
    expect(isFilterActive(none)).toBe(false);
    expect(isFilterActive({ personaId: null, segmentId: 's1' })).toBe(true);
  });
});

describe('view store', () => {
  beforeEach(() => useViewStore.getState().resetForProject());

  it('starts with both emotion curves shown and no filter', () => {
    const s = useViewStore.getState();
    expect([s.showAsIs, s.showToBe, s.filterPersonaId, s.filterSegmentId, s.emotionPersonaId]).toEqual([true, true, null, null, null]);
  });

  it('clears filters, and a new project forgets filters and the curve persona', () => {
    const s = useViewStore.getState();
    s.setFilterPersona('p1');
    s.setFilterSegment('s1');
    s.clearFilters();
    expect(useViewStore.getState().filterPersonaId).toBeNull();
    expect(useViewStore.getState().filterSegmentId).toBeNull();
    s.setFilterPersona('p1');
    s.setEmotionPersona('p1');
    s.setShowToBe(false);
    s.resetForProject();
    expect(useViewStore.getState()).toMatchObject({ filterPersonaId: null, emotionPersonaId: null, showToBe: true });
  });

  it('toggles the inspector', () => {
    const before = useViewStore.getState().inspectorOpen;
    useViewStore.getState().toggleInspector();
    expect(useViewStore.getState().inspectorOpen).toBe(!before);
    useViewStore.getState().toggleInspector();
    expect(useViewStore.getState().inspectorOpen).toBe(before);
  });
});
