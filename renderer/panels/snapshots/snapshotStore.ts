import { create } from 'zustand';
import type { SnapshotSummary } from '../../../src/model/gaps';
import type { MapSummary } from '../../../src/model/project';
import { api } from '../../api/client';
import type { DescribableError } from '../../i18n/describeError';
import { useDocumentStore } from '../../store/documentStore';
import { useMetricsStore } from '../../store/metricsStore';

/** One side of a comparison: the open map as it is now, one of its snapshots, or another map of the project. */
export type VersionRef = 'current' | `snapshot:${string}` | `map:${string}`;

export interface SnapshotState {
  /** The map the list belongs to ("projectId/mapId"), so a list of another map is never shown. */
  listedFor: string | null;
  snapshots: SnapshotSummary[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: DescribableError | null;
  /** The compare dialog's two versions; null while it is closed. */
  compare: { before: VersionRef; after: VersionRef } | null;
  /** Lists the snapshots of the open map. */
  refresh(): Promise<void>;
  /** Saves the open map (after its pending edits) as a snapshot. */
  save(name: string): Promise<SnapshotSummary>;
  rename(snapshotId: string, name: string): Promise<void>;
  remove(snapshotId: string): Promise<void>;
  /** Puts the snapshot back into the open map (the current content is kept as `backupName`) and reloads the editor. */
  restore(snapshotId: string, backupName: string): Promise<void>;
  /** A new map of the project from the snapshot. */
  duplicate(snapshotId: string, name: string): Promise<MapSummary>;
  openCompare(before: VersionRef, after: VersionRef): void;
  setCompare(side: 'before' | 'after', ref: VersionRef): void;
  closeCompare(): void;
}

const openMap = (): { projectId: string; mapId: string } => {
  const { projectId, mapId } = useDocumentStore.getState();
  if (!projectId || !mapId) throw new Error('No map is open');
  return { projectId, mapId };
};

export const useSnapshotStore = create<SnapshotState>()((set, get) => ({
  listedFor: null,
  snapshots: [],
  status: 'idle',
  error: null,
  compare: null,
  async refresh() {
    const ref = openMap();
    const key = `${ref.projectId}/${ref.mapId}`;
    if (get().listedFor !== key) set({ listedFor: key, snapshots: [], status: 'loading', error: null });
    const result = await api.call('snapshot.list', ref);
    // A reply for a map that is no longer open is dropped.
    if (get().listedFor !== key) return;
    if (result.ok) set({ snapshots: result.value, status: 'ready', error: null });
    else set({ status: 'error', error: result.error });
  },
  async save(name) {
    await useDocumentStore.getState().whenSaved();
    const summary = await api.invoke('snapshot.create', { ...openMap(), name });
    await get().refresh();
    return summary;
  },
  async rename(snapshotId, name) {
    await api.invoke('snapshot.rename', { projectId: openMap().projectId, snapshotId, name });
    await get().refresh();
  },
  async remove(snapshotId) {
    await api.invoke('snapshot.delete', { projectId: openMap().projectId, snapshotId });
    await get().refresh();
  },
  async restore(snapshotId, backupName) {
    const { projectId, mapId } = openMap();
    await useDocumentStore.getState().whenSaved();
    await api.invoke('snapshot.restore', { projectId, snapshotId, backupName });
    // Loading replaces the document and clears its undo history: the old edits do not apply to the restored map.
    await useDocumentStore.getState().load(projectId, mapId);
    void useMetricsStore.getState().refresh();
    await get().refresh();
  },
  async duplicate(snapshotId, name) {
    return api.invoke('snapshot.duplicate', { projectId: openMap().projectId, snapshotId, name });
  },
  openCompare: (before, after) => set({ compare: { before, after } }),
  setCompare: (side, ref) => set((s) => ({ compare: s.compare ? { ...s.compare, [side]: ref } : null })),
  closeCompare: () => set({ compare: null }),
}));

