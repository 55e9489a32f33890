import { CopyOutlined, DeleteOutlined, EditOutlined, MoreOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../../src/model/project';

const MAP_ACTIONS = ['rename', 'duplicate', 'saveAsTemplate', 'delete'] as const;
export type MapAction = (typeof MAP_ACTIONS)[number];
const isMapAction = (key: string): key is MapAction => (MAP_ACTIONS as readonly string[]).includes(key);

/** The "…" menu of a map, in the grid and in the list: rename, duplicate, save as template, delete. */
export function MapActionsMenu({ map, onAction, className }: { map: MapSummary; onAction: (action: MapAction, map: MapSummary) => void; className?: string }) {
  const { t } = useTranslation();
  const items: MenuProps['items'] = [
    { key: 'rename', icon: <EditOutlined />, label: t('map.rename') },
    { key: 'duplicate', icon: <CopyOutlined />, label: t('map.duplicate') },
    { key: 'saveAsTemplate', icon: <SnippetsOutlined />, label: t('map.saveAsTemplate') },
    { type: 'divider' },
    { key: 'delete', icon: <DeleteOutlined />, label: t('map.delete'), danger: true },
  ];
  return (
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
      <Button
        type="text"
        className={className}
        icon={<MoreOutlined />}
        aria-label={t('map.actionsLabel', { name: map.name })}
        onClick={(event) => event.stopPropagation()}
      />
    </Dropdown>
  );
}
