import { create } from 'zustand';
import type { CommentTarget } from '../../../src/model/annotations';
import type { FocusTarget } from '../../store/viewStore';
import { useViewStore } from '../../store/viewStore';

/** Selects a card, stage, lane or the map, brings it into view and opens the inspector on it. */
export function focusTarget(target: FocusTarget): void {
  const view = useViewStore.getState();
  view.requestFocus(target);
  view.setInspectorOpen(true);
}

/** The comments the inspector should scroll to once it shows their target (a thread clicked in the panel). */
export const useRevealStore = create<{ threadId: string | null }>()(() => ({ threadId: null }));

/** Focuses a comment's target and scrolls the inspector to the thread. */
export function revealThread(target: CommentTarget, threadId: string): void {
  useRevealStore.setState({ threadId });
  focusTarget(target.kind === 'map' ? { kind: 'map' } : { kind: target.kind, id: target.id });
}
