import { CloseOutlined, FolderOpenOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../../src/model/project';
import { formatDateTime, formatRelativeTime } from '../project/relativeTime';

interface RecentProjectsProps {
  recent: RecentProject[] | null;
  onOpen: (project: RecentProject) => void;
  onForget: (project: RecentProject) => void;
}

/** The recent-projects list: open on click, greyed out when the file is gone, removable. */
export function RecentProjects({ recent, onOpen, onForget }: RecentProjectsProps) {
  const { t, i18n } = useTranslation();
  const now = new Date();

  return (
    <Card title={t('home.recentTitle')} className="home-recent">
      {recent === null && <Skeleton active paragraph={{ rows: 3 }} />}
      {recent?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.recentEmpty')} />}
      {recent && recent.length > 0 && (
        <ul className="recent-list" aria-label={t('home.recentTitle')}>
          {recent.map((project) => (
            <li
              key={project.path}
              className={project.exists ? 'recent-row' : 'recent-row recent-row-missing'}
              data-testid="recent-project"
              data-missing={project.exists ? undefined : 'true'}
            >
              <button
                type="button"
                className="recent-open"
                disabled={!project.exists}
                onClick={() => onOpen(project)}
                aria-label={t('home.openRecent', { name: project.name })}
                title={project.exists ? project.path : t('home.missingHint')}
              >
                <FolderOpenOutlined className="recent-icon" />
                <span className="recent-text">
                  <span className="recent-name">
                    {project.name}
                    {!project.exists && (
                      <Tag icon={<WarningOutlined />} color="default" className="recent-missing-tag">
                        {t('home.missing')}
                      </Tag>
                    )}
                  </span>
                  <Typography.Text type="secondary" className="recent-path" ellipsis>
                    {project.path}
                  </Typography.Text>
                </span>
                <Tooltip title={formatDateTime(project.openedAt, i18n.language)}>
                  <Typography.Text type="secondary" className="recent-when">
                    {t('home.lastOpened', { when: formatRelativeTime(project.openedAt, now, i18n.language, t('time.justNow')) })}
                  </Typography.Text>
                </Tooltip>
              </button>
              <Tooltip title={t('home.forget')}>
                <Button
                  type="text"
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={t('home.forgetLabel', { name: project.name })}
                  onClick={() => onForget(project)}
                />
              </Tooltip>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
