import { create } from 'zustand';
import type { ConnectionKind, Id } from '../../../src/model/journey';
import { newId } from '../../../src/model/ids';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { connectCards } from '../editorCommands';
import { defaultConnectionKind, displayedKind, pointsBackward } from './connectionKinds';

/**
 * The small menu of connection kinds: shown where a new connection was
 * dropped (the connection is created when a kind is chosen, or with the
 * suggested kind when the menu is dismissed) and for changing the kind of an
 * existing connection (right-click, or K on the selected one).
 */

/** Where the menu shows, in client (window) pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

export type KindMenuRequest =
  | { mode: 'create'; source: Id; target: Id; at: ScreenPoint; kind: ConnectionKind }
  | { mode: 'change'; connectionId: Id; at: ScreenPoint; kind: ConnectionKind };

interface KindMenuState {
  request: KindMenuRequest | null;
}

export const useKindMenuStore = create<KindMenuState>()(() => ({ request: null }));

const close = () => useKindMenuStore.setState({ request: null });
const currentMap = () => useDocumentStore.getState().map;

/** Offers the kinds for a new connection at `at`; nothing when the connection could not be made (same card, duplicate). */
export function proposeConnection(source: Id, target: Id, at: ScreenPoint): void {
  const map = currentMap();
  // connectCards only checks here that the connection can be made; the real id is drawn when a kind is chosen.
  if (!map || !connectCards(map, source, target, 'probe')) return;
  useKindMenuStore.setState({ request: { mode: 'create', source, target, at, kind: defaultConnectionKind(map, source, target) } });
}

/** Opens the menu for an existing connection, with the kind it is drawn as checked. */
export function openKindMenu(connectionId: Id, at: ScreenPoint): void {
  const map = currentMap();
  const connection = map?.connections[connectionId];
  if (!map || !connection) return;
  const kind = displayedKind(connection, pointsBackward(map, connection.source, connection.target));
  useKindMenuStore.setState({ request: { mode: 'change', connectionId, at, kind } });
}

/** Opens the menu for the one selected connection, at its middle; false when not exactly one connection is selected. */
export function openKindMenuForSelectedEdge(): boolean {
  const { edgeIds, cardIds } = useSelectionStore.getState();
  const [id, ...rest] = edgeIds;
  if (!id || rest.length > 0 || cardIds.size > 0) return false;
  const box = document.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
  const at = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
  openKindMenu(id, at);
  return true;
}

/** Creates the proposed connection with `kind`, or gives the existing one that kind. */
export function chooseKind(kind: ConnectionKind): void {
  const request = useKindMenuStore.getState().request;
  const map = currentMap();
  close();
  if (!request || !map) return;
  if (request.mode === 'create') {
    const command = connectCards(map, request.source, request.target, newId(), kind);
    if (command) useDocumentStore.getState().execute([command]);
    return;
  }
  // Compared with the kind it is drawn as, so re-choosing what is shown changes nothing.
  if (map.connections[request.connectionId] && kind !== request.kind) {
    useDocumentStore.getState().execute([{ name: 'connection.edit', args: { id: request.connectionId, patch: { kind } } }]);
  }
}

/** Closes the menu: a new connection is still made, with the suggested kind; an existing one stays as it is. */
export function dismissKindMenu(): void {
  const request = useKindMenuStore.getState().request;
  if (request?.mode === 'create') chooseKind(request.kind);
  else close();
}

/** Forgets an open menu without acting on it (the editor is going away). */
export function discardKindMenu(): void {
  close();
}
