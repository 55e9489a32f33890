import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_DEFINITIONS } from '../../../src/metrics/definitions';
import { useMetricsStore } from '../../store/metricsStore';

/** "1.2 MB" style sizes (1024-based, one decimal above a kilobyte). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Metric keys the mapping offers, with their names in the UI language: the
 * built-in definitions, then the project's own (once the map's metrics are loaded).
 */
export function useMetricNames(): { options: { value: string; label: string }[]; nameOf(key: string): string } {
  const { i18n } = useTranslation('import');
  const definitions = useMetricsStore((s) => s.data?.definitions);
  return useMemo(() => {
    const zh = i18n.language === 'zh-CN';
    const names = new Map<string, string>();
    // The project's definitions (renamed built-ins, custom metrics) override the built-in names.
    for (const d of [...BUILTIN_DEFINITIONS, ...(definitions ?? [])]) names.set(d.key, zh ? (d.nameZh ?? d.name) : d.name);
    const options = [...names].map(([value, name]) => ({ value, label: `${name} (${value})` }));
    return { options, nameOf: (key: string) => names.get(key) ?? key };
  }, [definitions, i18n.language]);
}
