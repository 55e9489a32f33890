import { SettingOutlined } from '@ant-design/icons';
import { Breadcrumb, Button } from 'antd';
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

/**
 * The slim bar above every screen: product name, where you are (Projects /
 * project / parent maps of a sub-journey / map, each a way back), language and settings.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const project = useAppStore((state) => state.project);
  const mapId = useAppStore((state) => state.mapId);
  const trail = useAppStore((state) => state.trail);
  const mapClosed = useAppStore((state) => state.mapClosed);
  const crumbOpened = useAppStore((state) => state.crumbOpened);
  const openDialog = useAppStore((state) => state.openDialog);
  const { closeProject } = useProjectActions();
  const mapName = (id: string) => project?.maps.find((map) => map.id === id)?.name ?? t('nav.map');

  const items: BreadcrumbProps['items'] = [
    { key: 'projects', title: project ? <a href="#" onClick={linkTo(() => void closeProject())}>{t('nav.projects')}</a> : t('nav.projects') },
  ];
  if (project) {
    items.push({
      key: 'project',
      title: mapId ? <a href="#" onClick={linkTo(mapClosed)}>{project.info.name}</a> : <span aria-current="page">{project.info.name}</span>,
    });
  }
  if (project && mapId) {
    trail.forEach((parentId, index) => {
      items.push({
        key: `parent-${index}`,
        title: (
          <a href="#" onClick={linkTo(() => crumbOpened(index))} data-testid="breadcrumb-parent-map">
            {mapName(parentId)}
          </a>
        ),
      });
    });
    items.push({ key: 'map', title: <span aria-current="page">{mapName(mapId)}</span> });
  }

  return (
    <header className="app-header">
      <div className="app-brand">
        <span className="app-logo" aria-hidden="true" />
        <span className="app-name">{t('app.name')}</span>
      </div>
      <nav aria-label={t('nav.label')} className="app-breadcrumb" data-testid="breadcrumb">
        <Breadcrumb items={items} />
      </nav>
      <div className="app-header-tools">
        <LanguageSwitch />
        <Button type="text" icon={<SettingOutlined />} aria-label={t('settings.open')} title={t('settings.open')} onClick={() => openDialog('settings')} />
      </div>
    </header>
  );
}
