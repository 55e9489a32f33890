import { Button, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportJobState } from '../../../src/export/printData';

/** The running export: phase, progress bar and main's detail text (e.g. the page being drawn), with Cancel. */
export function ExportProgress({ job, onCancel }: { job: ExportJobState | null; onCancel(): void }) {
  const { t } = useTranslation('export');
  return (
    <Modal
      open={job !== null}
      title={t('job.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button onClick={onCancel} data-testid="export-cancel">
          {t('job.cancel')}
        </Button>
      }
    >
      {job && (
        <div data-testid="export-progress" data-phase={job.phase}>
          <Typography.Text>{t(`job.phases.${job.phase}`)}</Typography.Text>
          <Progress percent={Math.round(job.progress * 100)} status="active" />
          {job.detail && (
            <Typography.Text type="secondary" className="jc-export-progress__detail">
              {job.detail}
            </Typography.Text>
          )}
        </div>
      )}
    </Modal>
  );
}
