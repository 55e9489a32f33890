import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../src/model/ids';
import type { Segment } from '../../../src/model/catalog';
import { SEGMENT_FIELDS, SEGMENT_OPERATORS } from '../../../src/schema/catalog';
import { useCatalogStore } from '../../store/catalogStore';
import { entityPatch, segmentRuleSummary, withoutEmpty } from './catalogEdits';

type SegmentFields = Pick<Segment, 'name' | 'description' | 'criteria'>;

interface Props {
  segment: Segment | null;
  open: boolean;
  onClose(): void;
}

function RuleSummary() {
  const { t } = useTranslation('panels');
  const criteria = Form.useWatch('criteria') as SegmentFields['criteria'] | undefined;
  const complete = (criteria ?? []).filter((c) => c?.field && c.operator && c.value !== undefined);
  return (
    <Typography.Paragraph type="secondary" data-testid="segment-rule-preview">
      {segmentRuleSummary(complete, (key, options) => t(key, options))}
    </Typography.Paragraph>
  );
}

/** Adds or edits a segment: its name, description and the criteria (all must hold) that define it. */
export function SegmentDrawer({ segment, open, onClose }: Props) {
  const { t } = useTranslation('panels');
  const [form] = Form.useForm<SegmentFields>();

  const save = (values: SegmentFields) => {
    const criteria = (values.criteria ?? []).map((c) => ({ ...c, value: c.value.trim() }));
    const store = useCatalogStore.getState();
    if (segment) {
      const patch = entityPatch(segment, { ...values, criteria }, ['name', 'criteria']);
      if (Object.keys(patch).length > 0) store.execute([{ name: 'segment.edit', args: { id: segment.id, patch } }]);
    } else {
      store.execute([{ name: 'segment.add', args: { segment: { ...withoutEmpty({ ...values, id: newId() }), criteria } } }]);
    }
    onClose();
  };

  return (
    <Drawer
      title={segment ? t('segments.editTitle', { name: segment.name }) : t('segments.addTitle')}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('catalog.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()}>
            {t('catalog.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={segment ?? { criteria: [] }} onFinish={save} preserve={false}>
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, message: t('catalog.nameRequired') }]}>
          <Input maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="description" label={t('segments.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Typography.Text strong>{t('segments.rule')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('segments.ruleHelp')}
        </Typography.Paragraph>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Flex key={key} gap={6} align="baseline">
                  <Form.Item name={[name, 'field']} rules={[{ required: true, message: t('segments.fieldRequired') }]} style={{ flex: 3 }}>
                    <Select aria-label={t('segments.field')} options={SEGMENT_FIELDS.map((value) => ({ value, label: t(`segmentFields.${value}`) }))} />
                  </Form.Item>
                  <Form.Item name={[name, 'operator']} style={{ flex: 2 }}>
                    <Select aria-label={t('segments.operator')} options={SEGMENT_OPERATORS.map((value) => ({ value, label: t(`segmentOperators.${value}`) }))} />
                  </Form.Item>
                  <Form.Item name={[name, 'value']} rules={[{ required: true, whitespace: true, message: t('segments.valueRequired') }]} style={{ flex: 3 }}>
                    <Input aria-label={t('segments.value')} placeholder={t('segments.valuePlaceholder')} maxLength={500} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('segments.removeCriterion')} onClick={() => remove(name)} />
                </Flex>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ operator: 'is', value: '' })} style={{ marginBottom: 12 }}>
                {t('segments.addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
        <RuleSummary />
      </Form>
    </Drawer>
  );
}
