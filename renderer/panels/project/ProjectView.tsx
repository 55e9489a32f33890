import { CloseOutlined, EditOutlined, ExportOutlined, ImportOutlined, MoreOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Empty, Flex, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary, OpenProject } from '../../../src/model/project';
import { api } from '../../api/client';
import { useProjectActions } from '../../app/useProjectActions';
import { useReportError } from '../../app/useReportError';
import { useAppStore } from '../../store/appStore';
import { useDocumentStore } from '../../store/documentStore';
import { MapCard, type MapAction } from './MapCard';
import { NameModal } from './NameModal';
import { NewMapModal } from './NewMapModal';

type OpenModal =
  | { kind: 'newMap' }
  | { kind: 'renameProject' }
  | { kind: 'renameMap'; map: MapSummary }
  | { kind: 'duplicateMap'; map: MapSummary };

/** The open project: its maps as cards, and the project's own actions. */
export function ProjectView({ project }: { project: OpenProject }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const mapsChanged = useAppStore((state) => state.mapsChanged);
  const mapOpened = useAppStore((state) => state.mapOpened);
  const projectChanged = useAppStore((state) => state.projectChanged);
  const openDialog = useAppStore((state) => state.openDialog);
  const { closeProject, saveCopy, exportJson } = useProjectActions();
  const reportError = useReportError();
  const [openModal, setOpenModal] = useState<OpenModal | null>(null);
  const { projectId } = project;

  useEffect(() => {
    // Counts and "last changed" move while a map is edited; refresh them whenever this view shows.
    useDocumentStore
      .getState()
      .whenSaved()
      .then(() => api.invoke('map.list', { projectId }))
      .then(mapsChanged, (thrown: unknown) => reportError(thrown, t('project.mapsFailed')));
  }, [projectId, mapsChanged, reportError, t]);

  const refreshMaps = async () => mapsChanged(await api.invoke('map.list', { projectId }));

  const confirmDelete = (map: MapSummary) => {
    void modal.confirm({
      title: t('map.deleteTitle', { name: map.name }),
      content: t('map.deleteBody', { name: map.name }),
      okText: t('map.delete'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: async () => {
        try {
          await api.invoke('map.delete', { projectId, mapId: map.id });
          await refreshMaps();
          void message.success(t('map.deleted', { name: map.name }));
        } catch (thrown) {
          reportError(thrown, t('map.deleteFailed'));
        }
      },
    });
  };

  const onMapAction = (action: MapAction, map: MapSummary) => {
    if (action === 'delete') confirmDelete(map);
    else setOpenModal(action === 'rename' ? { kind: 'renameMap', map } : { kind: 'duplicateMap', map });
  };

  const moreItems: MenuProps['items'] = [
    { key: 'saveCopy', icon: <SaveOutlined />, label: t('project.saveCopy'), onClick: () => void saveCopy() },
    { key: 'exportJson', icon: <ExportOutlined />, label: t('project.exportJson'), onClick: () => void exportJson() },
    { key: 'importJson', icon: <ImportOutlined />, label: t('project.importJson'), onClick: () => openDialog('importJson') },
  ];
  const maps = [...project.maps].sort((a, b) => a.position - b.position);
  const now = new Date();

  return (
    <main className="project">
      <header className="project-header">
        <div className="project-heading">
          <Flex align="center" gap="small">
            <Typography.Title level={3} className="project-title">
              {project.info.name}
            </Typography.Title>
            <Button type="text" icon={<EditOutlined />} aria-label={t('project.rename')} title={t('project.rename')} onClick={() => setOpenModal({ kind: 'renameProject' })} />
          </Flex>
          <Typography.Text type="secondary" className="project-path" copyable={{ text: project.path, tooltips: [t('project.copyPath'), t('project.pathCopied')] }}>
            {project.path}
          </Typography.Text>
        </div>
        <Flex gap="small" wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpenModal({ kind: 'newMap' })}>
            {t('project.newMap')}
          </Button>
          <Dropdown trigger={['click']} menu={{ items: moreItems }} placement="bottomRight">
            <Button icon={<MoreOutlined />}>{t('project.more')}</Button>
          </Dropdown>
          <Button icon={<CloseOutlined />} onClick={() => void closeProject()}>
            {t('project.close')}
          </Button>
        </Flex>
      </header>

      <section aria-labelledby="project-maps-title">
        <Typography.Title level={5} id="project-maps-title" className="project-section-title">
          {t('project.maps')}
        </Typography.Title>
        {maps.length === 0 ? (
          <Empty className="project-empty" description={<EmptyMapsText />}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpenModal({ kind: 'newMap' })}>
              {t('project.createFirstMap')}
            </Button>
          </Empty>
        ) : (
          <ul className="map-grid" aria-label={t('project.maps')}>
            {maps.map((map) => (
              <MapCard key={map.id} map={map} now={now} onOpen={(m) => mapOpened(m.id)} onAction={onMapAction} />
            ))}
          </ul>
        )}
      </section>

      {openModal?.kind === 'newMap' && (
        <NewMapModal
          projectId={projectId}
          onClose={() => setOpenModal(null)}
          onCreated={(map) => {
            mapsChanged([...project.maps, map]);
            mapOpened(map.id);
          }}
        />
      )}
      {openModal?.kind === 'renameProject' && (
        <NameModal
          title={t('project.renameTitle')}
          label={t('project.name')}
          okText={t('actions.rename')}
          extra={t('project.renameHint')}
          initialName={project.info.name}
          onClose={() => setOpenModal(null)}
          onSubmit={async (name) => projectChanged(await api.invoke('project.rename', { projectId, name }))}
        />
      )}
      {openModal?.kind === 'renameMap' && (
        <NameModal
          title={t('map.renameTitle')}
          label={t('map.name')}
          okText={t('actions.rename')}
          initialName={openModal.map.name}
          onClose={() => setOpenModal(null)}
          onSubmit={async (name) => {
            await api.invoke('map.rename', { projectId, mapId: openModal.map.id, name });
            await refreshMaps();
          }}
        />
      )}
      {openModal?.kind === 'duplicateMap' && (
        <NameModal
          title={t('map.duplicateTitle')}
          label={t('map.duplicateName')}
          okText={t('map.duplicate')}
          initialName={t('map.copyName', { name: openModal.map.name })}
          onClose={() => setOpenModal(null)}
          onSubmit={async (name) => {
            await api.invoke('map.duplicate', { projectId, mapId: openModal.map.id, name });
            await refreshMaps();
          }}
        />
      )}
    </main>
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
