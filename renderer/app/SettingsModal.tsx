import { Alert, Form, Input, Modal, Radio, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, type Language, type Settings } from '../../src/api/contract';
import { api } from '../api/client';
import { applyLanguage, resolveLanguage } from '../i18n';
import { describeError, toDescribableError } from '../i18n/describeError';

/** "system" stands for a null language setting: follow the operating system. */
type LanguageChoice = Language | 'system';

interface SettingsFields {
  language: LanguageChoice;
  authorName: string;
}

const toFields = (settings: Settings): SettingsFields => ({ language: settings.language ?? 'system', authorName: settings.authorName });

/** App settings: the UI language (or the system's) and the author name written on comments. */
export function SettingsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SettingsFields>();
  const [initial, setInitial] = useState<SettingsFields | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.invoke('settings.get', {}).then(
      (settings) => {
        if (current) setInitial(toFields(settings));
      },
      (thrown: unknown) => {
        if (!current) return;
        setError(describeError(t, toDescribableError(thrown)));
        setInitial({ language: 'system', authorName: '' });
      },
    );
    return () => {
      current = false;
    };
  }, [t]);

  const save = async ({ language, authorName }: SettingsFields) => {
    setSaving(true);
    setError(null);
    try {
      const stored = language === 'system' ? null : language;
      await api.invoke('settings.set', { language: stored, authorName: authorName.trim() });
      await applyLanguage(resolveLanguage(stored, navigator.language));
      onClose();
    } catch (thrown) {
      setError(describeError(t, toDescribableError(thrown)));
    } finally {
      setSaving(false);
    }
  };

  const languageOptions = [
    { value: 'system', label: t('settings.languageSystem') },
    ...SUPPORTED_LANGUAGES.map((value) => ({ value, label: <span lang={value}>{t(`language.${value}`)}</span> })),
  ];

  return (
    <Modal
      open
      title={t('settings.title')}
      okText={t('settings.save')}
      cancelText={t('actions.cancel')}
      confirmLoading={saving}
      okButtonProps={{ disabled: initial === null }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {initial === null ? (
        <Spin />
      ) : (
        <Form<SettingsFields> form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={(fields) => void save(fields)}>
          <Form.Item name="language" label={t('settings.language')} extra={t('settings.languageHint')}>
            <Radio.Group options={languageOptions} />
          </Form.Item>
          <Form.Item name="authorName" label={t('settings.authorName')} extra={t('settings.authorNameHint')}>
            <Input maxLength={200} placeholder={t('settings.authorNamePlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
