import type { Id } from './journey';

/** What a project file says about itself (one row of metadata in the file). */
export interface ProjectInfo {
  id: Id;
  name: string;
  createdAt: string;
}

/** A map as listed on the project home, without its content. */
export interface MapSummary {
  id: Id;
  name: string;
  position: number;
  createdAt: string;
  updatedAt: string;
  stageCount: number;
  laneCount: number;
  cardCount: number;
}

/** An open project as the renderer sees it. `projectId` is the handle for later calls. */
export interface OpenProject {
  projectId: string;
  path: string;
  info: ProjectInfo;
  maps: MapSummary[];
}

/** One entry of the recent-projects list. */
export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}
