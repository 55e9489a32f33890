import { Breadcrumb } from 'antd';
import type { BreadcrumbProps } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { LanguageSwitch } from './LanguageSwitch';
import { useProjectActions } from './useProjectActions';

const linkTo = (go: () => void) => (event: MouseEvent) => {
  event.preventDefault();
  go();
};

/** The slim bar above every screen: product name, where you are (and a way back), language. */
export function AppHeader() {
  const { t } = useTranslation();
  const project = useAppStore((state) => state.project);
  const mapId = useAppStore((state) => state.mapId);
  const mapClosed = useAppStore((state) => state.mapClosed);
  const { closeProject } = useProjectActions();
  const mapName = project?.maps.find((map) => map.id === mapId)?.name;

  const items: BreadcrumbProps['items'] = [
    { key: 'projects', title: project ? <a href="#" onClick={linkTo(() => void closeProject())}>{t('nav.projects')}</a> : t('nav.projects') },
  ];
  if (project) {
    items.push({
      key: 'project',
      title: mapId ? <a href="#" onClick={linkTo(mapClosed)}>{project.info.name}</a> : <span aria-current="page">{project.info.name}</span>,
    });
  }
  if (project && mapId) items.push({ key: 'map', title: <span aria-current="page">{mapName ?? t('nav.map')}</span> });

  return (
    <header className="app-header">
      <div className="app-brand">
        <span className="app-logo" aria-hidden="true" />
        <span className="app-name">{t('app.name')}</span>
      </div>
      <nav aria-label={t('nav.label')} className="app-breadcrumb" data-testid="breadcrumb">
        <Breadcrumb items={items} />
      </nav>
      <LanguageSwitch />
    </header>
  );
}
