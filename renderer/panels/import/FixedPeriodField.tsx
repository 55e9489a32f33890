import { DatePicker, Form, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fixedPeriodEnd, fixedPeriodOfRange, type FixedPeriod } from '../../../src/import/fixedPeriod';
import { periodBucket } from '../../../src/metrics/periods';
import type { Grain } from '../../../src/model/metrics';
import { GRAINS } from '../../../src/schema/metrics';
import { useImportWizardStore } from './importWizardStore';
import type { MappingDraft } from './mappingDraft';

type Choice = Grain | 'none' | 'custom';

const PICKERS: Record<Grain, 'date' | 'week' | 'month' | 'quarter' | 'year'> = { day: 'date', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
const day = (value: Dayjs): string => value.format('YYYY-MM-DD');

/**
 * The period of every value of a file with no period column: a calendar
 * day, week, month, quarter or year, or a custom range that spans exactly one
 * of them (a week from Wednesday, a fiscal month from the 15th).
 */
export function FixedPeriodField({ draft }: { draft: MappingDraft }) {
  const { t } = useTranslation('import');
  const fixed = draft.fixedPeriod;
  const [custom, setCustom] = useState(fixed?.end !== undefined);
  const [badRange, setBadRange] = useState(false);
  const choice: Choice = custom ? 'custom' : (fixed?.grain ?? 'none');
  const set = (fixedPeriod: FixedPeriod | undefined) => useImportWizardStore.getState().updateDraft({ fixedPeriod });

  const choose = (next: Choice) => {
    setBadRange(false);
    setCustom(next === 'custom');
    if (next === 'none' || next === 'custom') set(undefined);
    // Keep the day already picked, moved to the start of the new grain's period.
    else set({ start: periodBucket(fixed?.start ?? day(dayjs()), next), grain: next });
  };

  return (
    <Form.Item label={t('mapping.fixedPeriod')} tooltip={t('mapping.fixedPeriodHelp')}>
      <Space wrap>
        <Select<Choice>
          aria-label={t('mapping.fixedPeriod')}
          data-testid="import-fixed-period-grain"
          style={{ width: 150 }}
          value={choice}
          onChange={choose}
          options={[
            { value: 'none', label: t('mapping.fixedPeriodNone') },
            ...GRAINS.map((grain) => ({ value: grain, label: t(`mapping.fixedPeriodGrain.${grain}`) })),
            { value: 'custom', label: t('mapping.fixedPeriodCustom') },
          ]}
        />
        {choice !== 'none' && choice !== 'custom' && (
          <DatePicker
            aria-label={t('mapping.fixedPeriodPick')}
            data-testid="import-fixed-period-date"
            picker={PICKERS[choice]}
            allowClear={false}
            value={fixed ? dayjs(fixed.start) : null}
            onChange={(value: Dayjs | null) => value && set({ start: periodBucket(day(value), choice), grain: choice })}
          />
        )}
        {choice === 'custom' && (
          <DatePicker.RangePicker
            data-testid="import-fixed-period-range"
            value={fixed?.end ? [dayjs(fixed.start), dayjs(fixed.end)] : null}
            onChange={(range) => {
              const [from, to] = range ?? [];
              const period = from && to ? fixedPeriodOfRange(day(from), day(to)) : undefined;
              setBadRange(from !== undefined && from !== null && period === undefined);
              set(period);
            }}
          />
        )}
        {fixed && !custom && (
          <Typography.Text type="secondary" data-testid="import-fixed-period-span">
            {t('mapping.fixedPeriodSpan', { start: fixed.start, end: fixedPeriodEnd(fixed.start, fixed.grain) })}
          </Typography.Text>
        )}
        {badRange && <Typography.Text type="danger">{t('mapping.fixedPeriodBadRange')}</Typography.Text>}
      </Space>
    </Form.Item>
  );
}
