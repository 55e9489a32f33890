import { DatePicker, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapMetrics } from '../../../src/api/contract';
import { bucketCoverage } from '../../../src/metrics/coverage';
import type { MetricLanguage } from '../../../src/metrics/definitions';
import { bucketLabel, type DateRange } from '../../../src/metrics/periods';
import { useMetricsStore } from '../../store/metricsStore';

// antd Selects need a value for "nothing chosen" (the latest period) and for the custom range.
const LATEST = '__latest';
const CUSTOM = '__custom';

const dayOf = (value: Dayjs): string => value.format('YYYY-MM-DD');

/** "29 Dec 2025" / "2025年12月29日": a calendar day as written in the UI language (UTC, so never a day off). */
export function dayText(day: string, language: MetricLanguage): string {
  const format = new Intl.DateTimeFormat(language === 'zh-CN' ? 'zh-CN' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** The custom range's days for the rangeLabel text, "1 Jan 2026" and "31 Mar 2026". */
export const rangeDays = (range: DateRange, language: MetricLanguage) => ({ from: dayText(range.from, language), to: dayText(range.to, language) });

/** Which days the shown figures cover, and the rule that filed values reaching outside the period or range. */
function CoverLine({ data, language }: { data: MapMetrics; language: MetricLanguage }) {
  const { t } = useTranslation('metrics');
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const range = useMetricsStore((s) => s.range);
  const shown = period ?? data.periods.at(-1) ?? null;
  const coverage = shown === null ? null : bucketCoverage(data.series, shown, grain, range);
  let text: string;
  if (!coverage) {
    if (range === null) return null;
    text = t('toolbar.rangeEmpty');
  } else {
    const covers =
      coverage.from === coverage.to
        ? t('toolbar.coversDay', { day: dayText(coverage.from, language) })
        : t('toolbar.covers', { from: dayText(coverage.from, language), to: dayText(coverage.to, language) });
    // Over a range the rule is always stated: a month partly inside is left out without reaching outside it.
    const rule = range !== null ? t('toolbar.coverRule.range') : coverage.beyond ? t(`toolbar.coverRule.${grain}`) : null;
    text = rule === null ? covers : `${covers} · ${rule}`;
  }
  return (
    <Typography.Text type="secondary" data-testid="metrics-covers" style={{ gridColumn: '1 / -1', maxWidth: 320, fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
}

/** The period selector: the grain's periods (latest first) or a custom date range, with the days the shown figures cover under it. */
export function PeriodSelector({ data, language }: { data: MapMetrics; language: MetricLanguage }) {
  const { t } = useTranslation('metrics');
  const grain = useMetricsStore((s) => s.grain);
  const period = useMetricsStore((s) => s.period);
  const range = useMetricsStore((s) => s.range);
  const [picking, setPicking] = useState(false);
  const latest = data.periods.at(-1);
  // The range's days are in the picker under it; the select only says a custom range is shown.
  const custom = { value: CUSTOM, label: t(range ? 'toolbar.customRangeShown' : 'toolbar.customRange') };
  const options =
    range !== null
      ? [custom, { value: LATEST, label: t('toolbar.latestPeriod') }]
      : [
          { value: LATEST, label: latest ? t('toolbar.latest', { label: bucketLabel(latest, grain, language) }) : t('toolbar.undated') },
          ...[...data.periods].reverse().map((p) => ({ value: p, label: bucketLabel(p, grain, language) })),
          custom,
        ];
  const choose = (next: string) => {
    setPicking(next === CUSTOM);
    if (next === CUSTOM) return;
    const store = useMetricsStore.getState();
    if (store.range !== null) store.setRange(null);
    store.setPeriod(next === LATEST ? null : next);
  };
  const pick = (dates: [Dayjs | null, Dayjs | null] | null) => {
    const [from, to] = dates ?? [null, null];
    if (from && to) useMetricsStore.getState().setRange({ from: dayOf(from), to: dayOf(to) });
    else if (range !== null) useMetricsStore.getState().setRange(null);
  };
  return (
    <>
      <label htmlFor="metrics-period">{t('toolbar.period')}</label>
      <Select
        id="metrics-period"
        aria-label={t('toolbar.period')}
        data-testid="metrics-period"
        value={range !== null || picking ? CUSTOM : (period ?? LATEST)}
        options={options}
        onChange={choose}
      />
      {range !== null || picking ? (
        <DatePicker.RangePicker
          aria-label={t('toolbar.rangePick')}
          data-testid="metrics-range"
          style={{ gridColumn: '1 / -1' }}
          value={range ? [dayjs(range.from), dayjs(range.to)] : null}
          onChange={pick}
        />
      ) : null}
      <CoverLine data={data} language={language} />
    </>
  );
}
