import { FilterFilled, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Divider, Popover, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../src/schema/annotations';
import { SEVERITY_COLORS } from '../../canvas/annotationVisuals';
import { useCatalogStore } from '../../store/catalogStore';
import { useDocumentStore } from '../../store/documentStore';
import { useViewStore } from '../../store/viewStore';

const isAnyFilterActive = (s: ReturnType<typeof useViewStore.getState>): boolean =>
  s.filterPersonaId !== null || s.filterSegmentId !== null || s.hiddenLaneIds.length > 0 || s.severities.length > 0;

/** Which lanes are shown: unticking one hides it from the canvas. */
function LaneFilter() {
  const { t } = useTranslation('workshop');
  const lanes = useDocumentStore((s) => s.map?.lanes) ?? [];
  const hidden = useViewStore((s) => s.hiddenLaneIds);
  if (lanes.length === 0) return null;
  const shown = lanes.filter((l) => !hidden.includes(l.id)).map((l) => l.id);
  return (
    <div role="group" aria-labelledby="filter-lanes">
      <Typography.Text type="secondary" id="filter-lanes">
        {t('filter.lanes')}
      </Typography.Text>
      <Checkbox.Group
        style={{ display: 'flex', flexDirection: 'column', flexWrap: 'nowrap', gap: 2, marginTop: 4, maxHeight: 200, overflowY: 'auto' }}
        value={shown}
        options={lanes.map((l) => ({ value: l.id, label: l.name }))}
        onChange={(ids) => useViewStore.getState().setHiddenLaneIds(lanes.filter((l) => !ids.includes(l.id)).map((l) => l.id))}
      />
    </div>
  );
}

/** Which pain-point severities are shown; none ticked means all. */
function SeverityFilter() {
  const { t } = useTranslation('workshop');
  const severities = useViewStore((s) => s.severities);
  return (
    <div role="group" aria-labelledby="filter-severity">
      <Typography.Text type="secondary" id="filter-severity">
        {t('filter.severity')}
      </Typography.Text>
      <Checkbox.Group
        style={{ display: 'flex', flexWrap: 'nowrap', gap: 0, marginTop: 4 }}
        value={[...severities]}
        options={SEVERITIES.map((level) => ({
          value: level,
          label: (
            <span aria-label={t('filter.severityLevel', { level })}>
              <span className="jc-filter__severity-dot" style={{ background: SEVERITY_COLORS[level] }} aria-hidden />
              {level}
            </span>
          ),
        }))}
        onChange={(levels) => useViewStore.getState().setSeverities([...levels].sort((a, b) => a - b))}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 2 }}>
        {t('filter.severityHelp')}
      </Typography.Text>
    </div>
  );
}

function FilterForm() {
  const { t } = useTranslation('panels');
  const personas = useCatalogStore((s) => s.catalog?.personas) ?? [];
  const segments = useCatalogStore((s) => s.catalog?.segments) ?? [];
  const personaId = useViewStore((s) => s.filterPersonaId);
  const segmentId = useViewStore((s) => s.filterSegmentId);
  const active = useViewStore(isAnyFilterActive);
  const view = useViewStore.getState;
  return (
    <Space orientation="vertical" size={10} style={{ width: 290 }}>
      <label htmlFor="filter-persona">
        <Typography.Text type="secondary">{t('filter.persona')}</Typography.Text>
      </label>
      <Select
        id="filter-persona"
        allowClear
        style={{ width: '100%' }}
        placeholder={t('filter.anyPersona')}
        value={personaId}
        options={personas.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(id: string | undefined) => view().setFilterPersona(id ?? null)}
      />
      <label htmlFor="filter-segment">
        <Typography.Text type="secondary">{t('filter.segment')}</Typography.Text>
      </label>
      <Select
        id="filter-segment"
        allowClear
        style={{ width: '100%' }}
        placeholder={t('filter.anySegment')}
        value={segmentId}
        options={segments.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(id: string | undefined) => view().setFilterSegment(id ?? null)}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('filter.help')}
      </Typography.Text>
      <Divider style={{ margin: '2px 0' }} />
      <LaneFilter />
      <SeverityFilter />
      <Button block disabled={!active} onClick={() => view().clearFilters()}>
        {t('filter.clear')}
      </Button>
    </Space>
  );
}

/** Toolbar button that filters the map: one persona and/or segment, the lanes shown, the pain-point severities shown. */
export function FilterControl() {
  const { t } = useTranslation('panels');
  const active = useViewStore(isAnyFilterActive);
  return (
    <Popover content={<FilterForm />} title={t('filter.title')} trigger="click" placement="bottom">
      <Badge dot={active} offset={[-4, 4]}>
        <Button type={active ? 'primary' : 'text'} ghost={active} icon={active ? <FilterFilled /> : <FilterOutlined />} aria-label={t('filter.button')}>
          {t('filter.button')}
        </Button>
      </Badge>
    </Popover>
  );
}
