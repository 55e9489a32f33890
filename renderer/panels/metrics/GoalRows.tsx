import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Space, Typography, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricLanguage } from '../../../src/metrics/definitions';
import type { GoalScope, MetricGoal } from '../../../src/metrics/goals';
import { BUILTIN_SEGMENTS } from '../../../src/metrics/segments';
import type { MetricDefinition } from '../../../src/model/metrics';
import { goalScopeKey } from '../../../src/schema/metrics';
import { useCatalogStore } from '../../store/catalogStore';
import { useDocumentStore } from '../../store/documentStore';
import { useMetricsStore } from '../../store/metricsStore';
import { goalScopeName } from './goalScopeName';

/** One row of the goal list as the form holds it: the scope's kind, which one (a stage, channel or card id, or a segment label), and the numbers as typed (percent as percent). */
export interface GoalRow {
  kind: GoalScope['kind'];
  which?: string;
  target?: number | null;
  amber?: number | null;
  red?: number | null;
}

const SCOPE_KINDS = ['map', 'stage', 'channel', 'card', 'segment'] as const satisfies readonly GoalScope['kind'][];
const LEVELS = ['target', 'amber', 'red'] as const;

// Percent metrics store fractions (0.05); people type and read percent (5).
export const toForm = (value: number | undefined, unit: MetricDefinition['unit']) => (value === undefined ? null : unit === 'percent' ? Math.round(value * 1e6) / 1e4 : value);
export const fromForm = (value: number | null | undefined, unit: MetricDefinition['unit']) =>
  value === null || value === undefined ? undefined : unit === 'percent' ? value / 100 : value;

const scopeOfRow = (row: GoalRow): GoalScope | undefined => {
  if (row.kind === 'map') return { kind: 'map' };
  if (!row.which) return undefined;
  return row.kind === 'segment' ? { kind: 'segment', segment: row.which } : { kind: row.kind, id: row.which };
};

/** A definition's goals as form rows. */
export const goalRows = (goals: readonly MetricGoal[] | undefined, unit: MetricDefinition['unit']): GoalRow[] =>
  (goals ?? []).map((goal) => ({
    kind: goal.scope.kind,
    which: goal.scope.kind === 'map' ? undefined : goal.scope.kind === 'segment' ? goal.scope.segment : goal.scope.id,
    target: toForm(goal.target, unit),
    amber: toForm(goal.amber, unit),
    red: toForm(goal.red, unit),
  }));

/** The form's rows as goals (rows without a scope or numbers are left out; the form's rules stop those from being saved). */
export function goalsOfRows(rows: readonly GoalRow[] | undefined, unit: MetricDefinition['unit']): MetricGoal[] {
  return (rows ?? []).flatMap((row) => {
    const scope = scopeOfRow(row);
    if (!scope) return [];
    const goal: MetricGoal = { scope };
    for (const level of LEVELS) {
      const value = fromForm(row[level], unit);
      if (value !== undefined) goal[level] = value;
    }
    return goal.target === undefined && goal.amber === undefined && goal.red === undefined ? [] : [goal];
  });
}

/** The choices of "which" for each kind of scope: the current map's stages and cards, the catalog's channels, the segments of the imported values and the built-in ones. */
function useScopeOptions(language: MetricLanguage): Record<Exclude<GoalScope['kind'], 'map'>, { value: string; label: string }[]> {
  const map = useDocumentStore((s) => s.map);
  const catalog = useCatalogStore((s) => s.catalog);
  const segments = useMetricsStore((s) => s.data?.segments);
  return useMemo(() => {
    const name = (scope: GoalScope) => goalScopeName(scope, map, catalog, language);
    const stageName = (id: string) => name({ kind: 'stage', id });
    const segmentLabels = [...new Set([...(segments ?? []).filter((segment) => segment.trim() !== ''), ...BUILTIN_SEGMENTS])];
    return {
      stage: (map?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name })),
      channel: (catalog?.channels ?? []).map((channel) => ({ value: channel.id, label: name({ kind: 'channel', id: channel.id }) })),
      card: Object.values(map?.cards ?? {})
        .filter((card) => card.title.trim() !== '')
        .map((card) => ({ value: card.id, label: `${stageName(card.stageId)} · ${card.title}` })),
      segment: segmentLabels.map((segment) => ({ value: segment, label: name({ kind: 'segment', segment }) })),
    };
  }, [map, catalog, segments, language]);
}

/** The scoped goals of a definition: add and remove rows of scope, which one, target, amber and red. */
export function GoalRows({ form, unit, language }: { form: FormInstance; unit: MetricDefinition['unit'] | undefined; language: MetricLanguage }) {
  const { t } = useTranslation('metrics');
  const options = useScopeOptions(language);
  const rowAt = (index: number): GoalRow | undefined => (form.getFieldValue('goals') as GoalRow[] | undefined)?.[index];
  const percent = unit === 'percent' ? '%' : undefined;

  return (
    <div data-testid="definition-goals">
      <Typography.Text strong>{t('definitions.goals')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('definitions.goalsHelp')}
      </Typography.Paragraph>
      <Form.List name="goals">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap size={4} data-testid="goal-row" style={{ display: 'flex', marginBottom: 4 }}>
                <Form.Item name={[field.name, 'kind']} noStyle>
                  <Select
                    style={{ width: 110 }}
                    aria-label={t('definitions.scope')}
                    data-testid="goal-scope"
                    options={SCOPE_KINDS.map((kind) => ({ value: kind, label: t(`definitions.scopes.${kind}`) }))}
                    onChange={() => form.setFieldValue(['goals', field.name, 'which'], undefined)}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(before, after) => (before as { goals?: GoalRow[] }).goals?.[field.name]?.kind !== (after as { goals?: GoalRow[] }).goals?.[field.name]?.kind}>
                  {() => {
                    const kind = rowAt(field.name)?.kind;
                    if (kind === undefined || kind === 'map') return null;
                    return (
                      <Form.Item
                        name={[field.name, 'which']}
                        style={{ marginBottom: 0 }}
                        rules={[
                          { required: true, message: t('definitions.scopeRequired') },
                          {
                            validator: async () => {
                              const rows = (form.getFieldValue('goals') as GoalRow[] | undefined) ?? [];
                              const key = (row: GoalRow | undefined) => {
                                const scope = row && scopeOfRow(row);
                                return scope ? goalScopeKey(scope) : undefined;
                              };
                              const own = key(rows[field.name]);
                              if (own !== undefined && rows.slice(0, field.name).some((row) => key(row) === own)) throw new Error(t('definitions.goalTaken'));
                            },
                          },
                        ]}
                      >
                        <Select
                          style={{ width: 230 }}
                          showSearch
                          optionFilterProp="label"
                          aria-label={t('definitions.scopeOf')}
                          data-testid="goal-which"
                          options={options[kind]}
                        />
                      </Form.Item>
                    );
                  }}
                </Form.Item>
                {LEVELS.map((level) => (
                  <Form.Item
                    key={level}
                    name={[field.name, level]}
                    style={{ marginBottom: 0 }}
                    rules={
                      level === 'target'
                        ? [
                            {
                              validator: async () => {
                                const row = rowAt(field.name);
                                if (row && LEVELS.every((l) => row[l] === null || row[l] === undefined)) throw new Error(t('definitions.goalEmpty'));
                              },
                            },
                          ]
                        : []
                    }
                  >
                    <InputNumber style={{ width: 96 }} placeholder={t(`definitions.${level}`)} aria-label={t(`definitions.${level}`)} data-testid={`goal-${level}`} suffix={percent} />
                  </Form.Item>
                ))}
                <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('definitions.removeGoal')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ kind: 'channel' } satisfies GoalRow)} data-testid="goal-add">
              {t('definitions.addGoal')}
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}
