import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a name prompt asks: its title, label, button, the name offered, and what to do with the name (may throw: the dialog stays open). */
export interface NamePromptRequest {
  title: string;
  label: string;
  okText: string;
  initial: string;
  onSubmit(name: string): Promise<void>;
}

function NamePromptDialog({ request, onClose }: { request: NamePromptRequest; onClose(): void }) {
  const { t } = useTranslation('compare');
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (name: string) => {
    setBusy(true);
    try {
      await request.onSubmit(name.trim());
      onClose();
    } catch {
      // The caller has shown the error; the dialog stays open so the name can be changed.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={request.title}
      okText={request.okText}
      cancelText={t('snapshots.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" requiredMark={false} preserve={false} initialValues={{ name: request.initial }} onFinish={({ name }) => void submit(name)}>
        <Form.Item name="name" label={request.label} rules={[{ required: true, whitespace: true, message: t('snapshots.nameRequired') }]}>
          <Input autoFocus maxLength={200} data-testid="name-prompt-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A small dialog asking for a name (rename a snapshot, name a duplicated map); Enter submits. A new request starts a fresh form. */
export function NamePrompt({ request, onClose }: { request: NamePromptRequest | null; onClose(): void }) {
  return request && <NamePromptDialog key={`${request.title}\u0000${request.initial}`} request={request} onClose={onClose} />;
}
