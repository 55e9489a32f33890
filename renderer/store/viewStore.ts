import { create } from 'zustand';
import type { ViewFilter } from '../../src/model/annotations';
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

/** What the editor's main area shows: the canvas, or the pain-point table of the map. */
export type EditorView = 'canvas' | 'table';
/** Side panels next to the canvas (one at a time). */
export const SIDE_PANELS = ['comments', 'moments', 'votes', 'metrics', 'gaps', 'snapshots'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

/** Something on the map to bring into view and select (a comment's target, a table row, a moment). */
export type FocusTarget = { kind: 'card' | 'stage' | 'lane'; id: string } | { kind: 'map' };

export interface ViewState {
  filterPersonaId: string | null;
  filterSegmentId: string | null;
  /** Whose emotion curve is drawn and edited; null: the curve without a persona. */
  emotionPersonaId: string | null;
  showAsIs: boolean;
  showToBe: boolean;
  inspectorOpen: boolean;
  /** Lanes hidden from the canvas by a view filter. */
  hiddenLaneIds: readonly string[];
  /** Pain-point severities shown; empty: all (pain points of other severities are dimmed). */
  severities: readonly number[];
  /** The saved view last applied, while the filters still equal it. */
  activeViewId: string | null;
  editorView: EditorView;
  sidePanel: SidePanel | null;
  /** The latest request to focus something; `seq` grows with each request so the canvas reacts once. */
  focusRequest: { target: FocusTarget; seq: number } | null;
  /** The compare view: customer lanes above the internal ones, the connections crossing the lines of interaction and visibility highlighted. */
  compareView: boolean;
  setCompareView(on: boolean): void;
  setFilterPersona(id: string | null): void;
  setFilterSegment(id: string | null): void;
  clearFilters(): void;
  setEmotionPersona(id: string | null): void;
  setShowAsIs(show: boolean): void;
  setShowToBe(show: boolean): void;
  setInspectorOpen(open: boolean): void;
  toggleInspector(): void;
  setHiddenLaneIds(ids: readonly string[]): void;
  setSeverities(severities: readonly number[]): void;
  /** The current filters in the form a saved view stores. */
  currentFilter(): ViewFilter;
  /** Sets every filter from a saved view (or the empty filter with viewId null). */
  applyFilter(filter: ViewFilter, viewId: string | null): void;
  setEditorView(view: EditorView): void;
  /** Opens a side panel, or closes it when it is already open (null closes any). */
  toggleSidePanel(panel: SidePanel | null): void;
  /** Selects the target and brings it into view on the canvas (switching from the table to the canvas). */
  requestFocus(target: FocusTarget): void;
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
  setFilterPersona: (filterPersonaId) => set({ filterPersonaId, activeViewId: null }),
  setFilterSegment: (filterSegmentId) => set({ filterSegmentId, activeViewId: null }),
  clearFilters: () => set({ filterPersonaId: null, filterSegmentId: null, hiddenLaneIds: [], severities: [], activeViewId: null }),
  setEmotionPersona: (emotionPersonaId) => set({ emotionPersonaId }),
  setShowAsIs: (showAsIs) => set({ showAsIs }),
  setShowToBe: (showToBe) => set({ showToBe }),
  setInspectorOpen: (inspectorOpen) => {
    writeInspectorOpen(inspectorOpen);
    set({ inspectorOpen });
  },
  toggleInspector: () => get().setInspectorOpen(!get().inspectorOpen),
  hiddenLaneIds: [],
  severities: [],
  activeViewId: null,
  editorView: 'canvas',
  sidePanel: null,
  focusRequest: null,
  compareView: false,
  setCompareView: (compareView) => set({ compareView }),
  setHiddenLaneIds: (hiddenLaneIds) => set({ hiddenLaneIds, activeViewId: null }),
  setSeverities: (severities) => set({ severities, activeViewId: null }),
  currentFilter: () => {
    const s = get();
    return { hiddenLaneIds: [...s.hiddenLaneIds], personaId: s.filterPersonaId, segmentId: s.filterSegmentId, severities: [...s.severities] };
  },
  applyFilter: (filter, activeViewId) =>
    set({
      hiddenLaneIds: filter.hiddenLaneIds,
      filterPersonaId: filter.personaId,
      filterSegmentId: filter.segmentId,
      severities: filter.severities,
      activeViewId,
    }),
  setEditorView: (editorView) => set({ editorView }),
  toggleSidePanel: (panel) => set((s) => ({ sidePanel: panel === null || s.sidePanel === panel ? null : panel })),
  requestFocus: (target) => set((s) => ({ editorView: 'canvas', focusRequest: { target, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
  resetForProject: () =>
    set({
      filterPersonaId: null,
      filterSegmentId: null,
      emotionPersonaId: null,
      showAsIs: true,
      showToBe: true,
      hiddenLaneIds: [],
      severities: [],
      activeViewId: null,
      editorView: 'canvas',
      sidePanel: null,
      focusRequest: null,
      compareView: false,
    }),
}));

/** The empty filter: every lane, persona, segment and severity shown. */
export const EMPTY_VIEW_FILTER: ViewFilter = { hiddenLaneIds: [], personaId: null, segmentId: null, severities: [] };

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
