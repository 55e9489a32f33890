import { AppstoreOutlined, BarsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Segmented, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../src/model/catalog';
import type { MapSummary } from '../../../src/model/project';
import { useCatalogStore } from '../../store/catalogStore';
import { MapCard } from './MapCard';
import type { MapAction } from './mapActions';
import { MapTable } from './MapTable';
import { isMapSort, MAP_SORTS, searchMaps, sortMaps, type MapSort } from './portfolio';

type PortfolioView = 'grid' | 'list';

// The view and order a user picks are kept for the next visit; they say nothing about the project, so they stay out of it.
const PREFERENCES_KEY = 'journeyStudio.portfolio';

const readPreferences = (): { view: PortfolioView; sort: MapSort } => {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? 'null');
    const view = typeof saved === 'object' && saved !== null && 'view' in saved && saved.view === 'list' ? 'list' : 'grid';
    const sort = typeof saved === 'object' && saved !== null && 'sort' in saved && isMapSort(saved.sort) ? saved.sort : 'updated';
    return { view, sort };
  } catch {
    return { view: 'grid', sort: 'updated' };
  }
};

const NO_PERSONAS: readonly Persona[] = [];

interface PortfolioProps {
  projectId: string;
  maps: readonly MapSummary[];
  onOpen: (map: MapSummary) => void;
  onAction: (action: MapAction, map: MapSummary) => void;
  onNewMap: () => void;
}

/** The maps tab of a project: search and sort, then every map as a card (grid) or a row (list). */
export function Portfolio({ projectId, maps, onOpen, onAction, onNewMap }: PortfolioProps) {
  const { t, i18n } = useTranslation();
  const personas = useCatalogStore((state) => state.catalog?.personas ?? NO_PERSONAS);
  const [query, setQuery] = useState('');
  const [preferences, setPreferences] = useState(readPreferences);
  const { view, sort } = preferences;

  const choose = (patch: Partial<typeof preferences>) => {
    const next = { ...preferences, ...patch };
    setPreferences(next);
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(next));
  };

  const personasById = useMemo(() => new Map(personas.map((persona) => [persona.id, persona])), [personas]);
  const rows = useMemo(() => {
    const names = new Map(personas.map((persona) => [persona.id, persona.name]));
    return sortMaps(searchMaps(maps, query, names), sort, i18n.language).map((map) => ({
      map,
      personas: map.personaIds.flatMap((id) => personasById.get(id) ?? []),
    }));
  }, [maps, query, sort, i18n.language, personas, personasById]);
  const now = new Date();

  if (maps.length === 0) {
    return (
      <Empty className="project-empty" description={<EmptyMapsText />}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onNewMap}>
          {t('project.createFirstMap')}
        </Button>
      </Empty>
    );
  }

  return (
    <section className="portfolio" aria-label={t('project.maps')}>
      <div className="portfolio-toolbar">
        <Input.Search
          allowClear
          className="portfolio-search"
          placeholder={t('portfolio.searchPlaceholder')}
          aria-label={t('portfolio.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="portfolio-sort">
          <span>{t('portfolio.sortBy')}</span>
          <Select<MapSort>
            value={sort}
            onChange={(value) => choose({ sort: value })}
            aria-label={t('portfolio.sortBy')}
            popupMatchSelectWidth={false}
            options={MAP_SORTS.map((value) => ({ value, label: t(`portfolio.sort.${value}`) }))}
          />
        </label>
        <Segmented<PortfolioView>
          value={view}
          onChange={(value) => choose({ view: value })}
          aria-label={t('portfolio.view')}
          options={[
            { value: 'grid', icon: <AppstoreOutlined />, title: t('portfolio.grid'), label: <span className="visually-hidden">{t('portfolio.grid')}</span> },
            { value: 'list', icon: <BarsOutlined />, title: t('portfolio.list'), label: <span className="visually-hidden">{t('portfolio.list')}</span> },
          ]}
        />
      </div>
      <Typography.Text type="secondary" className="portfolio-count" aria-live="polite">
        {query.trim() ? t('portfolio.matches', { count: rows.length, total: maps.length }) : t('portfolio.total', { count: maps.length })}
      </Typography.Text>
      {rows.length === 0 ? (
        <Empty className="portfolio-no-match" description={t('portfolio.noMatch', { query: query.trim() })} />
      ) : view === 'grid' ? (
        <ul className="map-grid" aria-label={t('project.maps')}>
          {rows.map(({ map, personas: drawnFor }) => (
            <MapCard key={map.id} projectId={projectId} map={map} personas={drawnFor} now={now} onOpen={onOpen} onAction={onAction} />
          ))}
        </ul>
      ) : (
        <MapTable projectId={projectId} rows={rows} now={now} onOpen={onOpen} onAction={onAction} />
      )}
    </section>
  );
}

function EmptyMapsText() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{t('project.mapsEmpty')}</Typography.Text>
      <br />
      <Typography.Text type="secondary">{t('project.mapsEmptyHint')}</Typography.Text>
    </>
  );
}
