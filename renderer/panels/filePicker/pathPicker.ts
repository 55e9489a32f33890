import { create } from 'zustand';
import type { FileKind } from '../../../src/api/contract';

/** What to ask the user for: an existing file or a new file's path of one kind, or a folder. */
export type PathPickRequest =
  | {
      mode: 'open' | 'save';
      kind: FileKind;
      title: string;
      startDir?: string;
      /** Pre-filled file name in save mode. */
      defaultName?: string;
    }
  | { mode: 'folder'; title: string; startDir?: string };

interface PickerState {
  request: PathPickRequest | null;
  resolve: ((path: string | null) => void) | null;
}

/** The one in-app picker's state; `<FilePickerModal />` renders it. */
export const usePathPickerStore = create<PickerState>()(() => ({ request: null, resolve: null }));

/**
 * Shows the in-app file picker and resolves with the chosen path, or null when
 * cancelled. A plain function, so menu commands and shortcuts can call it too.
 */
export function pickPath(request: PathPickRequest): Promise<string | null> {
  usePathPickerStore.getState().resolve?.(null);
  return new Promise((resolve) => usePathPickerStore.setState({ request, resolve }));
}

/** Closes the picker with the user's answer. */
export function finishPick(path: string | null): void {
  const { resolve } = usePathPickerStore.getState();
  usePathPickerStore.setState({ request: null, resolve: null });
  resolve?.(path);
}
