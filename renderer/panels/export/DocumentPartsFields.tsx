import { Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPENDICES, type DocumentParts } from '../../../src/export/exportOptions';
import { currentLanguage } from '../../i18n';
import { LANGUAGE_NAMES } from './languageNames';

/**
 * The document around the map: title page, legend, appendices, and the
 * author and date on the title page. Empty author and date mean the
 * settings' author name and the day of the export (shown as placeholders).
 */
export function DocumentPartsFields({ parts, defaultAuthor, onChange }: { parts: DocumentParts; defaultAuthor: string; onChange(parts: DocumentParts): void }) {
  const { t } = useTranslation('export');
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return (
    <>
      <Space wrap>
        <Checkbox checked={parts.titlePage} onChange={(e) => onChange({ ...parts, titlePage: e.target.checked })}>
          {t('parts.titlePage')}
        </Checkbox>
        <Checkbox checked={parts.legend} onChange={(e) => onChange({ ...parts, legend: e.target.checked })}>
          {t('parts.legend')}
        </Checkbox>
      </Space>
      <Form.Item label={t('parts.appendices')}>
        <Checkbox.Group
          value={parts.appendices}
          onChange={(values) => onChange({ ...parts, appendices: APPENDICES.filter((a) => values.includes(a)) })}
          options={APPENDICES.map((appendix) => ({ value: appendix, label: t(`parts.appendix.${appendix}`) }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item label={t('parts.author')} htmlFor="export-author">
          <Input id="export-author" value={parts.author ?? ''} placeholder={defaultAuthor || t('parts.noAuthor')} maxLength={200} onChange={(e) => onChange({ ...parts, author: optional(e.target.value) })} />
        </Form.Item>
        <Form.Item label={t('parts.date')} htmlFor="export-date">
          <Input id="export-date" value={parts.date ?? ''} placeholder={new Date().toISOString().slice(0, 10)} maxLength={40} onChange={(e) => onChange({ ...parts, date: optional(e.target.value) })} />
        </Form.Item>
        <Form.Item label={t('parts.language')} htmlFor="export-language">
          <Select
            id="export-language"
            style={{ minWidth: 120 }}
            value={parts.language ?? currentLanguage()}
            onChange={(language) => onChange({ ...parts, language })}
            options={Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({ value: value as keyof typeof LANGUAGE_NAMES, label }))}
          />
        </Form.Item>
      </Space>
    </>
  );
}
