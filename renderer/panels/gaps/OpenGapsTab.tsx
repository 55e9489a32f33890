import { Button, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleEnabled } from '../../../src/gaps/analyseGaps';
import type { Gap } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { GAP_RULES, GAP_SEVERITIES } from '../../../src/schema/gaps';
import { useGapStore } from '../../store/gapStore';
import { AcceptGapModal } from './AcceptGapModal';
import { filterGaps, type GapFilter } from './gapList';
import { GapRow } from './GapRow';
import { gapRuleName, gapSeverityName } from './gapText';

// antd Selects need a value for "nothing chosen".
const ALL = '__all';

/** "No gaps found" and which rules looked for them. */
function NoGaps() {
  const { t } = useTranslation('gaps');
  const settings = useGapStore((s) => s.settings);
  const ran = GAP_RULES.filter((rule) => ruleEnabled(settings, rule));
  return (
    <div data-testid="gaps-empty">
      <Typography.Paragraph strong>{t('panel.noGaps')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="jc-gaps-panel__hint">
        {ran.length === 0 ? t('panel.noneRan') : t('panel.rulesRan', { count: ran.length, names: ran.map((rule) => gapRuleName(t, rule)).join(', ') })}
      </Typography.Paragraph>
    </div>
  );
}

/** The Open tab: every open gap, most severe first, filtered by severity and rule; each can be accepted with a reason. */
export function OpenGapsTab({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('gaps');
  const open = useGapStore((s) => s.open);
  const [filter, setFilter] = useState<GapFilter>({ severity: null, rule: null });
  const [accepting, setAccepting] = useState<Gap | null>(null);
  if (open.length === 0) return <NoGaps />;
  const shown = filterGaps(open, filter);
  return (
    <>
      <div className="jc-gaps-panel__filters">
        <Select
          aria-label={t('panel.filterSeverity')}
          data-testid="gaps-filter-severity"
          value={filter.severity ?? ALL}
          options={[{ value: ALL, label: t('panel.allSeverities') }, ...GAP_SEVERITIES.map((s) => ({ value: s, label: gapSeverityName(t, s) }))]}
          onChange={(value: string) => setFilter((f) => ({ ...f, severity: GAP_SEVERITIES.find((s) => s === value) ?? null }))}
        />
        <Select
          aria-label={t('panel.filterRule')}
          data-testid="gaps-filter-rule"
          popupMatchSelectWidth={false}
          value={filter.rule ?? ALL}
          options={[{ value: ALL, label: t('panel.allRules') }, ...GAP_RULES.map((r) => ({ value: r, label: gapRuleName(t, r) }))]}
          onChange={(value: string) => setFilter((f) => ({ ...f, rule: GAP_RULES.find((r) => r === value) ?? null }))}
        />
      </div>
      {shown.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('panel.noMatch')}</Typography.Paragraph>
      ) : (
        <ul className="jc-gap-list" aria-label={t('panel.list')} data-testid="gaps-open">
          {shown.map((gap) => (
            <GapRow
              key={gap.key}
              map={map}
              gap={gap}
              actions={
                <Button size="small" aria-label={t('accept.label', { rule: gapRuleName(t, gap.rule) })} onClick={() => setAccepting(gap)}>
                  {t('accept.button')}
                </Button>
              }
            />
          ))}
        </ul>
      )}
      <AcceptGapModal gap={accepting} onClose={() => setAccepting(null)} />
    </>
  );
}
