import { create } from 'zustand';
import type { AppInfo } from '../../src/api/contract';
import type { MapSummary, OpenProject } from '../../src/model/project';

/** Dialogs that the menu, shortcuts and buttons can all open, so they live above the screens. */
export type AppDialog = 'newProject' | 'openProject' | 'saveCopy' | 'exportJson' | 'importJson';

export type Screen = 'home' | 'project' | 'map';

interface AppState {
  info: AppInfo | null;
  /** The open project; null on the project home. */
  project: OpenProject | null;
  /** The map shown in the editor; null while the project's map list is shown. */
  mapId: string | null;
  dialog: AppDialog | null;
  setInfo: (info: AppInfo) => void;
  projectOpened: (project: OpenProject) => void;
  projectClosed: () => void;
  /** Replaces the open project's data (after a rename) without changing the screen. */
  projectChanged: (project: OpenProject) => void;
  mapsChanged: (maps: MapSummary[]) => void;
  mapOpened: (mapId: string) => void;
  mapClosed: () => void;
  openDialog: (dialog: AppDialog) => void;
  closeDialog: () => void;
}

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  project: null,
  mapId: null,
  dialog: null,
  setInfo: (info) => set({ info }),
  projectOpened: (project) => set({ project, mapId: null }),
  projectClosed: () => set({ project: null, mapId: null }),
  projectChanged: (project) => set({ project }),
  mapsChanged: (maps) => set((state) => (state.project ? { project: { ...state.project, maps } } : {})),
  mapOpened: (mapId) => set({ mapId }),
  mapClosed: () => set({ mapId: null }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));

/** Which screen to show, derived so it can never disagree with the open project. */
export const selectScreen = (state: Pick<AppState, 'project' | 'mapId'>): Screen =>
  state.project === null ? 'home' : state.mapId === null ? 'project' : 'map';
