import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PainStatus } from '../../../src/model/annotations';
import type { PainPatch } from '../../../src/painPoints/edits';
import { CommitAutoComplete } from './CommitAutoComplete';
import { usePainOptions } from './painLabels';

/** Sets status, severity or owner on every selected pain point as one edit (one undo step per map). */
export function BulkEditBar({ count, owners, onEdit, onClear }: { count: number; owners: string[]; onEdit(patch: PainPatch): void; onClear(): void }) {
  const { t } = useTranslation('pain');
  const options = usePainOptions();
  return (
    <Space wrap data-testid="pain-bulk-bar" className="jc-pain-table__bar">
      <Typography.Text strong>{t('bulk.selected', { count })}</Typography.Text>
      <Select<PainStatus>
        aria-label={t('bulk.setStatus')}
        placeholder={t('bulk.setStatus')}
        value={null}
        style={{ minWidth: 140 }}
        options={options.status}
        onChange={(status) => onEdit({ status })}
      />
      <Select<number>
        aria-label={t('bulk.setSeverity')}
        placeholder={t('bulk.setSeverity')}
        value={null}
        style={{ minWidth: 170 }}
        popupMatchSelectWidth={false}
        options={options.severity}
        onChange={(severity) => onEdit({ severity })}
      />
      <div style={{ width: 170 }}>
        <CommitAutoComplete ariaLabel={t('bulk.setOwner')} value="" placeholder={t('bulk.setOwner')} maxLength={200} options={owners.map((o) => ({ value: o }))} onCommit={(owner) => owner !== '' && onEdit({ owner })} />
      </div>
      <Button onClick={onClear}>{t('bulk.clear')}</Button>
    </Space>
  );
}
