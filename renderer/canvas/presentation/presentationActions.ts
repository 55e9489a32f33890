import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useViewStore } from '../../store/viewStore';
import { useCaptureStore } from '../capture/captureStore';
import { usePresentationStore } from './presentationStore';

/** The element shown full screen while presenting: the whole editor, so the timer overlay comes along. */
const editorElement = (): HTMLElement | null => document.querySelector<HTMLElement>('.jc-editor');

/**
 * Starts presenting at the stage of the selected card (else the first stage):
 * asks for full screen on the editor and, when the browser refuses (no user
 * gesture, or a policy), presents inside the window all the same.
 */
export function startPresentation(): void {
  const map = useDocumentStore.getState().map;
  if (!map || usePresentationStore.getState().active) return;
  const selection = useSelectionStore.getState();
  const [firstCard] = selection.cardIds;
  const stageId = firstCard ? map.cards[firstCard]?.stageId : selection.header?.kind === 'stage' ? selection.header.id : undefined;
  const stageIndex = Math.max(0, map.stages.findIndex((s) => s.id === stageId));
  useCaptureStore.getState().stop();
  selection.clear();
  selection.editCard(null);
  usePresentationStore.getState().start({ stageIndex, hiddenLaneIds: useViewStore.getState().hiddenLaneIds });
  const element = editorElement();
  if (!element?.requestFullscreen || document.fullscreenElement) return;
  element
    .requestFullscreen({ navigationUI: 'hide' })
    .then(() => {
      if (usePresentationStore.getState().active) usePresentationStore.getState().setFullScreen(true);
      else void document.exitFullscreen().catch(() => undefined);
    })
    .catch(() => undefined);
}

/** Leaves presentation mode and the full screen it entered. */
export function stopPresentation(): void {
  const { active, fullScreen } = usePresentationStore.getState();
  if (!active) return;
  usePresentationStore.getState().stop();
  if (fullScreen && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
