import './gaps.css';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { useGapStore } from '../../store/gapStore';
import { AcceptedGapsTab } from './AcceptedGapsTab';
import { GapReportTab } from './GapReportTab';
import { GapRulesTab } from './GapRulesTab';
import { OpenGapsTab } from './OpenGapsTab';

/** The gap side panel: open gaps by severity (click focuses), accepted gaps, rule settings, the report and its export. */
export function GapsPanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('gaps');
  const openCount = useGapStore((s) => s.open.length);
  const acceptedCount = useGapStore((s) => s.accepted.length);
  return (
    <div data-testid="gaps-panel">
      <Tabs
        className="jc-gaps-panel"
        size="small"
        tabBarGutter={12}
        items={[
          { key: 'open', label: t('panel.tabs.open', { count: openCount }), children: <OpenGapsTab map={map} /> },
          { key: 'accepted', label: t('panel.tabs.accepted', { count: acceptedCount }), children: <AcceptedGapsTab map={map} /> },
          { key: 'rules', label: t('panel.tabs.rules'), children: <GapRulesTab /> },
          { key: 'report', label: t('panel.tabs.report'), children: <GapReportTab map={map} /> },
        ]}
      />
    </div>
  );
}
