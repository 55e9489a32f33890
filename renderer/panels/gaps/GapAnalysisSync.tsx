import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useGapStore } from '../../store/gapStore';
import { useMetricsStore } from '../../store/metricsStore';

/** Keeps the gap store in step with the open map, its metrics, the period and segment shown, and the project's settings. Renders nothing. */
export function GapAnalysisSync({ projectId, map }: { projectId: string; map: JourneyMap }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const data = useMetricsStore((s) => s.data);
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const segment = useMetricsStore((s) => s.segment);
  const revision = useMetricsStore((s) => s.revision);
  const settings = useGapStore((s) => s.settings);
  const velocity = useGapStore((s) => s.velocity);
  const hasTransitions = data?.hasTransitions ?? false;

  useEffect(() => {
    void useGapStore.getState().loadSettings(projectId);
  }, [projectId]);

  useEffect(() => {
    void useGapStore.getState().loadVelocity(projectId, map.id, hasTransitions);
  }, [projectId, map.id, hasTransitions, revision]);

  useEffect(() => () => useGapStore.getState().close(), [map.id]);

  useEffect(() => {
    useGapStore.getState().recompute(map, data, { grain, period, segment }, language);
  }, [map, data, grain, period, segment, settings, velocity, language]);

  return null;
}
