import { Form, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAPER_NAMES, PAPER_SIZES, type PageSetup } from '../../../src/export/exportOptions';

/** Paper size (named or custom, in mm), orientation and margin of a PDF export. */
export function PageSetupFields({ page, onChange }: { page: PageSetup; onChange(page: PageSetup): void }) {
  const { t } = useTranslation('export');
  const paperLabel = (name: (typeof PAPER_NAMES)[number]) =>
    name === 'custom' ? t('page.customPaper') : t('page.paperSize', { name, width: PAPER_SIZES[name].widthMm, height: PAPER_SIZES[name].heightMm });
  const choosePaper = (paper: PageSetup['paper']) =>
    // A custom size starts from the paper chosen before, so the fields are never empty.
    onChange(paper === 'custom' && page.paper !== 'custom' ? { ...page, paper, widthMm: PAPER_SIZES[page.paper].widthMm, heightMm: PAPER_SIZES[page.paper].heightMm } : { ...page, paper });
  return (
    <>
      <Form.Item label={t('page.paper')} htmlFor="export-paper">
        <Select id="export-paper" value={page.paper} onChange={choosePaper} options={PAPER_NAMES.map((name) => ({ value: name, label: paperLabel(name) }))} />
      </Form.Item>
      {page.paper === 'custom' && (
        <Space>
          <Form.Item label={t('page.widthMm')} htmlFor="export-paper-width">
            <InputNumber id="export-paper-width" min={50} max={5000} value={page.widthMm} onChange={(value) => onChange({ ...page, widthMm: value ?? undefined })} />
          </Form.Item>
          <Form.Item label={t('page.heightMm')} htmlFor="export-paper-height">
            <InputNumber id="export-paper-height" min={50} max={5000} value={page.heightMm} onChange={(value) => onChange({ ...page, heightMm: value ?? undefined })} />
          </Form.Item>
        </Space>
      )}
      <Space wrap>
        <Form.Item label={t('page.orientation')}>
          <Radio.Group
            optionType="button"
            value={page.orientation}
            onChange={(e) => onChange({ ...page, orientation: e.target.value as PageSetup['orientation'] })}
            options={[
              { value: 'portrait', label: t('page.portrait') },
              { value: 'landscape', label: t('page.landscape') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('page.marginMm')} htmlFor="export-margin">
          <InputNumber id="export-margin" min={0} max={50} value={page.marginMm} onChange={(value) => onChange({ ...page, marginMm: value ?? 0 })} />
        </Form.Item>
      </Space>
    </>
  );
}
