import { Form, Input, Modal } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { api } from '../../api/client';

/** The author name from the settings, as last read ('' when none is set, null before the first read). */
export const useAuthorStore = create<{ name: string | null }>()(() => ({ name: null }));

/** Reads the author name from the settings (it may have changed in the settings dialog). */
export async function loadAuthorName(): Promise<string> {
  const { authorName } = await api.invoke('settings.get', {});
  useAuthorStore.setState({ name: authorName });
  return authorName;
}

/** The author name, read once when the component mounts. */
export function useAuthorName(): string | null {
  const name = useAuthorStore((s) => s.name);
  useEffect(() => {
    loadAuthorName().catch(() => undefined);
  }, []);
  return name;
}

/**
 * `ensureAuthor()` resolves to the author name for a new comment. When the
 * settings have none it asks once, in a small modal, and saves the answer
 * with 'settings.set'; null when the user cancels. Render `holder`.
 */
export function useEnsureAuthor(): { ensureAuthor: () => Promise<string | null>; holder: ReactNode } {
  const { t } = useTranslation('workshop');
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const pending = useRef<((name: string | null) => void) | null>(null);

  const ensureAuthor = useCallback(async (): Promise<string | null> => {
    const known = await loadAuthorName().catch(() => useAuthorStore.getState().name ?? '');
    if (known.trim() !== '') return known;
    return new Promise<string | null>((resolve) => {
      pending.current = resolve;
      setOpen(true);
    });
  }, []);

  const finish = (name: string | null) => {
    setOpen(false);
    pending.current?.(name);
    pending.current = null;
  };

  const submit = async ({ name }: { name: string }) => {
    setSaving(true);
    try {
      const saved = await api.invoke('settings.set', { authorName: name.trim() });
      useAuthorStore.setState({ name: saved.authorName });
      finish(saved.authorName);
    } catch {
      form.setFields([{ name: 'name', errors: [t('author.saveFailed')] }]);
    } finally {
      setSaving(false);
    }
  };

  const holder = (
    <Modal
      open={open}
      title={t('author.title')}
      okText={t('author.ok')}
      cancelText={t('author.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => finish(null)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(fields) => void submit(fields)} preserve={false}>
        <Form.Item
          name="name"
          label={t('author.label')}
          extra={t('author.hint')}
          rules={[{ required: true, whitespace: true, message: t('author.required') }]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
  return { ensureAuthor, holder };
}
