import { create } from 'zustand';
import type { AppInfo } from '../../src/api/contract';
import type { MapSummary, OpenProject } from '../../src/model/project';
import { backToCrumb, followLink, pruneTrail, stepBack, type MapLocation } from './mapTrail';

/** Dialogs that the menu, shortcuts and buttons can all open, so they live above the screens. */
export type AppDialog = 'newProject' | 'openProject' | 'saveCopy' | 'exportJson' | 'importJson' | 'settings';

export type Screen = 'home' | 'project' | 'map';

interface AppState {
  info: AppInfo | null;
  /** The open project; null on the project home. */
  project: OpenProject | null;
  /** The map shown in the editor; null while the project's map list is shown. */
  mapId: string | null;
  /** Parent maps of the shown one, outermost first, when it was reached by following links. */
  trail: readonly string[];
  dialog: AppDialog | null;
  setInfo: (info: AppInfo) => void;
  projectOpened: (project: OpenProject) => void;
  projectClosed: () => void;
  /** Replaces the open project's data (after a rename) without changing the screen. */
  projectChanged: (project: OpenProject) => void;
  mapsChanged: (maps: MapSummary[]) => void;
  /** Opens a map from the project (an empty trail), or restores one with the trail it had. */
  mapOpened: (mapId: string, trail?: readonly string[]) => void;
  /** Follows a card's link to a sub-journey; the map shown now joins the trail. */
  linkedMapOpened: (mapId: string) => void;
  /** Goes back to the parent map at `index` of the trail. */
  crumbOpened: (index: number) => void;
  /** One step back: the parent map, or the project when there is none. */
  steppedBack: () => void;
  mapClosed: () => void;
  openDialog: (dialog: AppDialog) => void;
  closeDialog: () => void;
}

const at = (location: MapLocation) => ({ mapId: location.mapId, trail: location.trail });

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  project: null,
  mapId: null,
  trail: [],
  dialog: null,
  setInfo: (info) => set({ info }),
  projectOpened: (project) => set({ project, mapId: null, trail: [] }),
  projectClosed: () => set({ project: null, mapId: null, trail: [] }),
  projectChanged: (project) => set({ project }),
  mapsChanged: (maps) =>
    set((state) =>
      state.project ? { project: { ...state.project, maps }, ...at(pruneTrail(state, new Set(maps.map((map) => map.id)))) } : {},
    ),
  mapOpened: (mapId, trail = []) => set({ mapId, trail }),
  linkedMapOpened: (mapId) => set((state) => at(followLink(state, mapId))),
  crumbOpened: (index) => set((state) => at(backToCrumb(state, index))),
  steppedBack: () => set((state) => at(stepBack(state))),
  mapClosed: () => set({ mapId: null, trail: [] }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));

/** Which screen to show, derived so it can never disagree with the open project. */
export const selectScreen = (state: Pick<AppState, 'project' | 'mapId'>): Screen =>
  state.project === null ? 'home' : state.mapId === null ? 'project' : 'map';
