import { useEffect, useMemo, useState } from 'react';
import { compareVersions, type VersionComparison } from '../../../src/compare/compareVersions';
import type { MapVersion } from '../../../src/model/gaps';
import { api } from '../../api/client';
import { toDescribableError, type DescribableError } from '../../i18n/describeError';
import { useDocumentStore } from '../../store/documentStore';
import { useGapStore } from '../../store/gapStore';
import { metricLanguage } from '../metrics/metricFormat';
import type { VersionRef } from './snapshotStore';

/** Fetches one side: the open map (after its pending edits are saved), a snapshot, or another map. */
async function fetchVersion(projectId: string, mapId: string, ref: VersionRef): Promise<MapVersion> {
  if (ref === 'current') {
    await useDocumentStore.getState().whenSaved();
    return api.invoke('map.version', { projectId, mapId });
  }
  if (ref.startsWith('snapshot:')) return api.invoke('snapshot.get', { projectId, snapshotId: ref.slice('snapshot:'.length) });
  return api.invoke('map.version', { projectId, mapId: ref.slice('map:'.length) });
}

export type ComparisonState =
  | { status: 'loading' }
  | { status: 'error'; error: DescribableError }
  | { status: 'ready'; comparison: VersionComparison };

/**
 * The comparison of two versions of the open map's project, fetched when the
 * choice changes; `labels` name the sides (the chart's legend).
 */
export function useComparison(projectId: string, mapId: string, refs: { before: VersionRef; after: VersionRef }, labels: { before: string; after: string }): ComparisonState {
  const language = metricLanguage();
  const settings = useGapStore((s) => s.settings);
  const [loaded, setLoaded] = useState<{ key: string; result: { versions: [MapVersion, MapVersion] } | { error: DescribableError } } | null>(null);
  const key = `${projectId}/${mapId}/${refs.before}/${refs.after}`;

  useEffect(() => {
    let live = true;
    Promise.all([fetchVersion(projectId, mapId, refs.before), fetchVersion(projectId, mapId, refs.after)]).then(
      (versions) => live && setLoaded({ key, result: { versions } }),
      (thrown: unknown) => live && setLoaded({ key, result: { error: toDescribableError(thrown) } }),
    );
    return () => {
      live = false;
    };
  }, [key, projectId, mapId, refs.before, refs.after]);

  return useMemo((): ComparisonState => {
    if (loaded?.key !== key) return { status: 'loading' };
    if ('error' in loaded.result) return { status: 'error', error: loaded.result.error };
    const [before, after] = loaded.result.versions;
    const comparison = compareVersions({ ...before, label: labels.before }, { ...after, label: labels.after }, settings, language);
    return { status: 'ready', comparison };
  }, [loaded, key, labels.before, labels.after, settings, language]);
}
