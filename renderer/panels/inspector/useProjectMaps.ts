import { useEffect, useState } from 'react';
import type { MapSummary } from '../../../src/model/project';
import { api } from '../../api/client';

/** The project's maps (for linking a card to a sub-journey); null while loading or when they could not be listed. */
export function useProjectMaps(projectId: string): MapSummary[] | null {
  const [loaded, setLoaded] = useState<{ projectId: string; maps: MapSummary[] } | null>(null);
  useEffect(() => {
    let live = true;
    api.invoke('map.list', { projectId }).then(
      (maps) => live && setLoaded({ projectId, maps }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [projectId]);
  return loaded?.projectId === projectId ? loaded.maps : null;
}
