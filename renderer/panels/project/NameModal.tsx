import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, toDescribableError } from '../../i18n/describeError';

interface NameModalProps {
  title: string;
  label: string;
  okText: string;
  initialName: string;
  /** Does the work; a throw keeps the modal open and shows why. */
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
  extra?: string;
}

/** One name field in a modal: rename a map or the project, name a duplicate. */
export function NameModal({ title, label, okText, initialName, onSubmit, onClose, extra }: NameModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ name }: { name: string }) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(name.trim());
      onClose();
    } catch (thrown) {
      setError(describeError(t, toDescribableError(thrown)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={title} okText={okText} cancelText={t('actions.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ name: initialName }} onFinish={(fields) => void submit(fields)}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item name="name" label={label} extra={extra} rules={[{ required: true, whitespace: true, message: t('validation.nameRequired') }]}>
          <Input autoFocus maxLength={200} onFocus={(event) => event.target.select()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
