import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { severityColor } from '../../canvas/annotationVisuals';

/** A severity as a coloured tag with its number (colour is never the only cue); "Not rated" when absent. */
export function SeverityTag({ severity }: { severity: number | undefined }) {
  const { t } = useTranslation('pain');
  if (severity === undefined) return <Tag variant="outlined">{t('table.unrated')}</Tag>;
  return (
    <Tag color={severityColor(severity)} title={t(`severity.${severity}`)} data-severity={severity}>
      {severity}
    </Tag>
  );
}

/** A severity option label: coloured dot, number and meaning. */
export function SeverityLabel({ severity }: { severity: number }) {
  const { t } = useTranslation('pain');
  return (
    <span className="jc-pain__severity-option">
      <span className="jc-pain__dot" style={{ background: severityColor(severity) }} aria-hidden />
      {t(`severity.${severity}`)}
    </span>
  );
}
