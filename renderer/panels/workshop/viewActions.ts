import type { SavedView, ViewFilter } from '../../../src/model/annotations';
import { newId } from '../../../src/model/ids';
import { useDocumentStore } from '../../store/documentStore';
import { useViewStore } from '../../store/viewStore';

/** Saved views: named filters stored in the map; saving, renaming, updating and deleting are undoable commands. */

const execute = useDocumentStore.getState;
const view = useViewStore.getState;

/** Saves the current filters under `name` and makes the new view the active one. */
export function saveCurrentView(name: string): boolean {
  const saved: SavedView = { id: newId(), name: name.trim(), filter: view().currentFilter(), createdAt: new Date().toISOString() };
  if (!execute().execute([{ name: 'view.add', args: { views: [saved] } }])) return false;
  view().applyFilter(saved.filter, saved.id);
  return true;
}

/** Shows the map the way the view says. */
export const applyView = (saved: SavedView): void => view().applyFilter(saved.filter, saved.id);

export const renameView = (saved: SavedView, name: string): boolean =>
  name.trim() === saved.name || execute().execute([{ name: 'view.edit', args: { id: saved.id, patch: { name: name.trim() } } }]);

/** Replaces the view's filters with the current ones; it becomes the active view. */
export function updateViewFilter(saved: SavedView): boolean {
  const filter: ViewFilter = view().currentFilter();
  if (!execute().execute([{ name: 'view.edit', args: { id: saved.id, patch: { filter } } }])) return false;
  view().applyFilter(filter, saved.id);
  return true;
}

export function deleteView(saved: SavedView): boolean {
  if (!execute().execute([{ name: 'view.delete', args: { ids: [saved.id] } }])) return false;
  if (view().activeViewId === saved.id) view().applyFilter(view().currentFilter(), null);
  return true;
}
