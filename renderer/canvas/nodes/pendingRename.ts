/**
 * A header that should open its inline rename as soon as it is drawn: set by
 * the action that creates it (a new phase), taken once by the header node.
 */
let pending: string | null = null;

/** Asks the header of `id` to open its rename editor when it mounts. */
export function renameWhenShown(id: string): void {
  pending = id;
}

/** True once for the header asked to rename itself. */
export function takePendingRename(id: string): boolean {
  if (pending !== id) return false;
  pending = null;
  return true;
}
