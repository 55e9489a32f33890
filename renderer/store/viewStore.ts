import { create } from 'zustand';
import type { Card } from '../../src/model/journey';

/**
 * How the open map is looked at, not what it contains: filters, which emotion
 * curves are drawn, whether the inspector is open. Nothing here is saved in the
 * project; the inspector's state is kept in localStorage so it survives a reload.
 */

export interface CardFilter {
  personaId: string | null;
  segmentId: string | null;
}

export interface ViewState {
  filterPersonaId: string | null;
  filterSegmentId: string | null;
  /** Whose emotion curve is drawn and edited; null: the curve without a persona. */
  emotionPersonaId: string | null;
  showAsIs: boolean;
  showToBe: boolean;
  inspectorOpen: boolean;
  setFilterPersona(id: string | null): void;
  setFilterSegment(id: string | null): void;
  clearFilters(): void;
  setEmotionPersona(id: string | null): void;
  setShowAsIs(show: boolean): void;
  setShowToBe(show: boolean): void;
  setInspectorOpen(open: boolean): void;
  toggleInspector(): void;
  /** Back to the defaults of a freshly opened project (filters and curve persona name entities of one project). */
  resetForProject(): void;
}

const INSPECTOR_KEY = 'journeyStudio.inspectorOpen';

// localStorage is missing in unit tests and may throw when storage is disabled; the inspector then starts open.
const readInspectorOpen = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(INSPECTOR_KEY) !== 'false';
  } catch {
    return true;
  }
};

const writeInspectorOpen = (open: boolean): void => {
  try {
    globalThis.localStorage?.setItem(INSPECTOR_KEY, String(open));
  } catch {
    // Not remembering the panel's state is harmless.
  }
};

export const useViewStore = create<ViewState>()((set, get) => ({
  filterPersonaId: null,
  filterSegmentId: null,
  emotionPersonaId: null,
  showAsIs: true,
  showToBe: true,
  inspectorOpen: readInspectorOpen(),
  setFilterPersona: (filterPersonaId) => set({ filterPersonaId }),
  setFilterSegment: (filterSegmentId) => set({ filterSegmentId }),
  clearFilters: () => set({ filterPersonaId: null, filterSegmentId: null }),
  setEmotionPersona: (emotionPersonaId) => set({ emotionPersonaId }),
  setShowAsIs: (showAsIs) => set({ showAsIs }),
  setShowToBe: (showToBe) => set({ showToBe }),
  setInspectorOpen: (inspectorOpen) => {
    writeInspectorOpen(inspectorOpen);
    set({ inspectorOpen });
  },
  toggleInspector: () => get().setInspectorOpen(!get().inspectorOpen),
  resetForProject: () => set({ filterPersonaId: null, filterSegmentId: null, emotionPersonaId: null, showAsIs: true, showToBe: true }),
}));

/** True when a persona or segment filter is set. */
export const isFilterActive = (filter: CardFilter): boolean => filter.personaId !== null || filter.segmentId !== null;

const matchesTag = (tags: readonly string[] | undefined, id: string | null): boolean =>
  id === null || !tags || tags.length === 0 || tags.includes(id);

/**
 * Whether a card stays visible under the filter. A card tagged with no persona
 * (or no segment) is about everyone, so it matches any persona (or segment)
 * filter; a tagged card matches only when its tags include the filtered one.
 * Both filters must hold when both are set.
 */
export function cardMatchesFilter(card: Pick<Card, 'personaIds' | 'segmentIds'>, filter: CardFilter): boolean {
  return matchesTag(card.personaIds, filter.personaId) && matchesTag(card.segmentIds, filter.segmentId);
}
