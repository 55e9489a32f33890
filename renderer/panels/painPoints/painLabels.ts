import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EFFORT_SIZES, EVIDENCE_LEVELS, FREQUENCIES, PAIN_STATUSES, SEVERITIES } from '../../../src/schema/annotations';
import type { CatalogNames } from '../../../src/painPoints/collect';
import type { PainExportLabels } from '../../../src/painPoints/exportTable';
import { useCatalogStore } from '../../store/catalogStore';

/** Select options of the pain-point enums, translated. */
export function usePainOptions() {
  const { t } = useTranslation('pain');
  return useMemo(
    () => ({
      severity: SEVERITIES.map((value) => ({ value, label: t(`severity.${value}`) })),
      frequency: FREQUENCIES.map((value) => ({ value, label: t(`frequency.${value}`) })),
      status: PAIN_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
      evidence: EVIDENCE_LEVELS.map((value) => ({ value, label: t(`evidence.${value}`) })),
      effort: [
        { label: t('effort.sizes'), title: t('effort.sizes'), options: EFFORT_SIZES.map((value) => ({ value, label: value })) },
        { label: t('effort.points'), title: t('effort.points'), options: SEVERITIES.map((value) => ({ value, label: String(value) })) },
      ],
    }),
    [t],
  );
}

/** Persona and segment names from the project's catalog (the id when an entry was deleted). */
export function useCatalogNames(): CatalogNames {
  const catalog = useCatalogStore((s) => s.catalog);
  return useMemo(() => {
    const personas = new Map((catalog?.personas ?? []).map((p) => [p.id, p.name]));
    const segments = new Map((catalog?.segments ?? []).map((s) => [s.id, s.name]));
    return { persona: (id) => personas.get(id) ?? id, segment: (id) => segments.get(id) ?? id };
  }, [catalog]);
}

/** Headers and enum labels of an export, in the UI language. */
export function useExportLabels(): PainExportLabels {
  const { t } = useTranslation('pain');
  const names = useCatalogNames();
  return useMemo(
    () => ({
      ...names,
      header: (column) => t(`columns.${column}`),
      frequency: (value) => t(`frequency.${value}`),
      status: (value) => t(`status.${value}`),
      evidence: (value) => t(`evidence.${value}`),
    }),
    [names, t],
  );
}

/** A date and time in the UI language's form, or '' for none. */
export function formatTimestamp(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}
