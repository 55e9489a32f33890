import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdditive } from '../../../src/metrics/goals';
import type { MetricDefinition } from '../../../src/model/metrics';
import { AGGREGATIONS, DIRECTIONS, METRIC_UNITS, MetricKeySchema } from '../../../src/schema/metrics';
import { fromForm, goalRows, GoalRows, goalsOfRows, toForm, type GoalRow } from './GoalRows';
import { metricLanguage } from './metricFormat';

interface FormValues {
  key: string;
  name: string;
  nameZh?: string;
  unit: MetricDefinition['unit'];
  currency?: string;
  aggregation: MetricDefinition['aggregation'];
  weightBy?: string;
  numerator?: string;
  denominator?: string;
  direction: MetricDefinition['direction'];
  target?: number | null;
  amber?: number | null;
  red?: number | null;
  goals?: GoalRow[];
}

const THRESHOLDS = ['target', 'amber', 'red'] as const;

/** Adds a metric (`definition` null) or edits one's name, unit, aggregation, direction, thresholds and scoped goals. */
export function DefinitionForm({
  definition,
  definitions,
  saving,
  onSave,
  onCancel,
}: {
  definition: MetricDefinition | null;
  definitions: readonly MetricDefinition[];
  saving: boolean;
  onSave(definition: MetricDefinition): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('metrics');
  const [form] = Form.useForm<FormValues>();
  const unit = Form.useWatch('unit', form);
  const aggregation = Form.useWatch('aggregation', form);
  const adding = definition === null;

  useEffect(() => {
    const d = definition ?? { key: 'custom_', name: '', unit: 'count', aggregation: 'sum', direction: 'higherIsBetter' };
    form.setFieldsValue({
      key: d.key,
      name: d.name,
      nameZh: d.nameZh,
      unit: d.unit,
      currency: d.currency,
      aggregation: d.aggregation,
      weightBy: d.weightBy,
      numerator: d.numerator,
      denominator: d.denominator,
      direction: d.direction,
      target: toForm(d.target, d.unit),
      amber: toForm(d.amber, d.unit),
      red: toForm(d.red, d.unit),
      goals: goalRows(d.goals, d.unit),
    });
  }, [definition, form]);

  const submit = (values: FormValues) => {
    const next: MetricDefinition = {
      key: values.key.trim(),
      name: values.name.trim(),
      unit: values.unit,
      aggregation: values.aggregation,
      direction: values.direction,
    };
    if (values.nameZh?.trim()) next.nameZh = values.nameZh.trim();
    if (values.unit === 'currency' && values.currency) next.currency = values.currency;
    if (values.aggregation === 'weightedAverage' && values.weightBy) next.weightBy = values.weightBy;
    if (values.aggregation === 'ratio') {
      next.numerator = values.numerator;
      next.denominator = values.denominator;
    }
    for (const field of THRESHOLDS) {
      const value = fromForm(values[field], values.unit);
      if (value !== undefined) next[field] = value;
    }
    const goals = goalsOfRows(values.goals, values.unit);
    if (goals.length > 0) next.goals = goals;
    onSave(next);
  };

  return (
    <Modal
      open
      title={adding ? t('definitions.addTitle') : t('definitions.editTitle')}
      okText={t('definitions.save')}
      cancelText={t('definitions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" onFinish={submit} data-testid="definition-form">
        <Form.Item
          name="key"
          label={t('definitions.key')}
          extra={adding ? t('definitions.keyHelp') : undefined}
          rules={[
            {
              validator: async (_, value: string) => {
                const parsed = MetricKeySchema.safeParse(value?.trim());
                if (!parsed.success) throw new Error(t('definitions.keyHelp'));
                if (adding && definitions.some((d) => d.key === parsed.data)) throw new Error(t('definitions.keyTaken'));
              },
            },
          ]}
        >
          <Input disabled={!adding} maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label={t('definitions.name')} rules={[{ required: true, whitespace: true, message: t('definitions.nameRequired') }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="nameZh" label={t('definitions.nameZh')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="unit" label={t('definitions.unit')}>
          <Select options={METRIC_UNITS.map((u) => ({ value: u, label: t(`definitions.units.${u}`) }))} />
        </Form.Item>
        {unit === 'currency' ? (
          <Form.Item name="currency" label={t('definitions.currency')} rules={[{ pattern: /^[A-Z]{3}$/, message: t('definitions.currencyHelp') }]}>
            <Input maxLength={3} placeholder="CNY" />
          </Form.Item>
        ) : null}
        <Form.Item name="aggregation" label={t('definitions.aggregation')}>
          <Select options={AGGREGATIONS.map((a) => ({ value: a, label: t(`definitions.aggregations.${a}`) }))} />
        </Form.Item>
        {aggregation === 'weightedAverage' ? (
          <Form.Item name="weightBy" label={t('definitions.weightBy')}>
            <Select allowClear options={definitions.filter((d) => d.unit === 'count').map((d) => ({ value: d.key, label: d.name }))} />
          </Form.Item>
        ) : null}
        {aggregation === 'ratio'
          ? (['numerator', 'denominator'] as const).map((part) => (
              <Form.Item key={part} name={part} label={t(`definitions.${part}`)} rules={[{ required: true, message: t('definitions.ratioPartRequired') }]}>
                <Select options={definitions.filter((d) => d.unit === 'count').map((d) => ({ value: d.key, label: d.name }))} />
              </Form.Item>
            ))
          : null}
        <Form.Item name="direction" label={t('definitions.direction')}>
          <Select options={DIRECTIONS.map((d) => ({ value: d, label: t(`definitions.directions.${d}`) }))} />
        </Form.Item>
        {THRESHOLDS.map((field) => (
          <Form.Item key={field} name={field} label={t(`definitions.${field}`)} extra={unit === 'percent' && field === 'target' ? t('definitions.percentHelp') : undefined}>
            <InputNumber style={{ width: '100%' }} addonAfter={unit === 'percent' ? '%' : undefined} />
          </Form.Item>
        ))}
        {unit && aggregation ? (
          <Typography.Paragraph type="secondary" data-testid="definition-thresholds-apply">
            {t(isAdditive({ unit, aggregation }) ? 'definitions.appliesWholeMap' : 'definitions.appliesEverywhere')}
          </Typography.Paragraph>
        ) : null}
        <GoalRows form={form} unit={unit} language={metricLanguage()} />
      </Form>
    </Modal>
  );
}
