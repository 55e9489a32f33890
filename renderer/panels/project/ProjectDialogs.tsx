import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapSummary, OpenProject } from '../../../src/model/project';
import { api } from '../../api/client';
import { useAppStore } from '../../store/appStore';
import { NameModal } from './NameModal';
import { NewMapModal } from './NewMapModal';
import type { TemplateChoice } from './templateChoice';
import type { ProjectTemplates } from './useProjectTemplates';

/** The project view's own dialogs; at most one is open. */
export type ProjectDialog =
  | { kind: 'newMap'; template?: TemplateChoice }
  | { kind: 'renameProject' }
  | { kind: 'renameMap'; map: MapSummary }
  | { kind: 'duplicateMap'; map: MapSummary }
  | { kind: 'saveAsTemplate'; map: MapSummary };

interface ProjectDialogsProps {
  project: OpenProject;
  dialog: ProjectDialog | null;
  templates: ProjectTemplates;
  refreshMaps: () => Promise<void>;
  onClose: () => void;
}

/** New map (from a template), rename project or map, duplicate a map, save a map as a template. */
export function ProjectDialogs({ project, dialog, templates, refreshMaps, onClose }: ProjectDialogsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mapsChanged = useAppStore((state) => state.mapsChanged);
  const mapOpened = useAppStore((state) => state.mapOpened);
  const projectChanged = useAppStore((state) => state.projectChanged);
  const { projectId } = project;

  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'newMap':
      return (
        <NewMapModal
          projectId={projectId}
          templates={templates.templates}
          templatesError={templates.error}
          initialTemplate={dialog.template}
          onClose={onClose}
          onCreated={(map) => {
            mapsChanged([...project.maps, map]);
            mapOpened(map.id);
          }}
        />
      );
    case 'renameProject':
      return (
        <NameModal
          title={t('project.renameTitle')}
          label={t('project.name')}
          okText={t('actions.rename')}
          extra={t('project.renameHint')}
          initialName={project.info.name}
          onClose={onClose}
          onSubmit={async (name) => projectChanged(await api.invoke('project.rename', { projectId, name }))}
        />
      );
    case 'renameMap':
      return (
        <NameModal
          title={t('map.renameTitle')}
          label={t('map.name')}
          okText={t('actions.rename')}
          initialName={dialog.map.name}
          onClose={onClose}
          onSubmit={async (name) => {
            await api.invoke('map.rename', { projectId, mapId: dialog.map.id, name });
            await refreshMaps();
          }}
        />
      );
    case 'duplicateMap':
      return (
        <NameModal
          title={t('map.duplicateTitle')}
          label={t('map.duplicateName')}
          okText={t('map.duplicate')}
          initialName={t('map.copyName', { name: dialog.map.name })}
          onClose={onClose}
          onSubmit={async (name) => {
            await api.invoke('map.duplicate', { projectId, mapId: dialog.map.id, name });
            await refreshMaps();
          }}
        />
      );
    case 'saveAsTemplate':
      return (
        <NameModal
          title={t('templates.saveTitle')}
          label={t('templates.name')}
          okText={t('templates.save')}
          extra={t('templates.saveHint')}
          initialName={dialog.map.name}
          onClose={onClose}
          onSubmit={async (name) => {
            await api.invoke('template.saveFromMap', { projectId, mapId: dialog.map.id, name });
            await templates.reload();
            void message.success(t('templates.savedMessage', { name }));
          }}
        />
      );
  }
}
