import { Checkbox, Form, Radio, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area, ContentOptions } from '../../../src/export/exportOptions';
import type { Persona } from '../../../src/model/catalog';
import type { JourneyMap } from '../../../src/model/journey';
import { GRAINS } from '../../../src/schema/metrics';
import { bucketLabel } from '../../../src/metrics/periods';
import { LANE_TYPE_VISUALS } from '../../canvas/laneTypeVisuals';
import { metricLanguage } from '../metrics/metricFormat';
import { lanesByView } from './contentChoices';
import { IdChecklist } from './IdChecklist';
import type { MetricChoices } from './useMetricChoices';

// antd Selects need a value for "the latest period".
const LATEST = '__latest';

interface ContentFieldsProps {
  map: JourneyMap;
  personas: Persona[];
  content: ContentOptions;
  /** The canvas's visible area now; null when it cannot be known (no canvas size). */
  visibleArea: Area | null;
  metricChoices: MetricChoices;
  onChange(content: ContentOptions): void;
}

/** Whole map or the visible area. */
function AreaField({ content, visibleArea, onChange }: Pick<ContentFieldsProps, 'content' | 'visibleArea' | 'onChange'>) {
  const { t } = useTranslation('export');
  return (
    <Form.Item label={t('content.area')}>
      <Radio.Group
        value={content.area ? 'visible' : 'whole'}
        onChange={(e) => onChange({ ...content, area: e.target.value === 'visible' ? visibleArea : null })}
        options={[
          { value: 'whole', label: t('content.wholeMap') },
          { value: 'visible', label: t('content.visibleArea'), disabled: visibleArea === null },
        ]}
      />
    </Form.Item>
  );
}

/** Segment, period length and period of the metrics shown on the map and in the metrics appendix. */
function MetricFields({ content, metricChoices, onChange }: Pick<ContentFieldsProps, 'content' | 'metricChoices' | 'onChange'>) {
  const { t } = useTranslation('export');
  const { t: tMetrics } = useTranslation('metrics');
  const language = metricLanguage();
  const latest = metricChoices.periods.at(-1);
  const segments = metricChoices.segments.includes('') ? metricChoices.segments : ['', ...metricChoices.segments];
  return (
    <Space wrap>
      <Form.Item label={tMetrics('toolbar.segment')} htmlFor="export-segment">
        <Select
          id="export-segment"
          style={{ minWidth: 140 }}
          value={content.segment}
          onChange={(segment) => onChange({ ...content, segment })}
          options={segments.map((s) => ({ value: s, label: s === '' ? tMetrics('toolbar.allUsers') : s }))}
        />
      </Form.Item>
      <Form.Item label={tMetrics('toolbar.grain')} htmlFor="export-grain">
        <Select
          id="export-grain"
          style={{ minWidth: 100 }}
          value={content.grain}
          // Another grain has other bucket starts: the period goes back to the latest.
          onChange={(grain) => onChange({ ...content, grain, period: null })}
          options={GRAINS.map((g) => ({ value: g, label: tMetrics(`toolbar.grains.${g}`) }))}
        />
      </Form.Item>
      <Form.Item label={tMetrics('toolbar.period')} htmlFor="export-period">
        <Select
          id="export-period"
          style={{ minWidth: 160 }}
          value={content.period ?? LATEST}
          onChange={(period: string) => onChange({ ...content, period: period === LATEST ? null : period })}
          options={[
            { value: LATEST, label: latest ? tMetrics('toolbar.latest', { label: bucketLabel(latest, content.grain, language) }) : t('content.noPeriods') },
            ...[...metricChoices.periods].reverse().map((p) => ({ value: p, label: bucketLabel(p, content.grain, language) })),
          ]}
        />
      </Form.Item>
    </Space>
  );
}

/** What of the map goes in: area, lanes (by view), stages, personas, metrics, comments and gap markers. */
export function ContentFields({ map, personas, content, visibleArea, metricChoices, onChange }: ContentFieldsProps) {
  const { t } = useTranslation('export');
  const { t: tEditor } = useTranslation('editor');
  const laneGroups = lanesByView(map).map(({ view, lanes }) => ({
    key: view,
    title: tEditor(`laneGroups.${view}`),
    items: lanes.map((lane) => {
      const typeName = tEditor(`laneTypes.${lane.type}`);
      // The type is shown only when the name does not already say it (a starter map's lanes are named after their types).
      return {
        id: lane.id,
        label: (
          <>
            {lane.name}
            {lane.name !== typeName && (
              <Tag className="jc-export-checklist__type" color={LANE_TYPE_VISUALS[lane.type].color} variant="outlined">
                {typeName}
              </Tag>
            )}
          </>
        ),
      };
    }),
  }));
  return (
    <>
      <AreaField content={content} visibleArea={visibleArea} onChange={onChange} />
      <Form.Item label={t('content.lanes')}>
        <IdChecklist label={t('content.lanes')} groups={laneGroups} value={content.laneIds} onChange={(laneIds) => onChange({ ...content, laneIds })} />
      </Form.Item>
      <Form.Item label={t('content.stages')}>
        <IdChecklist
          label={t('content.stages')}
          groups={[{ key: 'stages', items: map.stages.map((stage) => ({ id: stage.id, label: stage.name })) }]}
          value={content.stageIds}
          onChange={(stageIds) => onChange({ ...content, stageIds })}
        />
      </Form.Item>
      {personas.length > 0 && (
        <Form.Item label={t('content.personas')} extra={<Typography.Text type="secondary">{t('content.personasHelp')}</Typography.Text>}>
          <IdChecklist
            label={t('content.personas')}
            groups={[{ key: 'personas', items: personas.map((persona) => ({ id: persona.id, label: persona.name })) }]}
            value={content.personaIds}
            onChange={(personaIds) => onChange({ ...content, personaIds })}
          />
        </Form.Item>
      )}
      {metricChoices.hasMetrics && <MetricFields content={content} metricChoices={metricChoices} onChange={onChange} />}
      <Space wrap>
        <Checkbox checked={content.metrics} onChange={(e) => onChange({ ...content, metrics: e.target.checked })}>
          {t('content.metrics')}
        </Checkbox>
        <Checkbox checked={content.gapMarkers} onChange={(e) => onChange({ ...content, gapMarkers: e.target.checked })}>
          {t('content.gapMarkers')}
        </Checkbox>
        <Checkbox checked={content.comments} onChange={(e) => onChange({ ...content, comments: e.target.checked })}>
          {t('content.comments')}
        </Checkbox>
      </Space>
    </>
  );
}
