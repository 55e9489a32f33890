import type { CellRef } from '../../../src/views/stepping';
import { captureLanes, startCell, stepCell } from '../../../src/views/stepping';
import { newId } from '../../../src/model/ids';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useViewStore } from '../../store/viewStore';
import { addCardAtEnd } from '../editorCommands';
import { usePresentationStore } from '../presentation/presentationStore';
import { useCaptureStore } from './captureStore';

const lanesAndStages = () => {
  const map = useDocumentStore.getState().map;
  if (!map) return null;
  return { map, stages: map.stages, lanes: captureLanes(map.lanes, useViewStore.getState().hiddenLaneIds) };
};

/**
 * Opens quick capture in the selected card's cell, else the cell last
 * clicked, else the first cell that holds cards. Does nothing while presenting.
 */
export function startCapture(): void {
  const found = lanesAndStages();
  if (!found || usePresentationStore.getState().active) return;
  const { map, stages, lanes } = found;
  const selection = useSelectionStore.getState();
  const [selectedId] = selection.cardIds;
  const selected = selectedId ? map.cards[selectedId] : undefined;
  const cell = startCell(stages, lanes, [selected ? { stageId: selected.stageId, laneId: selected.laneId } : null, useCaptureStore.getState().lastClicked]);
  selection.editCard(null);
  useCaptureStore.getState().moveTo(cell);
}

/** Opens quick capture, or closes it when it is open (the toolbar button). */
export function toggleCapture(): void {
  if (useCaptureStore.getState().cell) useCaptureStore.getState().stop();
  else startCapture();
}

/** Moves the capture input to the next (1) or previous (-1) cell. */
export function stepCapture(direction: 1 | -1): void {
  const found = lanesAndStages();
  if (!found) return;
  useCaptureStore.getState().moveTo(stepCell(found.stages, found.lanes, useCaptureStore.getState().cell, direction));
}

/** Adds a card titled `title` at the end of `cell` as one undoable edit; false when nothing was added. */
export function captureCard(cell: CellRef, title: string): boolean {
  const text = title.trim();
  const map = useDocumentStore.getState().map;
  if (!map || text === '') return false;
  const command = addCardAtEnd(map, cell.stageId, cell.laneId, newId());
  if (command.name !== 'card.add') return false;
  const cards = command.args.cards.map((card) => ({ ...card, title: text }));
  if (!useDocumentStore.getState().execute([{ name: 'card.add', args: { cards } }])) return false;
  useCaptureStore.getState().noteAdded();
  return true;
}
