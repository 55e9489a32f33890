import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { MapActionsMenu } from './mapActions';
import type { MapItemProps } from './MapCard';
import { MapStatusTag } from './MapStatusTag';
import { MapThumbnail } from './MapThumbnail';
import { PersonaAvatars } from './PersonaAvatars';
import { formatDateTime, formatRelativeTime } from './relativeTime';

export interface MapTableProps extends Omit<MapItemProps, 'map' | 'personas'> {
  rows: readonly Pick<MapItemProps, 'map' | 'personas'>[];
}

/** The portfolio as a list: one row per map, for comparing many maps at a glance. */
export function MapTable({ projectId, rows, now, onOpen, onAction }: MapTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="map-table" aria-label={t('project.maps')}>
      <thead>
        <tr>
          <th scope="col">{t('portfolio.columns.name')}</th>
          <th scope="col">{t('portfolio.columns.personas')}</th>
          <th scope="col">{t('portfolio.columns.owner')}</th>
          <th scope="col">{t('portfolio.columns.status')}</th>
          <th scope="col">{t('portfolio.columns.updated')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('portfolio.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ map, personas }) => (
          <tr key={map.id} data-testid="map-item" data-map-id={map.id}>
            <td>
              <button type="button" className="map-table-open" onClick={() => onOpen(map)} aria-label={t('map.openLabel', { name: map.name })}>
                <MapThumbnail sketch={map.sketch} className="map-table-thumbnail" />
                <span className="map-card-name">{map.name}</span>
              </button>
            </td>
            <td>
              <PersonaAvatars projectId={projectId} personas={personas} />
            </td>
            <td className="map-table-owner">{map.owner ?? '—'}</td>
            <td>
              <MapStatusTag status={map.status} />
            </td>
            <td>
              <Tooltip title={formatDateTime(map.updatedAt, i18n.language)}>
                <span className="map-table-updated">{formatRelativeTime(map.updatedAt, now, i18n.language, t('time.justNow'))}</span>
              </Tooltip>
            </td>
            <td className="map-table-actions">
              <MapActionsMenu map={map} onAction={onAction} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
