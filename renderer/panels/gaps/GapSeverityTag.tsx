import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapSeverity } from '../../../src/model/gaps';
import { gapSeverityName } from './gapText';

/** A severity's colour: antd's preset for tags, and the same hue as a hex for badges. */
export const GAP_SEVERITY_COLORS: Record<GapSeverity, { preset: string; hex: string }> = {
  high: { preset: 'red', hex: '#cf1322' },
  medium: { preset: 'orange', hex: '#d46b08' },
  low: { preset: 'gold', hex: '#d4b106' },
};

/** A gap's severity as a coloured tag with its name (colour is never the only cue). */
export function GapSeverityTag({ severity }: { severity: GapSeverity }) {
  const { t } = useTranslation('gaps');
  return (
    <Tag color={GAP_SEVERITY_COLORS[severity].preset} data-testid="gap-severity" data-severity={severity}>
      {gapSeverityName(t, severity)}
    </Tag>
  );
}
