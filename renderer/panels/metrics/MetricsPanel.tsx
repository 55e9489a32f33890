import './metrics.css';
import { Alert, Button, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { describeError } from '../../i18n/describeError';
import { useDocumentStore } from '../../store/documentStore';
import { useMetricsStore } from '../../store/metricsStore';
import { ImportHistory } from '../import/ImportHistory';
import { DefinitionsTab } from './DefinitionsTab';
import { DerivedTab } from './DerivedTab';
import { FunnelTab } from './FunnelTab';
import { VelocityTab } from './VelocityTab';

/** Wraps a tab that needs imported values: loading, error and "how to import" states. */
function WithMetrics({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation('metrics');
  const status = useMetricsStore((s) => s.status);
  const error = useMetricsStore((s) => s.error);
  const data = useMetricsStore((s) => s.data);
  if (status === 'error' && error)
    return (
      <Alert
        type="error"
        showIcon
        message={t('panel.loadFailed', { message: describeError(t, error) })}
        action={
          <Button size="small" onClick={() => void useMetricsStore.getState().refresh()}>
            {t('panel.retry')}
          </Button>
        }
      />
    );
  if (!data) return <Spin size="small" tip={t('panel.loading')} />;
  if (data.series.length === 0 && !data.hasTransitions)
    return (
      <Typography.Paragraph type="secondary" data-testid="metrics-empty">
        {t('panel.empty')}
      </Typography.Paragraph>
    );
  return <>{children}</>;
}

/** The metrics side panel: funnel, stage velocity, derived metrics, definitions and the import history. */
export function MetricsPanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('metrics');
  const projectId = useDocumentStore((s) => s.projectId);
  return (
    <Tabs
      className="jc-metrics-panel"
      size="small"
      tabBarGutter={10}
      data-testid="metrics-panel"
      items={[
        { key: 'funnel', label: t('panel.tabs.funnel'), children: <WithMetrics>{<FunnelTab map={map} />}</WithMetrics> },
        { key: 'velocity', label: t('panel.tabs.velocity'), children: <WithMetrics>{<VelocityTab map={map} />}</WithMetrics> },
        { key: 'derived', label: t('panel.tabs.derived'), children: <WithMetrics>{<DerivedTab map={map} />}</WithMetrics> },
        { key: 'definitions', label: t('panel.tabs.definitions'), children: <DefinitionsTab /> },
        { key: 'imports', label: t('panel.tabs.imports'), children: projectId !== null && <ImportHistory projectId={projectId} mapId={map.id} /> },
      ]}
    />
  );
}
