import { create } from 'zustand';

/**
 * What the user has selected or is editing on the canvas. This store, not
 * React Flow, owns selection: the canvas draws nodes' `selected` flags from it,
 * so commands can select cards that do not have nodes yet (a duplicate's copies).
 */

export interface LaneResizePreview {
  laneId: string;
  height: number;
}

/** A selected header (or the map itself), for the inspector; cards and edges have their own sets. */
export type HeaderSelection = { kind: 'stage' | 'lane' | 'phase'; id: string } | { kind: 'map' };

export interface SelectionState {
  /** Set when the user last selected a header or the map; cleared when cards or edges are selected. */
  header: HeaderSelection | null;
  cardIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** The card whose title is open in the inline editor. */
  editingCardId: string | null;
  /** True when the card being edited was just created, so its title joins the creation's undo entry. */
  editingIsNew: boolean;
  /** The connection whose label is open in the inline editor. */
  editingEdgeId: string | null;
  /** Height shown while a lane's bottom edge is being dragged; committed on release. */
  laneResize: LaneResizePreview | null;
  /** `cellKey` of the cell that dragged cards would land in, highlighted while dragging. */
  dropTarget: string | null;
  select(cardIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  selectHeader(header: HeaderSelection | null): void;
  /** Adds (selected true) or removes ids, as React Flow's select changes describe. */
  toggle(changes: { cards?: [string, boolean][]; edges?: [string, boolean][] }): void;
  clear(): void;
  editCard(id: string | null, isNew?: boolean): void;
  editEdge(id: string | null): void;
  previewLaneResize(preview: LaneResizePreview | null): void;
  setDropTarget(key: string | null): void;
}

const EMPTY: ReadonlySet<string> = new Set();

const applyToggles = (current: ReadonlySet<string>, toggles: [string, boolean][] | undefined): ReadonlySet<string> => {
  if (!toggles || toggles.length === 0) return current;
  const next = new Set(current);
  for (const [id, selected] of toggles) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next.size === 0 ? EMPTY : next;
};

export const useSelectionStore = create<SelectionState>()((set) => ({
  header: null,
  cardIds: EMPTY,
  edgeIds: EMPTY,
  editingCardId: null,
  editingIsNew: false,
  editingEdgeId: null,
  laneResize: null,
  dropTarget: null,
  select: (cardIds, edgeIds = []) => set({ cardIds: new Set(cardIds), edgeIds: new Set(edgeIds), header: null }),
  selectHeader: (header) => set({ header, cardIds: EMPTY, edgeIds: EMPTY }),
  toggle: (changes) =>
    set((s) => {
      const cardIds = applyToggles(s.cardIds, changes.cards);
      const edgeIds = applyToggles(s.edgeIds, changes.edges);
      return { cardIds, edgeIds, header: cardIds.size + edgeIds.size > 0 ? null : s.header };
    }),
  clear: () => set({ cardIds: EMPTY, edgeIds: EMPTY, header: null }),
  editCard: (id, isNew = false) => set({ editingCardId: id, editingIsNew: id !== null && isNew, editingEdgeId: null }),
  editEdge: (id) => set({ editingEdgeId: id, editingCardId: null }),
  previewLaneResize: (laneResize) => set({ laneResize }),
  setDropTarget: (dropTarget) => set((s) => (s.dropTarget === dropTarget ? s : { dropTarget })),
}));
