import { FilterFilled, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogStore } from '../../store/catalogStore';
import { useViewStore } from '../../store/viewStore';

function FilterForm() {
  const { t } = useTranslation('panels');
  const personas = useCatalogStore((s) => s.catalog?.personas) ?? [];
  const segments = useCatalogStore((s) => s.catalog?.segments) ?? [];
  const personaId = useViewStore((s) => s.filterPersonaId);
  const segmentId = useViewStore((s) => s.filterSegmentId);
  const view = useViewStore.getState;
  return (
    <Space orientation="vertical" size={10} style={{ width: 260 }}>
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
      <Button block disabled={personaId === null && segmentId === null} onClick={() => view().clearFilters()}>
        {t('filter.clear')}
      </Button>
    </Space>
  );
}

/** Toolbar button that filters the map's cards to one persona and/or segment. */
export function FilterControl() {
  const { t } = useTranslation('panels');
  const active = useViewStore((s) => s.filterPersonaId !== null || s.filterSegmentId !== null);
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
