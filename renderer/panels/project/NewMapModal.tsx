import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSummary } from '../../../src/model/project';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';

interface NewMapFields {
  name: string;
  start: 'starter' | 'blank';
}

interface NewMapModalProps {
  projectId: string;
  onCreated: (map: MapSummary) => void;
  onClose: () => void;
}

/** "New map": a name and whether to start blank or from the starter layout of stages and lanes. */
export function NewMapModal({ projectId, onCreated, onClose }: NewMapModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewMapFields>();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async (fields: NewMapFields) => {
    setCreating(true);
    setError(null);
    try {
      const map = await api.invoke('map.create', { projectId, name: fields.name.trim(), starter: fields.start === 'starter' });
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
        initialValues={{ name: t('newMap.defaultName'), start: 'starter' }}
        onFinish={(fields) => void create(fields)}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item name="name" label={t('newMap.name')} rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }]}>
          <Input autoFocus maxLength={200} onFocus={(event) => event.target.select()} />
        </Form.Item>
        <Form.Item name="start" label={t('newMap.startFrom')}>
          <Radio.Group className="start-options">
            <Radio value="starter">
              <span className="start-option-title">{t('newMap.starter')}</span>
              <span className="start-option-hint">{t('newMap.starterHint')}</span>
            </Radio>
            <Radio value="blank">
              <span className="start-option-title">{t('newMap.blank')}</span>
              <span className="start-option-hint">{t('newMap.blankHint')}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
