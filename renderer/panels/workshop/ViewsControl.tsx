import { BookOutlined, CheckOutlined, DeleteOutlined, DownOutlined, EditOutlined, EyeOutlined, SaveOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Divider, Empty, Flex, Popconfirm, Popover, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, ViewFilter } from '../../../src/model/annotations';
import type { JourneyMap } from '../../../src/model/journey';
import { useCatalogStore } from '../../store/catalogStore';
import { EMPTY_VIEW_FILTER, useViewStore } from '../../store/viewStore';
import { NameModal } from '../project/NameModal';
import { applyView, deleteView, renameView, saveCurrentView, updateViewFilter } from './viewActions';

type NameDialog = { mode: 'save' } | { mode: 'rename'; view: SavedView } | null;

/** "2 lanes hidden · severity 4, 5 · persona Ann", or "everything shown". */
function useFilterSummary(): (filter: ViewFilter) => string {
  const { t } = useTranslation('workshop');
  const personas = useCatalogStore((s) => s.catalog?.personas) ?? [];
  const segments = useCatalogStore((s) => s.catalog?.segments) ?? [];
  return (filter) => {
    const parts: string[] = [];
    if (filter.hiddenLaneIds.length > 0) parts.push(t('views.lanesHidden', { count: filter.hiddenLaneIds.length }));
    if (filter.severities.length > 0) parts.push(t('views.severities', { list: [...filter.severities].sort((a, b) => a - b).join(', ') }));
    const persona = personas.find((p) => p.id === filter.personaId);
    if (filter.personaId) parts.push(t('views.persona', { name: persona?.name ?? '?' }));
    const segment = segments.find((s) => s.id === filter.segmentId);
    if (filter.segmentId) parts.push(t('views.segment', { name: segment?.name ?? '?' }));
    return parts.length === 0 ? t('views.everything') : parts.join(' · ');
  };
}

function ViewRow({ view, active, onRename, onClose }: { view: SavedView; active: boolean; onRename(): void; onClose(): void }) {
  const { t } = useTranslation('workshop');
  const summary = useFilterSummary();
  return (
    <li className={active ? 'jc-view-row jc-view-row--active' : 'jc-view-row'} data-testid="saved-view" data-active={active}>
      <button
        type="button"
        className="jc-view-row__apply"
        aria-label={t('views.apply', { name: view.name })}
        aria-current={active}
        onClick={() => {
          applyView(view);
          onClose();
        }}
      >
        <Flex gap={6} align="center">
          <span className="jc-view-row__check">{active && <CheckOutlined />}</span>
          <Typography.Text strong ellipsis>
            {view.name}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" className="jc-view-row__summary">
          {summary(view.filter)}
        </Typography.Text>
      </button>
      <Flex gap={0}>
        <Tooltip title={t('views.update')}>
          <Button size="small" type="text" icon={<SyncOutlined />} aria-label={t('views.updateLabel', { name: view.name })} onClick={() => updateViewFilter(view)} />
        </Tooltip>
        <Tooltip title={t('views.rename')}>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('views.renameLabel', { name: view.name })} onClick={onRename} />
        </Tooltip>
        <Popconfirm title={t('views.deleteConfirm', { name: view.name })} okText={t('views.delete')} cancelText={t('views.cancel')} okButtonProps={{ danger: true }} onConfirm={() => deleteView(view)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('views.deleteLabel', { name: view.name })} />
        </Popconfirm>
      </Flex>
    </li>
  );
}

/** Toolbar dropdown of the map's saved views: switch, save the current filters, rename, update, delete. */
export function ViewsControl({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('workshop');
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<NameDialog>(null);
  const activeViewId = useViewStore((s) => s.activeViewId);
  const views = Object.values(map.views ?? {}).sort((a, b) => a.name.localeCompare(b.name));
  const active = views.find((v) => v.id === activeViewId) ?? null;

  const content = (
    <div className="jc-views" data-testid="views-popover">
      {views.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('views.empty')} />
      ) : (
        <ul className="jc-views__list" aria-label={t('views.title')}>
          {views.map((v) => (
            <ViewRow
              key={v.id}
              view={v}
              active={v.id === active?.id}
              onRename={() => {
                setOpen(false);
                setDialog({ mode: 'rename', view: v });
              }}
              onClose={() => setOpen(false)}
            />
          ))}
        </ul>
      )}
      <Divider style={{ margin: '8px 0' }} />
      <Flex gap={6} vertical>
        <Button
          icon={<SaveOutlined />}
          onClick={() => {
            setOpen(false);
            setDialog({ mode: 'save' });
          }}
        >
          {t('views.saveCurrent')}
        </Button>
        <Button icon={<EyeOutlined />} onClick={() => useViewStore.getState().applyFilter(EMPTY_VIEW_FILTER, null)}>
          {t('views.showAll')}
        </Button>
      </Flex>
    </div>
  );

  return (
    <>
      <Popover content={content} title={t('views.title')} trigger="click" placement="bottom" open={open} onOpenChange={setOpen}>
        {/* Without an active view only the icon shows (the toolbar is crowded); the name stays for screen readers. */}
        <Button type={active ? 'primary' : 'text'} ghost={active !== null} icon={<BookOutlined />} aria-label={t('views.button')} title={t('views.button')} data-testid="views-button">
          {active ? `${t('views.activeLabel', { name: active.name })} ` : <span className="visually-hidden">{t('views.button')}</span>}
          <DownOutlined />
        </Button>
      </Popover>
      {dialog?.mode === 'save' && (
        <NameModal
          title={t('views.saveTitle')}
          label={t('views.name')}
          okText={t('views.save')}
          initialName={t('views.defaultName', { n: views.length + 1 })}
          extra={t('views.saveHint')}
          onSubmit={async (name) => {
            if (!saveCurrentView(name)) throw new Error(t('views.saveFailed'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.mode === 'rename' && (
        <NameModal
          title={t('views.renameTitle')}
          label={t('views.name')}
          okText={t('views.rename')}
          initialName={dialog.view.name}
          onSubmit={async (name) => {
            if (!renameView(dialog.view, name)) throw new Error(t('views.saveFailed'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
