import i18next from 'i18next';
import type { Command } from '../../src/commands/schemas';
import type { LaneType } from '../../src/model/journey';
import { newId } from '../../src/model/ids';
import { defaultLaneName, defaultStageName } from '../../src/templates/starterMap';
import { currentLanguage } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { useSelectionStore } from '../store/selectionStore';
import { addCardAtEnd, addLaneAt, addPhaseForStage, addStageAt, deleteSelection, nudgeCards, type Direction } from './editorCommands';
import { renameWhenShown } from './nodes/pendingRename';

/**
 * What toolbar buttons, menus and shortcuts do. Each reads the stores when it
 * runs (never during render), so every caller shares one implementation.
 */

const documentState = () => useDocumentStore.getState();
const selection = () => useSelectionStore.getState();

/** Applies and saves commands as one undoable edit; false when they do not apply. */
export function execute(commands: Command[]): boolean {
  return documentState().execute(commands);
}

/** Adds an empty card at the end of a cell, selects it and opens its title editor. */
export function addCardInCell(stageId: string, laneId: string): void {
  const map = documentState().map;
  if (!map) return;
  const id = newId();
  if (documentState().execute([addCardAtEnd(map, stageId, laneId, id)])) {
    selection().select([id]);
    selection().editCard(id, true);
  }
}

/** Adds a stage at `index` named after its position ("Stage 3"). */
export function addStage(index: number): void {
  documentState().execute([addStageAt(index, newId(), defaultStageName(index, currentLanguage()))]);
}

/** Adds a lane of `type` at `index`, named after its type. */
export function addLane(type: LaneType, index: number): void {
  documentState().execute([addLaneAt(index, newId(), type, defaultLaneName(type, currentLanguage()))]);
}

/** Puts a stage into a new phase ("Phase 3"), selects the phase and opens its name for editing. */
export function addPhaseWithStage(stageId: string): void {
  const map = documentState().map;
  if (!map) return;
  const id = newId();
  const name = i18next.t('editor:phase.defaultName', { n: (map.phases?.length ?? 0) + 1 });
  const command = addPhaseForStage(map, stageId, id, name);
  if (command && documentState().execute([command])) {
    renameWhenShown(id);
    selection().selectHeader({ kind: 'phase', id });
  }
}

/** Deletes the selected cards and connections as one undoable edit. */
export function deleteSelected(): void {
  const map = documentState().map;
  const { cardIds, edgeIds } = selection();
  if (!map) return;
  const commands = deleteSelection(map, cardIds, edgeIds);
  if (commands.length > 0 && documentState().execute(commands)) selection().clear();
}

/** Duplicates the selected cards (each copy right under its original) and selects the copies. */
export function duplicateSelected(): void {
  const map = documentState().map;
  const ids = [...selection().cardIds].filter((id) => map?.cards[id]);
  if (ids.length === 0) return;
  const newIds = ids.map(() => newId());
  if (documentState().execute([{ name: 'card.duplicate', args: { ids, newIds } }])) selection().select(newIds);
}

/** Moves the selected cards one stage or lane over; does nothing at the edge of the map. */
export function nudgeSelected(direction: Direction): void {
  const map = documentState().map;
  if (!map) return;
  const command = nudgeCards(map, selection().cardIds, direction);
  if (command) documentState().execute([command]);
}

/** Selects every card drawn on the map (cards of emotions lanes are not drawn, so they are left alone). */
export function selectAllCards(): void {
  const map = documentState().map;
  if (!map) return;
  const hidden = new Set(map.lanes.filter((lane) => lane.type === 'emotions').map((lane) => lane.id));
  selection().select(Object.values(map.cards).flatMap((card) => (hidden.has(card.laneId) ? [] : [card.id])));
}

/** Opens the title editor of the single selected card. */
export function editSelectedCard(): void {
  const [first, ...rest] = selection().cardIds;
  if (first && rest.length === 0) selection().editCard(first);
}
