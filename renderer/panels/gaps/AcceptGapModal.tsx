import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gap } from '../../../src/model/gaps';
import { newId } from '../../../src/model/ids';
import { useDocumentStore } from '../../store/documentStore';
import { loadAuthorName, useAuthorStore } from '../workshop/authorName';
import { gapRuleName } from './gapText';

/** Asks why the team accepts a gap (required), then accepts it as one undoable edit, signed with the author name from the settings. */
export function AcceptGapModal({ gap, onClose }: { gap: Gap | null; onClose(): void }) {
  const { t } = useTranslation('gaps');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  const accept = async (target: Gap, reason: string) => {
    setSaving(true);
    // Acceptances are signed like comments; without a name in the settings they stay unsigned rather than asking here.
    const acceptedBy = await loadAuthorName().catch(() => useAuthorStore.getState().name ?? '');
    setSaving(false);
    const acceptance = { id: newId(), gapKey: target.key, rule: target.rule, reason: reason.trim(), acceptedBy, acceptedAt: new Date().toISOString() };
    if (useDocumentStore.getState().execute([{ name: 'gap.accept', args: { acceptances: [acceptance] } }])) void message.success(t('accept.done'));
    onClose();
  };

  return (
    <Modal
      open={gap !== null}
      title={gap ? `${t('accept.title')}: ${gapRuleName(t, gap.rule)}` : t('accept.title')}
      okText={t('accept.ok')}
      cancelText={t('accept.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        onFinish={({ reason }) => {
          if (gap) void accept(gap, reason);
        }}
      >
        <Form.Item name="reason" label={t('accept.reason')} extra={t('accept.reasonHint')} rules={[{ required: true, whitespace: true, message: t('accept.reasonRequired') }]}>
          <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
