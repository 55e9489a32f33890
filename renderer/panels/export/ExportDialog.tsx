import { Alert, App, Button, Divider, Form, Modal, Tabs } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../src/export/exportOptions';
import type { JourneyMap } from '../../../src/model/journey';
import { describeError } from '../../i18n/describeError';
import { useCatalogStore } from '../../store/catalogStore';
import { usePathChooser } from '../filePicker/usePathChooser';
import { ContentFields } from './ContentFields';
import { DocumentPartsFields } from './DocumentPartsFields';
import { useExportDialogStore, type ExportDialogTab } from './exportDialogStore';
import { exportFileName } from './exportFileName';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { ImageFields } from './ImageFields';
import { MapLayoutFields } from './MapLayoutFields';
import { optionProblem, type OptionProblem } from './optionProblems';
import { PageSetupFields } from './PageSetupFields';
import { useExportJob, type ExportOutcome } from './useExportJob';
import { useExportOptionsState } from './useExportOptionsState';
import { useMetricChoices } from './useMetricChoices';

const NO_PERSONAS: never[] = [];

function ProblemAlert({ problem }: { problem: OptionProblem | null }) {
  const { t } = useTranslation('export');
  if (!problem) return null;
  const text = problem.kind === 'field' ? t('validation.field', { field: problem.field, message: problem.message }) : t(`validation.${problem.kind}`);
  return <Alert type="error" showIcon title={text} data-testid="export-problem" />;
}

/** Ctrl/Cmd+P again while the dialog is open would open the browser's print of the whole window: the dialog is the print. */
function useSwallowedPrintKey() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Tells how the export ended: the path written, that it was cancelled, or what went wrong. */
function useOutcomeReport() {
  const { t } = useTranslation('export');
  const { t: tCommon } = useTranslation();
  const { message, modal } = App.useApp();
  return (outcome: ExportOutcome, requestedPath: string) => {
    if (outcome.kind === 'done') {
      const { path = requestedPath, pages } = outcome.state;
      void message.success(pages ? t('job.donePages', { path, count: pages }) : t('job.done', { path }), 8);
    } else if (outcome.kind === 'cancelled') void message.info(t('job.cancelled'));
    else void modal.error({ title: t('job.failed'), content: describeError(tCommon, outcome.error) });
  };
}

/**
 * The export dialog: PDF (page setup, map layout, content, document parts,
 * with a live preview) or image (PNG/SVG); saves the options for the map's
 * next export, asks for the path, then runs the job in main with progress.
 * Mounted only while open (see ExportMenuButton).
 */
export function ExportDialog({ map, projectId, tab }: { map: JourneyMap; projectId: string; tab: ExportDialogTab }) {
  const { t } = useTranslation('export');
  const { options, setOptions, area, defaultAuthor, remember } = useExportOptionsState(map);
  const personas = useCatalogStore((s) => s.catalog?.personas ?? NO_PERSONAS);
  const { saveFile } = usePathChooser();
  const { job, run, cancel } = useExportJob();
  const report = useOutcomeReport();
  const current: ExportOptions = tab === 'pdf' ? options.pdf : options.image;
  const metricChoices = useMetricChoices(projectId, map.id, current.content.grain);
  const problem = optionProblem(current);
  useSwallowedPrintKey();
  // Choices are remembered when the dialog closes too, so setting up an export and coming back later keeps them.
  const close = () => {
    remember();
    useExportDialogStore.getState().close();
  };

  const exportNow = async () => {
    const format = current.format;
    const path = await saveFile(format, exportFileName(map.name, format), t('save.title', { format: format.toUpperCase() }));
    if (!path) return;
    const outcome = await run({ projectId, mapId: map.id, options: current, path });
    report(outcome, path);
    if (outcome.kind === 'done') close();
  };

  const contentFields = (
    <ContentFields
      map={map}
      personas={personas}
      content={current.content}
      visibleArea={area}
      metricChoices={metricChoices}
      onChange={(content) => setOptions((o) => (tab === 'pdf' ? { ...o, pdf: { ...o.pdf, content } } : { ...o, image: { ...o.image, content } }))}
    />
  );
  const pdf = options.pdf;
  const pdfForm = (
    <>
      <Divider titlePlacement="start">{t('sections.page')}</Divider>
      <PageSetupFields page={pdf.page} onChange={(page) => setOptions((o) => ({ ...o, pdf: { ...o.pdf, page } }))} />
      <Divider titlePlacement="start">{t('sections.layout')}</Divider>
      <MapLayoutFields layout={pdf.layout} onChange={(layout) => setOptions((o) => ({ ...o, pdf: { ...o.pdf, layout } }))} />
      <Divider titlePlacement="start">{t('sections.content')}</Divider>
      {contentFields}
      <Divider titlePlacement="start">{t('sections.parts')}</Divider>
      <DocumentPartsFields parts={pdf.parts} defaultAuthor={defaultAuthor} onChange={(parts) => setOptions((o) => ({ ...o, pdf: { ...o.pdf, parts } }))} />
    </>
  );
  const imageForm = (
    <>
      <ImageFields options={options.image} onChange={(image) => setOptions((o) => ({ ...o, image }))} />
      <Divider titlePlacement="start">{t('sections.content')}</Divider>
      {contentFields}
    </>
  );

  return (
    <Modal
      open
      title={t('dialog.title', { name: map.name })}
      width={tab === 'pdf' ? 1240 : 760}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {t('dialog.cancel')}
        </Button>,
        <Button key="export" type="primary" disabled={problem !== null || job !== null} onClick={() => void exportNow()} data-testid="export-save">
          {t('dialog.export', { format: current.format.toUpperCase() })}
        </Button>,
      ]}
    >
      <div className={tab === 'pdf' ? 'jc-export-dialog jc-export-dialog--pdf' : 'jc-export-dialog'} data-testid="export-dialog" data-tab={tab}>
        <div className="jc-export-dialog__form">
          <Tabs
            activeKey={tab}
            onChange={(key) => useExportDialogStore.getState().openDialog(key as ExportDialogTab)}
            items={[
              { key: 'pdf', label: t('dialog.pdfTab') },
              { key: 'image', label: t('dialog.imageTab') },
            ]}
          />
          <ProblemAlert problem={problem} />
          <Form layout="vertical" size="small" component="div">
            {tab === 'pdf' ? pdfForm : imageForm}
          </Form>
        </div>
        {tab === 'pdf' && <ExportPreview projectId={projectId} mapId={map.id} options={options.pdf} />}
      </div>
      <ExportProgress job={job} onCancel={cancel} />
    </Modal>
  );
}
