import { Form, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImageOptions } from '../../../src/export/exportOptions';
import { currentLanguage } from '../../i18n';
import { LANGUAGE_NAMES } from './languageNames';

const SCALES: ImageOptions['scale'][] = [1, 2, 4];

/** PNG (at 1x, 2x or 4x) or SVG, white or transparent background, and the language of the map's own words. */
export function ImageFields({ options, onChange }: { options: ImageOptions; onChange(options: ImageOptions): void }) {
  const { t } = useTranslation('export');
  return (
    <Space wrap align="start" size="large">
      <Form.Item label={t('image.format')}>
        <Radio.Group
          optionType="button"
          value={options.format}
          onChange={(e) => onChange({ ...options, format: e.target.value as ImageOptions['format'] })}
          options={[
            { value: 'png', label: 'PNG' },
            { value: 'svg', label: 'SVG' },
          ]}
        />
      </Form.Item>
      {options.format === 'png' && (
        <Form.Item label={t('image.scale')}>
          <Radio.Group
            optionType="button"
            value={options.scale}
            onChange={(e) => onChange({ ...options, scale: e.target.value as ImageOptions['scale'] })}
            options={SCALES.map((scale) => ({ value: scale, label: `${scale}×` }))}
          />
        </Form.Item>
      )}
      <Form.Item label={t('image.background')}>
        <Radio.Group
          optionType="button"
          value={options.background}
          onChange={(e) => onChange({ ...options, background: e.target.value as ImageOptions['background'] })}
          options={[
            { value: 'white', label: t('image.white') },
            { value: 'transparent', label: t('image.transparent') },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('parts.language')} htmlFor="export-image-language">
        <Select
          id="export-image-language"
          style={{ minWidth: 120 }}
          value={options.language ?? currentLanguage()}
          onChange={(language) => onChange({ ...options, language })}
          options={Object.entries(LANGUAGE_NAMES).map(([value, label]) => ({ value: value as keyof typeof LANGUAGE_NAMES, label }))}
        />
      </Form.Item>
    </Space>
  );
}
