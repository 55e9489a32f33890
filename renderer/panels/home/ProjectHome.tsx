import { FolderOpenOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../../src/model/project';
import { api } from '../../api/client';
import { shortcutLabel } from '../../app/shortcuts';
import { useProjectActions } from '../../app/useProjectActions';
import { useReportError } from '../../app/useReportError';
import { useAppStore } from '../../store/appStore';
import { RecentProjects } from './RecentProjects';

/** The screen shown while no project is open: create, open, import, or pick a recent project. */
export function ProjectHome() {
  const { t } = useTranslation();
  const openDialog = useAppStore((state) => state.openDialog);
  const { openProjectAt, openProjectWithPicker } = useProjectActions();
  const reportError = useReportError();
  const [recent, setRecent] = useState<RecentProject[] | null>(null);

  const loadRecent = useCallback(async () => {
    try {
      setRecent(await api.invoke('project.recent', {}));
    } catch (thrown) {
      setRecent([]);
      reportError(thrown, t('home.recentFailed'));
    }
  }, [reportError, t]);

  useEffect(() => {
    // The list lives in main; fetching it is the reason this screen mounts.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadRecent();
  }, [loadRecent]);

  const open = async (project: RecentProject) => {
    // A failed open (moved file, locked, newer version) changes what "recent" says, so reload it.
    if (!(await openProjectAt(project.path))) void loadRecent();
  };

  const forget = async (project: RecentProject) => {
    try {
      setRecent(await api.invoke('project.forgetRecent', { path: project.path }));
    } catch (thrown) {
      reportError(thrown, t('home.forgetFailed'));
    }
  };

  return (
    <main className="home">
      <section className="home-hero">
        <Typography.Title level={2} className="home-title">
          {t('home.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="home-subtitle">
          {t('home.subtitle')}
        </Typography.Paragraph>
        <Flex gap="small" wrap>
          <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => openDialog('newProject')}>
            {t('home.newProject')}
          </Button>
          <Button size="large" icon={<FolderOpenOutlined />} onClick={() => void openProjectWithPicker()}>
            {t('home.openProject')}
          </Button>
          <Button size="large" type="text" icon={<ImportOutlined />} onClick={() => openDialog('importJson')}>
            {t('home.importJson')}
          </Button>
        </Flex>
        <Typography.Text type="secondary" className="home-shortcuts">
          {t('home.shortcuts', { newKey: shortcutLabel('N'), openKey: shortcutLabel('O') })}
        </Typography.Text>
      </section>
      <RecentProjects recent={recent} onOpen={(project) => void open(project)} onForget={(project) => void forget(project)} />
    </main>
  );
}
