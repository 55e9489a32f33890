import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describeError';
import { useCatalogStore } from '../../store/catalogStore';

/** The latest refused catalog edit or failed load, until the user closes it. */
export function CatalogErrorAlert() {
  const { t } = useTranslation('panels');
  const errorSeq = useCatalogStore((s) => s.errorSeq);
  const error = useCatalogStore((s) => s.lastError);
  const [closedSeq, setClosedSeq] = useState(0);
  if (!error || errorSeq === closedSeq) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose: () => setClosedSeq(errorSeq) }}
      title={t('catalog.editFailed')}
      description={describeError(t, error)}
      style={{ marginBottom: 12 }}
    />
  );
}
