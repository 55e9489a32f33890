import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../src/model/catalog';
import type { MapSummary } from '../../../src/model/project';
import { MapActionsMenu, type MapAction } from './mapActions';
import { MapStatusTag } from './MapStatusTag';
import { MapThumbnail } from './MapThumbnail';
import { PersonaAvatars } from './PersonaAvatars';
import { formatDateTime, formatRelativeTime } from './relativeTime';

export interface MapItemProps {
  projectId: string;
  map: MapSummary;
  /** The catalog's personas this map is drawn for, in the map's order. */
  personas: readonly Persona[];
  now: Date;
  onOpen: (map: MapSummary) => void;
  onAction: (action: MapAction, map: MapSummary) => void;
}

/** One map of the portfolio grid: its thumbnail, status, owner, personas and last change; click or Enter opens it. */
export function MapCard({ projectId, map, personas, now, onOpen, onAction }: MapItemProps) {
  const { t, i18n } = useTranslation();
  const counts = [
    { key: 'stages', value: map.stageCount },
    { key: 'lanes', value: map.laneCount },
    { key: 'cards', value: map.cardCount },
  ] as const;

  return (
    <li className="map-card" data-testid="map-item" data-map-id={map.id}>
      <button type="button" className="map-card-open" onClick={() => onOpen(map)} aria-label={t('map.openLabel', { name: map.name })}>
        <MapThumbnail sketch={map.sketch} className="map-card-thumbnail" />
        <span className="map-card-name">{map.name}</span>
        <span className="map-card-meta">
          <MapStatusTag status={map.status} />
          <span className="map-card-owner">{map.owner ? t('map.owner', { owner: map.owner }) : t('map.noOwner')}</span>
        </span>
        <span className="map-card-counts">
          {counts.map(({ key, value }) => (
            <span key={key} className="map-card-count">
              {t(`map.counts.${key}`, { count: value })}
            </span>
          ))}
        </span>
        <span className="map-card-footer">
          <PersonaAvatars projectId={projectId} personas={personas} />
          <Tooltip title={formatDateTime(map.updatedAt, i18n.language)}>
            <Typography.Text type="secondary" className="map-card-updated">
              {t('map.updated', { when: formatRelativeTime(map.updatedAt, now, i18n.language, t('time.justNow')) })}
            </Typography.Text>
          </Tooltip>
        </span>
      </button>
      <MapActionsMenu map={map} onAction={onAction} className="map-card-more" />
    </li>
  );
}
