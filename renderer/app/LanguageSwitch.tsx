import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, type Language } from '../../src/api/contract';
import { api } from '../api/client';
import { applyLanguage } from '../i18n';
import { useReportError } from './useReportError';

const isLanguage = (value: string): value is Language => (SUPPORTED_LANGUAGES as readonly string[]).includes(value);

/** "English | 简体中文": switches at once and remembers the choice in the settings. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const change = async (value: string) => {
    if (!isLanguage(value)) return;
    await applyLanguage(value);
    try {
      await api.invoke('settings.set', { language: value });
    } catch (thrown) {
      reportError(thrown, t('language.saveFailed'));
    }
  };

  return (
    <Segmented
      size="small"
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => void change(value)}
      options={SUPPORTED_LANGUAGES.map((value) => ({ value, label: <span lang={value}>{t(`language.${value}`)}</span> }))}
    />
  );
}
