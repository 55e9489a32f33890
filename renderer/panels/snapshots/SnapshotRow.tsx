import { DeleteOutlined, DiffOutlined, EditOutlined, MoreOutlined, RollbackOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../src/model/gaps';
import { formatDateTime, formatRelativeTime } from '../project/relativeTime';

export interface SnapshotRowActions {
  compare(snapshot: SnapshotSummary): void;
  restore(snapshot: SnapshotSummary): void;
  duplicate(snapshot: SnapshotSummary): void;
  rename(snapshot: SnapshotSummary): void;
  remove(snapshot: SnapshotSummary): Promise<void>;
}

/** One snapshot in the panel: its name, when it was taken and its cards, with compare, restore and the rarer actions in a menu. */
export function SnapshotRow({ snapshot, now, actions }: { snapshot: SnapshotSummary; now: Date; actions: SnapshotRowActions }) {
  const { t, i18n } = useTranslation('compare');
  return (
    <li className="jc-snapshot-row" data-testid="snapshot-row" data-snapshot-id={snapshot.id}>
      <Flex justify="space-between" align="start" gap={4}>
        <div className="jc-snapshot-row__text">
          <Typography.Text strong ellipsis data-testid="snapshot-name">
            {snapshot.name}
          </Typography.Text>
          <Typography.Text type="secondary" className="jc-snapshot-row__meta">
            <Tooltip title={formatDateTime(snapshot.createdAt, i18n.language)}>
              <span>{formatRelativeTime(snapshot.createdAt, now, i18n.language, t('snapshots.justNow'))}</span>
            </Tooltip>
            {' · '}
            {t('snapshots.cards', { count: snapshot.cards })}
          </Typography.Text>
        </div>
        <Flex gap={0}>
          <Tooltip title={t('snapshots.compareWithCurrent')}>
            <Button type="text" size="small" icon={<DiffOutlined />} aria-label={t('snapshots.compareWithCurrent')} onClick={() => actions.compare(snapshot)} />
          </Tooltip>
          <Tooltip title={t('snapshots.restore')}>
            <Button type="text" size="small" icon={<RollbackOutlined />} aria-label={t('snapshots.restore')} onClick={() => actions.restore(snapshot)} />
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'duplicate', icon: <CopyOutlined />, label: t('snapshots.duplicate'), onClick: () => actions.duplicate(snapshot) },
                { key: 'rename', icon: <EditOutlined />, label: t('snapshots.rename'), onClick: () => actions.rename(snapshot) },
              ],
            }}
          >
            <Button type="text" size="small" icon={<MoreOutlined />} aria-label={t('snapshots.more')} />
          </Dropdown>
          <Popconfirm
            title={t('snapshots.deleteConfirm', { name: snapshot.name })}
            okText={t('snapshots.deleteOk')}
            cancelText={t('snapshots.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => actions.remove(snapshot)}
          >
            <Tooltip title={t('snapshots.delete')}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('snapshots.delete')} />
            </Tooltip>
          </Popconfirm>
        </Flex>
      </Flex>
    </li>
  );
}
