import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  onEdit(): void;
  onDelete(): void;
  /** Absent when the row cannot move that way. */
  onMoveUp?: () => void;
  onMoveDown?: () => void;
}

/** Edit, reorder and delete buttons of one catalog row; delete asks first. */
export function RowActions({ name, onEdit, onDelete, onMoveUp, onMoveDown }: Props) {
  const { t } = useTranslation('panels');
  return (
    <Space size={0}>
      <Tooltip title={t('catalog.moveUp')}>
        <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={t('catalog.moveUp')} disabled={!onMoveUp} onClick={onMoveUp} />
      </Tooltip>
      <Tooltip title={t('catalog.moveDown')}>
        <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={t('catalog.moveDown')} disabled={!onMoveDown} onClick={onMoveDown} />
      </Tooltip>
      <Tooltip title={t('catalog.edit')}>
        <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('catalog.editNamed', { name })} onClick={onEdit} />
      </Tooltip>
      <Popconfirm
        title={t('catalog.deleteTitle', { name })}
        description={t('catalog.deleteBody')}
        okText={t('catalog.delete')}
        cancelText={t('catalog.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
      >
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('catalog.deleteNamed', { name })} />
      </Popconfirm>
    </Space>
  );
}
