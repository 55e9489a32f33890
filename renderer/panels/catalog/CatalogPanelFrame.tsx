import { PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Tooltip, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { selectCanRedoCatalog, selectCanUndoCatalog, useCatalogStore } from '../../store/catalogStore';
import { CatalogErrorAlert } from './CatalogErrorAlert';

interface Props {
  projectId: string;
  title: string;
  intro: string;
  addLabel: string;
  onAdd(): void;
  children: ReactNode;
}

/** What the three catalog panels share: loading the catalog, a header with add and undo/redo, errors. */
export function CatalogPanelFrame({ projectId, title, intro, addLabel, onAdd, children }: Props) {
  const { t } = useTranslation('panels');
  const ready = useCatalogStore((s) => s.projectId === projectId && s.catalog !== null);
  const canUndo = useCatalogStore(selectCanUndoCatalog);
  const canRedo = useCatalogStore(selectCanRedoCatalog);

  useEffect(() => {
    void useCatalogStore.getState().load(projectId);
  }, [projectId]);

  return (
    <section className="jc-catalog" aria-label={title}>
      <Flex align="center" gap={8} className="jc-catalog__header">
        <div style={{ flex: 1 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">{intro}</Typography.Text>
        </div>
        <Tooltip title={t('catalog.undo')}>
          <Button type="text" icon={<UndoOutlined />} aria-label={t('catalog.undo')} disabled={!canUndo} onClick={() => useCatalogStore.getState().undo()} />
        </Tooltip>
        <Tooltip title={t('catalog.redo')}>
          <Button type="text" icon={<RedoOutlined />} aria-label={t('catalog.redo')} disabled={!canRedo} onClick={() => useCatalogStore.getState().redo()} />
        </Tooltip>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} disabled={!ready}>
          {addLabel}
        </Button>
      </Flex>
      <CatalogErrorAlert />
      {ready ? children : <Spin style={{ display: 'block', margin: '48px auto' }} />}
    </section>
  );
}
