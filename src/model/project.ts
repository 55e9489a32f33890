import type { Id, LaneType, MapStatus } from './journey';

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
  personaIds: Id[];
  owner: string | null;
  status: MapStatus;
  /** Enough of the map to draw its thumbnail: lane types top to bottom and the filled cells. */
  sketch: MapSketch;
}

/** A thumbnail's worth of a map: no text, just its grid and where cards are. */
export interface MapSketch {
  stageCount: number;
  lanes: LaneType[];
  /** Cards per cell as [stageIndex, laneIndex, count], at most 400 cells. */
  cells: [number, number, number][];
}

/** Built-in templates, each in every UI language (see src/templates). */
export const BUILTIN_TEMPLATE_KEYS = ['blank', 'starter', 'paidChannel', 'consumerPurchase', 'b2bLead', 'serviceBlueprint', 'carBuyer'] as const;
export type BuiltinTemplateKey = (typeof BUILTIN_TEMPLATE_KEYS)[number];

/** A template a map can start from: built in, or saved from a map of this project. */
export type TemplateSummary =
  | { kind: 'builtin'; key: BuiltinTemplateKey }
  | { kind: 'project'; id: Id; name: string; createdAt: string; sketch: MapSketch };

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
