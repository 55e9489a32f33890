import { Checkbox, Form, InputNumber, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../../src/export/exportOptions';

const MODES: MapLayout['mode'][] = ['fit', 'poster', 'tiles'];

/** How the map goes onto paper: fit on one page, one poster page, or tiles with overlap, crop marks and labels. */
export function MapLayoutFields({ layout, onChange }: { layout: MapLayout; onChange(layout: MapLayout): void }) {
  const { t } = useTranslation('export');
  return (
    <>
      <Form.Item label={t('layout.mode')} extra={<Typography.Text type="secondary">{t(`layout.modeHelp.${layout.mode}`)}</Typography.Text>}>
        <Radio.Group
          optionType="button"
          value={layout.mode}
          onChange={(e) => onChange({ ...layout, mode: e.target.value as MapLayout['mode'] })}
          options={MODES.map((mode) => ({ value: mode, label: t(`layout.modes.${mode}`) }))}
        />
      </Form.Item>
      {layout.mode !== 'fit' && (
        <Space wrap>
          {/* Shown in per cent: 100 % prints the map at its size on screen (96 px per inch). */}
          <Form.Item label={t('layout.scale')} htmlFor="export-scale">
            <InputNumber
              id="export-scale"
              min={10}
              max={400}
              step={10}
              suffix="%"
              value={Math.round(layout.scale * 100)}
              onChange={(value) => onChange({ ...layout, scale: (value ?? 100) / 100 })}
            />
          </Form.Item>
          {layout.mode === 'tiles' && (
            <Form.Item label={t('layout.overlapMm')} htmlFor="export-overlap">
              <InputNumber id="export-overlap" min={0} max={50} value={layout.overlapMm} onChange={(value) => onChange({ ...layout, overlapMm: value ?? 0 })} />
            </Form.Item>
          )}
        </Space>
      )}
      {layout.mode === 'tiles' && (
        <Space wrap>
          <Checkbox checked={layout.cropMarks} onChange={(e) => onChange({ ...layout, cropMarks: e.target.checked })}>
            {t('layout.cropMarks')}
          </Checkbox>
          <Checkbox checked={layout.pageLabels} onChange={(e) => onChange({ ...layout, pageLabels: e.target.checked })}>
            {t('layout.pageLabels')}
          </Checkbox>
        </Space>
      )}
    </>
  );
}
