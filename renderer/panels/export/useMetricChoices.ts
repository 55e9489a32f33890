import { useEffect, useState } from 'react';
import type { Grain } from '../../../src/model/metrics';
import { api } from '../../api/client';

export interface MetricChoices {
  /** Bucket starts with values at the grain, oldest first. */
  periods: string[];
  segments: string[];
  hasMetrics: boolean;
}

const NONE: MetricChoices = { periods: [], segments: [], hasMetrics: false };

/** The periods and segments the map's metrics have at `grain` (`metrics.get`), for the dialog's metric choices. */
export function useMetricChoices(projectId: string, mapId: string, grain: Grain): MetricChoices {
  const [choices, setChoices] = useState<MetricChoices>(NONE);
  useEffect(() => {
    let current = true;
    api
      .invoke('metrics.get', { projectId, mapId, grain })
      .then((data) => {
        if (current) setChoices({ periods: data.periods, segments: data.segments, hasMetrics: data.series.length > 0 });
      })
      // Without metrics the export still works; the choices only stay empty.
      .catch(() => current && setChoices(NONE));
    return () => {
      current = false;
    };
  }, [projectId, mapId, grain]);
  return choices;
}
