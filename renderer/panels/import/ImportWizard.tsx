import { Alert, App, Button, Modal, Space, Steps } from 'antd';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../src/model/journey';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useMetricsStore } from '../../store/metricsStore';
import { FileStep } from './FileStep';
import { useImportRevision, useImportWizardStore } from './importWizardStore';
import { MappingStep } from './MappingStep';
import { MatchStep } from './MatchStep';
import { ReadingStep } from './ReadingStep';
import { ReviewStep } from './ReviewStep';
import './importWizard.css';

const STEP_KEYS = ['file', 'mapping', 'reading', 'match', 'review'] as const;

/** Enter moves on unless the key belongs to a field, a list or a button that handles it itself. */
const ownsEnter = (target: EventTarget): boolean =>
  target instanceof HTMLElement && target.closest('input, textarea, button, a, [role="combobox"], .ant-select, .ant-popover') !== null;

/** The import wizard for the open map: file, mapping, reading, matching, review and commit. */
export function ImportWizard({ map, onClose }: { map: JourneyMap; onClose(): void }) {
  const { t } = useTranslation('import');
  const { message, modal } = App.useApp();
  const step = useImportWizardStore((s) => s.step);
  const inspection = useImportWizardStore((s) => s.inspection);
  const job = useImportWizardStore((s) => s.job);
  const busy = useImportWizardStore((s) => s.busy);
  const committing = useImportWizardStore((s) => s.committing);
  const diff = useImportWizardStore((s) => s.diff);
  const error = useImportWizardStore((s) => s.error);
  const fileName = inspection?.fileName ?? '';
  const nextButton = useRef<HTMLButtonElement>(null);
  const loaded = inspection !== null;

  // The primary action takes the focus on each step (and once the file is inspected, after the file picker
  // has handed the focus back to the toolbar), so Enter and Tab start inside the wizard.
  useEffect(() => {
    if (loaded) nextButton.current?.focus();
  }, [step, loaded]);

  const close = () => {
    useImportWizardStore.getState().close();
    onClose();
  };

  const requestClose = () => {
    if (job?.phase !== 'ready') {
      close();
      return;
    }
    modal.confirm({
      title: t('wizard.confirmCloseTitle'),
      content: t('wizard.confirmClose'),
      okText: t('wizard.discard'),
      cancelText: t('wizard.keep'),
      onOk: close,
    });
  };

  const commit = async () => {
    try {
      const record = await useImportWizardStore.getState().commit();
      void message.success(
        t('review.success', { count: record.added + record.changed, file: record.fileName, added: record.added, changed: record.changed, removed: record.removed }),
      );
      useImportRevision.getState().bump();
      void useMetricsStore.getState().refresh();
      close();
    } catch (thrown) {
      void message.error(describeError(t, toDescribableError(thrown)));
    }
  };

  const store = useImportWizardStore.getState;
  const validRows = job?.result?.validRows ?? 0;
  const next: { label: string; run(): void; disabled: boolean } | null =
    step === 0
      ? { label: t('wizard.next'), run: () => store().toMapping(), disabled: !inspection }
      : step === 1
        ? { label: t('wizard.read'), run: () => void store().start(), disabled: false }
        : step === 3
          ? { label: t('wizard.next'), run: () => void store().toReview(), disabled: false }
          : step === 4
            ? {
                label: committing
                  ? committing.total > 0
                    ? t('wizard.writing', { written: committing.written, total: committing.total })
                    : t('wizard.planning')
                  : t('wizard.commit', { count: validRows }),
                run: () => void commit(),
                disabled: !diff || busy || validRows === 0,
              }
            : null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || ownsEnter(e.target) || !next || next.disabled) return;
    e.preventDefault();
    next.run();
  };

  const reading = step === 2 && job?.phase === 'reading';
  const footer = (
    <Space>
      {step > 0 && !reading && (
        <Button onClick={() => store().back()} disabled={busy && step !== 2}>
          {t('wizard.back')}
        </Button>
      )}
      <Button onClick={requestClose} disabled={committing !== null} data-testid="import-cancel">
        {reading ? t('wizard.stop') : t('wizard.cancel')}
      </Button>
      {next && (
        <Button ref={nextButton} type="primary" onClick={next.run} disabled={next.disabled} loading={busy && step === 4 && diff !== null} data-testid="import-next">
          {next.label}
        </Button>
      )}
    </Space>
  );

  return (
    <Modal
      open
      width={1100}
      title={fileName ? t('wizard.titleFile', { file: fileName }) : t('wizard.title')}
      onCancel={requestClose}
      maskClosable={false}
      footer={footer}
      destroyOnHidden
      modalRender={(node) => <div onKeyDown={onKeyDown}>{node}</div>}
    >
      <div data-testid="import-wizard-body" data-step={STEP_KEYS[step]}>
        <Steps size="small" current={step} status={error || job?.phase === 'failed' ? 'error' : undefined} items={STEP_KEYS.map((k) => ({ title: t(`steps.${k}`) }))} style={{ marginBottom: 16 }} />
        {step === 0 && <FileStep />}
        {step === 0 && error && <Alert type="error" showIcon data-testid="import-error" message={describeError(t, error)} />}
        {step === 1 && <MappingStep />}
        {step === 2 && <ReadingStep />}
        {step === 3 && <MatchStep map={map} />}
        {step === 4 && <ReviewStep map={map} />}
      </div>
    </Modal>
  );
}
