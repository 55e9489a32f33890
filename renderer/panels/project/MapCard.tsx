import { CopyOutlined, DeleteOutlined, EditOutlined, MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../../src/model/project';
import { formatDateTime, formatRelativeTime } from './relativeTime';

const MAP_ACTIONS = ['rename', 'duplicate', 'delete'] as const;
export type MapAction = (typeof MAP_ACTIONS)[number];
const isMapAction = (key: string): key is MapAction => (MAP_ACTIONS as readonly string[]).includes(key);

interface MapCardProps {
  map: MapSummary;
  now: Date;
  onOpen: (map: MapSummary) => void;
  onAction: (action: MapAction, map: MapSummary) => void;
}

/** One map of the project: click or Enter opens it; the "…" menu renames, duplicates or deletes it. */
export function MapCard({ map, now, onOpen, onAction }: MapCardProps) {
  const { t, i18n } = useTranslation();
  const items: MenuProps['items'] = [
    { key: 'rename', icon: <EditOutlined />, label: t('map.rename') },
    { key: 'duplicate', icon: <CopyOutlined />, label: t('map.duplicate') },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('map.delete'), danger: true },
  ];
  const counts = [
    { key: 'stages', value: map.stageCount },
    { key: 'lanes', value: map.laneCount },
    { key: 'cards', value: map.cardCount },
  ] as const;

  return (
    <li className="map-card" data-testid="map-item" data-map-id={map.id}>
      <button type="button" className="map-card-open" onClick={() => onOpen(map)} aria-label={t('map.openLabel', { name: map.name })}>
        <span className="map-card-preview" aria-hidden="true">
          {Array.from({ length: 3 }, (_, row) => (
            <span key={row} className="map-card-preview-row" />
          ))}
        </span>
        <span className="map-card-name">{map.name}</span>
        <span className="map-card-counts">
          {counts.map(({ key, value }) => (
            <span key={key} className="map-card-count">
              {t(`map.counts.${key}`, { count: value })}
            </span>
          ))}
        </span>
        <Tooltip title={formatDateTime(map.updatedAt, i18n.language)}>
          <Typography.Text type="secondary" className="map-card-updated">
            {t('map.updated', { when: formatRelativeTime(map.updatedAt, now, i18n.language, t('time.justNow')) })}
          </Typography.Text>
        </Tooltip>
      </button>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items,
          onClick: ({ key, domEvent }) => {
            domEvent.stopPropagation();
            if (isMapAction(key)) onAction(key, map);
          },
        }}
      >
        <Button type="text" className="map-card-more" icon={<MoreOutlined />} aria-label={t('map.actionsLabel', { name: map.name })} />
      </Dropdown>
    </li>
  );
}
