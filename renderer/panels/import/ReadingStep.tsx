import { Alert, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describeError';
import { formatBytes } from './importFormat';
import { useImportWizardStore } from './importWizardStore';

/** Step 3: the whole file being read in main, with its progress; Cancel (in the footer) stops it. */
export function ReadingStep() {
  const { t } = useTranslation('import');
  const job = useImportWizardStore((s) => s.job);
  const error = useImportWizardStore((s) => s.error);
  const path = useImportWizardStore((s) => s.path);
  const percent = job && job.totalBytes > 0 ? Math.min(100, Math.floor((job.bytesRead / job.totalBytes) * 100)) : 0;
  const failure = job?.phase === 'failed' ? (job.error ?? null) : error;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', padding: '24px 0' }}>
      <Typography.Text>{t('reading.title', { file: path ?? '' })}</Typography.Text>
      <Progress
        data-testid="import-progress"
        data-percent={percent}
        percent={percent}
        status={failure ? 'exception' : job?.phase === 'cancelled' ? 'normal' : 'active'}
        aria-label={t('reading.progress')}
      />
      <Typography.Text type="secondary" data-testid="import-progress-text" aria-live="polite">
        {job
          ? t('reading.counts', { read: formatBytes(job.bytesRead), total: formatBytes(job.totalBytes), rows: job.rowsRead.toLocaleString() })
          : t('reading.starting')}
      </Typography.Text>
      {job?.phase === 'cancelled' && <Alert type="info" showIcon message={t('reading.cancelled')} />}
      {failure && <Alert type="error" showIcon data-testid="import-error" message={t('reading.failed')} description={describeError(t, failure)} />}
    </Space>
  );
}
