import './portfolio.css';
import { CloseOutlined, EditOutlined, ExportOutlined, ImportOutlined, MoreOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Tabs, Typography } from 'antd';
import type { MenuProps, TabsProps } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary, OpenProject } from '../../../src/model/project';
import { api } from '../../api/client';
import { useProjectActions } from '../../app/useProjectActions';
import { useReportError } from '../../app/useReportError';
import { useAppStore } from '../../store/appStore';
import { useCatalogStore } from '../../store/catalogStore';
import { useDocumentStore } from '../../store/documentStore';
import { ChannelsPanel } from '../catalog/ChannelsPanel';
import { PersonasPanel } from '../catalog/PersonasPanel';
import { SegmentsPanel } from '../catalog/SegmentsPanel';
import { ProjectPainPoints } from '../painPoints/ProjectPainPoints';
import { useViewStore } from '../../store/viewStore';
import type { MapAction } from './mapActions';
import { ImportHistory } from '../import/ImportHistory';
import { Portfolio } from './Portfolio';
import { ProjectDialogs, type ProjectDialog } from './ProjectDialogs';
import { TemplatesTab } from './TemplatesTab';
import { useProjectTemplates } from './useProjectTemplates';

const PROJECT_TABS = ['maps', 'painPoints', 'imports', 'personas', 'segments', 'channels', 'templates'] as const;
type ProjectTab = (typeof PROJECT_TABS)[number];
const isProjectTab = (key: string): key is ProjectTab => (PROJECT_TABS as readonly string[]).includes(key);

/** The open project: its maps (the portfolio), catalogs and templates as tabs, and the project's own actions. */
export function ProjectView({ project }: { project: OpenProject }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const mapsChanged = useAppStore((state) => state.mapsChanged);
  const mapOpened = useAppStore((state) => state.mapOpened);
  const openDialog = useAppStore((state) => state.openDialog);
  const { closeProject, saveCopy, exportJson } = useProjectActions();
  const reportError = useReportError();
  const [dialog, setDialog] = useState<ProjectDialog | null>(null);
  const [tab, setTab] = useState<ProjectTab>('maps');
  const { projectId } = project;
  const templates = useProjectTemplates(projectId);

  useEffect(() => {
    // Counts and "last changed" move while a map is edited; refresh them whenever this view shows.
    useDocumentStore
      .getState()
      .whenSaved()
      .then(() => api.invoke('map.list', { projectId }))
      .then(mapsChanged, (thrown: unknown) => reportError(thrown, t('project.mapsFailed')));
  }, [projectId, mapsChanged, reportError, t]);

  useEffect(() => {
    void useCatalogStore.getState().load(projectId);
  }, [projectId]);

  const refreshMaps = useCallback(async () => mapsChanged(await api.invoke('map.list', { projectId })), [mapsChanged, projectId]);

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
    else if (action === 'rename') setDialog({ kind: 'renameMap', map });
    else if (action === 'duplicate') setDialog({ kind: 'duplicateMap', map });
    else setDialog({ kind: 'saveAsTemplate', map });
  };

  const moreItems: MenuProps['items'] = [
    { key: 'saveCopy', icon: <SaveOutlined />, label: t('project.saveCopy'), onClick: () => void saveCopy() },
    { key: 'exportJson', icon: <ExportOutlined />, label: t('project.exportJson'), onClick: () => void exportJson() },
    { key: 'importJson', icon: <ImportOutlined />, label: t('project.importJson'), onClick: () => openDialog('importJson') },
  ];
  const newMap = () => setDialog({ kind: 'newMap' });

  const tabs: TabsProps['items'] = [
    {
      key: 'maps',
      label: t('projectTabs.maps'),
      children: <Portfolio projectId={projectId} maps={project.maps} onOpen={(map) => mapOpened(map.id)} onAction={onMapAction} onNewMap={newMap} />,
    },
    {
      key: 'painPoints',
      label: t('projectTabs.painPoints'),
      children: (
        <ProjectPainPoints
          projectId={projectId}
          onOpenCard={(mapId, cardId) => {
            useViewStore.getState().requestFocus({ kind: 'card', id: cardId });
            mapOpened(mapId);
          }}
        />
      ),
    },
    {
      key: 'imports',
      label: t('projectTabs.imports'),
      children: <ImportHistory projectId={projectId} mapNames={new Map(project.maps.map((map) => [map.id, map.name]))} />,
    },
    { key: 'personas', label: t('projectTabs.personas'), children: <PersonasPanel projectId={projectId} /> },
    { key: 'segments', label: t('projectTabs.segments'), children: <SegmentsPanel projectId={projectId} /> },
    { key: 'channels', label: t('projectTabs.channels'), children: <ChannelsPanel projectId={projectId} /> },
    {
      key: 'templates',
      label: t('projectTabs.templates'),
      children: (
        <TemplatesTab
          projectId={projectId}
          templates={templates.templates}
          error={templates.error}
          onChanged={templates.reload}
          onUse={(template) => setDialog({ kind: 'newMap', template })}
        />
      ),
    },
  ];

  return (
    <main className="project">
      <header className="project-header">
        <div className="project-heading">
          <Flex align="center" gap="small">
            <Typography.Title level={3} className="project-title">
              {project.info.name}
            </Typography.Title>
            <Button type="text" icon={<EditOutlined />} aria-label={t('project.rename')} title={t('project.rename')} onClick={() => setDialog({ kind: 'renameProject' })} />
          </Flex>
          <Typography.Text type="secondary" className="project-path" copyable={{ text: project.path, tooltips: [t('project.copyPath'), t('project.pathCopied')] }}>
            {project.path}
          </Typography.Text>
        </div>
        <Flex gap="small" wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={newMap}>
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

      <Tabs className="project-tabs" activeKey={tab} onChange={(key) => isProjectTab(key) && setTab(key)} items={tabs} />

      <ProjectDialogs project={project} dialog={dialog} templates={templates} refreshMaps={refreshMaps} onClose={() => setDialog(null)} />
    </main>
  );
}
