import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { currentLanguage } from '../../i18n';
import { formatTimestamp, useCatalogNames } from '../painPoints/painLabels';
import { gapStageName } from './gapList';
import type { GapReportLabels } from './gapReportTable';
import { gapExplanation, gapRuleName, gapSeverityName } from './gapText';

/** The gap report's headers and texts in the UI language. */
export function useGapReportLabels(map: JourneyMap): GapReportLabels {
  const { t } = useTranslation('gaps');
  const names = useCatalogNames();
  const language = currentLanguage();
  return useMemo(
    () => ({
      header: (column) => t(`report.columns.${column}`),
      severity: (severity) => gapSeverityName(t, severity),
      rule: (rule) => gapRuleName(t, rule),
      stage: (gap) => gapStageName(map, gap, t('panel.wholeMap')),
      explanation: (gap) => gapExplanation(t, gap, names),
      yes: t('report.yes'),
      no: t('report.no'),
      when: (iso) => formatTimestamp(iso, language),
    }),
    [map, names, t, language],
  );
}
