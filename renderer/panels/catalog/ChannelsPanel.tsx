import { Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../src/model/catalog';
import { currentLanguage } from '../../i18n';
import { useCatalogStore } from '../../store/catalogStore';
import { CatalogPanelFrame } from './CatalogPanelFrame';
import { moveCommand } from './catalogEdits';
import { ChannelDrawer } from './ChannelDrawer';
import { ChannelIcon, channelDisplayName } from './ChannelIcon';
import { RowActions } from './RowActions';

// antd types row props as HTML attributes, which name no data attributes; className gives the object a known key.
const ROW_PROPS = { className: 'jc-catalog__row', 'data-testid': 'channel-row' };

type Editing = { channel: Channel | null } | null;

const GROUP_COLORS = { paid: 'gold', owned: 'blue', earned: 'green', offline: 'default' } as const;

/** The project's channel catalog: icon, name, colour, online/offline, group; add, edit, reorder, delete. */
export function ChannelsPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation('panels');
  const channels = useCatalogStore((s) => s.catalog?.channels) ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  // useTranslation re-renders this panel when the language changes, so reading it here stays current.
  const language = currentLanguage();
  const ids = channels.map((c) => c.id);
  const execute = useCatalogStore.getState().execute;
  const move = (id: string, delta: -1 | 1) => {
    const command = moveCommand('channel', ids, id, delta);
    if (command) execute([command]);
  };

  const columns: TableColumnsType<Channel> = [
    { key: 'icon', width: 48, render: (_, channel) => <ChannelIcon channel={channel} size={18} /> },
    { key: 'name', title: t('fields.name'), render: (_, channel) => <a onClick={() => setEditing({ channel })}>{channelDisplayName(channel, language)}</a> },
    {
      key: 'color',
      title: t('fields.color'),
      width: 90,
      render: (_, channel) => <span className="jc-swatch" style={{ background: channel.color, width: 28 }} aria-label={channel.color} />,
    },
    { key: 'mode', title: t('channels.mode'), width: 110, render: (_, channel) => t(`channelModes.${channel.mode}`) },
    { key: 'group', title: t('channels.group'), width: 110, render: (_, channel) => <Tag color={GROUP_COLORS[channel.group]}>{t(`channelGroups.${channel.group}`)}</Tag> },
    {
      key: 'actions',
      width: 150,
      align: 'right',
      render: (_, channel, index) => (
        <RowActions
          name={channelDisplayName(channel, language)}
          onEdit={() => setEditing({ channel })}
          onDelete={() => execute([{ name: 'channel.delete', args: { id: channel.id } }])}
          onMoveUp={index > 0 ? () => move(channel.id, -1) : undefined}
          onMoveDown={index < channels.length - 1 ? () => move(channel.id, 1) : undefined}
        />
      ),
    },
  ];

  return (
    <CatalogPanelFrame projectId={projectId} title={t('channels.title')} intro={t('channels.intro')} addLabel={t('channels.add')} onAdd={() => setEditing({ channel: null })}>
      <Table<Channel>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={channels}
        pagination={false}
        onRow={() => ROW_PROPS}
        locale={{ emptyText: t('channels.empty') }}
      />
      <ChannelDrawer channel={editing?.channel ?? null} open={editing !== null} onClose={() => setEditing(null)} />
    </CatalogPanelFrame>
  );
}
