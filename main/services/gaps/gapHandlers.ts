import type { Handlers, MapMetrics } from '../../../src/api/contract';
import { newId } from '../../../src/model/ids';
import type { JourneyMap } from '../../../src/model/journey';
import type { VelocityReport } from '../../../src/model/metrics';
import type { Snapshot } from '../../../src/schema/snapshotDocument';
import { mapMetrics, mapVelocity } from '../import/mapMetrics';
import type { ProjectStore } from '../projectStore';

type GapCall = Extract<keyof Handlers, `gaps.${string}` | `snapshot.${string}` | 'map.version'>;
export type GapHandlers = Pick<Handlers, GapCall>;

export interface GapHandlersContext {
  /** The open project with this id, or an AppError NOT_FOUND. */
  project(projectId: string): ProjectStore;
}

/** A map as it is stored now, with its metrics by month and its velocity (null without a transition log). */
function currentVersion(store: ProjectStore, mapId: string): { map: JourneyMap; metrics: MapMetrics; velocity: VelocityReport | null } {
  const map = store.getMap(mapId);
  return {
    map,
    metrics: mapMetrics(store, mapId, 'month'),
    velocity: store.metrics.hasTransitions(mapId) ? mapVelocity(store, mapId) : null,
  };
}

/** A new snapshot of the map as it is stored now (not yet written). */
function snapshotOf(store: ProjectStore, mapId: string, name: string): Snapshot {
  const { map, metrics, velocity } = currentVersion(store, mapId);
  return { id: newId(), mapId, name, createdAt: new Date().toISOString(), map, metrics, velocity };
}

/** Gap settings, snapshots and map versions for comparison. */
export function createGapHandlers(ctx: GapHandlersContext): GapHandlers {
  return {
    'gaps.settings': ({ projectId }) => ctx.project(projectId).gaps.settings(),
    'gaps.saveSettings': ({ projectId, settings }) => ctx.project(projectId).gaps.saveSettings(settings),
    'snapshot.list': ({ projectId, mapId }) => {
      const store = ctx.project(projectId);
      store.getMap(mapId);
      return store.gaps.listSnapshots(mapId);
    },
    'snapshot.create': ({ projectId, mapId, name }) => {
      const store = ctx.project(projectId);
      return store.gaps.addSnapshot(snapshotOf(store, mapId, name));
    },
    'snapshot.get': ({ projectId, snapshotId }) => {
      const { name, createdAt, map, metrics, velocity } = ctx.project(projectId).gaps.snapshot(snapshotId);
      return { label: name, at: createdAt, map, metrics, velocity };
    },
    'snapshot.rename': ({ projectId, snapshotId, name }) => ctx.project(projectId).gaps.renameSnapshot(snapshotId, name),
    'snapshot.delete': ({ projectId, snapshotId }) => {
      ctx.project(projectId).gaps.deleteSnapshot(snapshotId);
      return null;
    },
    'snapshot.restore': ({ projectId, snapshotId, backupName }) => {
      const store = ctx.project(projectId);
      const restored = store.gaps.snapshot(snapshotId);
      const backupContent = snapshotOf(store, restored.mapId, backupName);
      const { map, alongside: backup } = store.replaceMap(restored.mapId, restored.map, () => store.gaps.addSnapshot(backupContent));
      return { map, backup };
    },
    'snapshot.duplicate': ({ projectId, snapshotId, name }) => {
      const store = ctx.project(projectId);
      return store.addMapCopy(store.gaps.snapshot(snapshotId).map, name);
    },
    'map.version': ({ projectId, mapId }) => {
      const store = ctx.project(projectId);
      const version = currentVersion(store, mapId);
      const updatedAt = store.listMaps().find((summary) => summary.id === mapId)?.updatedAt ?? '';
      return { label: version.map.name, at: updatedAt, ...version };
    },
  };
}
