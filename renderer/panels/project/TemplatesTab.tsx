import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../src/model/project';
import { api } from '../../api/client';
import { useReportError } from '../../app/useReportError';
import { describeError, type DescribableError } from '../../i18n/describeError';
import { MapThumbnail } from './MapThumbnail';
import { formatDateTime, formatRelativeTime } from './relativeTime';
import { templateChoiceOf, type TemplateChoice } from './templateChoice';

type ProjectTemplate = Extract<TemplateSummary, { kind: 'project' }>;

interface TemplatesTabProps {
  projectId: string;
  templates: readonly TemplateSummary[] | null;
  error: DescribableError | null;
  onChanged: () => Promise<void>;
  onUse: (choice: TemplateChoice) => void;
}

/** The project's own templates (saved from its maps): start a map from one, or delete it. */
export function TemplatesTab({ projectId, templates, error, onChanged, onUse }: TemplatesTabProps) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const reportError = useReportError();
  const own = (templates ?? []).filter((template): template is ProjectTemplate => template.kind === 'project');
  const now = new Date();

  const confirmDelete = (template: ProjectTemplate) => {
    void modal.confirm({
      title: t('templates.deleteTitle', { name: template.name }),
      content: t('templates.deleteBody'),
      okText: t('templates.delete'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: async () => {
        try {
          await api.invoke('template.delete', { projectId, templateId: template.id });
          await onChanged();
          void message.success(t('templates.deleted', { name: template.name }));
        } catch (thrown) {
          reportError(thrown, t('templates.deleteFailed'));
        }
      },
    });
  };

  return (
    <section className="templates-tab" aria-label={t('projectTabs.templates')}>
      <Typography.Paragraph type="secondary">{t('templates.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t('templates.loadFailed')} description={describeError(t, error)} />}
      {templates && own.length === 0 && <Empty className="project-empty" description={t('templates.empty')} />}
      {own.length > 0 && (
        <ul className="map-grid" aria-label={t('projectTabs.templates')}>
          {own.map((template) => (
            <li key={template.id} className="map-card template-item" data-testid="project-template">
              <div className="map-card-body">
                <MapThumbnail sketch={template.sketch} className="map-card-thumbnail" />
                <span className="map-card-name">{template.name}</span>
                <Typography.Text type="secondary" className="map-card-updated" title={formatDateTime(template.createdAt, i18n.language)}>
                  {t('templates.saved', { when: formatRelativeTime(template.createdAt, now, i18n.language, t('time.justNow')) })}
                </Typography.Text>
              </div>
              <div className="template-item-actions">
                <Button icon={<PlusOutlined />} onClick={() => onUse(templateChoiceOf(template))} aria-label={t('templates.useLabel', { name: template.name })}>
                  {t('templates.use')}
                </Button>
                <Button danger type="text" icon={<DeleteOutlined />} onClick={() => confirmDelete(template)} aria-label={t('templates.deleteLabel', { name: template.name })} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
