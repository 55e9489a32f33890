import { Alert, Form, Input, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary, TemplateSummary } from '../../../src/model/project';
import { api } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { describeError, toDescribableError, type DescribableError } from '../../i18n/describeError';
import { DEFAULT_TEMPLATE_CHOICE, galleryTemplates, templateRefOf, type TemplateChoice } from './templateChoice';
import { TemplateGallery } from './TemplateGallery';

interface NewMapFields {
  name: string;
  template: TemplateChoice;
}

interface NewMapModalProps {
  projectId: string;
  /** As `template.list` answered; null while loading or when it failed (the built-in templates are shown anyway). */
  templates: readonly TemplateSummary[] | null;
  templatesError: DescribableError | null;
  initialTemplate?: TemplateChoice;
  onCreated: (map: MapSummary) => void;
  onClose: () => void;
}

/** "New map": a name and the template to start from, picked in a gallery of previews. */
export function NewMapModal({ projectId, templates, templatesError, initialTemplate = DEFAULT_TEMPLATE_CHOICE, onCreated, onClose }: NewMapModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewMapFields>();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async (fields: NewMapFields) => {
    setCreating(true);
    setError(null);
    try {
      const map = await api.invoke('map.create', { projectId, name: fields.name.trim(), template: templateRefOf(fields.template), language: currentLanguage() });
      onCreated(map);
      onClose();
    } catch (thrown) {
      setError(describeError(t, toDescribableError(thrown)));
    } finally {
      setCreating(false);
    }
  };

  return (
    <Modal
      open
      width={880}
      title={t('newMap.title')}
      okText={t('newMap.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={creating}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewMapFields>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: t('newMap.defaultName'), template: initialTemplate }}
        onFinish={(fields) => void create(fields)}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item name="name" label={t('newMap.name')} rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }]}>
          <Input autoFocus maxLength={200} onFocus={(event) => event.target.select()} />
        </Form.Item>
        {templatesError && <Alert type="warning" showIcon title={t('newMap.templatesFailed')} description={describeError(t, templatesError)} style={{ marginBottom: 16 }} />}
        <Form.Item name="template" label={t('newMap.startFrom')}>
          <TemplateGalleryField templates={templates} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Adapts the gallery to a form field (antd passes `value` and `onChange`). */
function TemplateGalleryField({ templates, value, onChange }: { templates: readonly TemplateSummary[] | null; value?: TemplateChoice; onChange?: (choice: TemplateChoice) => void }) {
  const gallery = useMemo(() => galleryTemplates(templates), [templates]);
  return <TemplateGallery templates={gallery} value={value ?? DEFAULT_TEMPLATE_CHOICE} onChange={(choice) => onChange?.(choice)} />;
}
