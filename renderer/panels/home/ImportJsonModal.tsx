import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useProjectActions } from '../../app/useProjectActions';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useAppStore } from '../../store/appStore';
import { baseName, joinPath, withExtension, withoutExtension } from '../filePicker/pathParts';
import { usePathChooser } from '../filePicker/usePathChooser';
import { projectFileName } from './projectFileName';

interface ImportFields {
  source: string;
  destination: string;
}

/** "Import JSON…": a JSON export becomes a new project file, which is then opened. */
export function ImportJsonModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const projectsDir = useAppStore((state) => state.info?.projectsDir ?? '');
  const { switchTo } = useProjectActions();
  const { chooseJsonToImport, chooseProjectSavePath } = usePathChooser();
  const [form] = Form.useForm<ImportFields>();
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const destinationFor = (source: string) =>
    joinPath(projectsDir, projectFileName(withoutExtension(baseName(source), '.json'), t('newProject.fallbackFileName')));

  const sourceChanged = (source: string) => {
    if (!form.isFieldTouched('destination') && source.trim()) form.setFieldValue('destination', destinationFor(source.trim()));
  };

  /** Runs a Browse… button; a dialog that fails to open is shown in the form, like a failed import. */
  const browse = (choose: () => Promise<void>) => () => {
    setError(null);
    choose().catch((thrown: unknown) => setError(describeError(t, toDescribableError(thrown))));
  };

  const browseSource = browse(async () => {
    const chosen = await chooseJsonToImport();
    if (!chosen) return;
    form.setFieldValue('source', chosen);
    sourceChanged(chosen);
  });

  const browseDestination = browse(async () => {
    const current: string = form.getFieldValue('destination') ?? '';
    const chosen = await chooseProjectSavePath(current ? baseName(current) : '', t('importJson.destinationTitle'));
    if (chosen) form.setFields([{ name: 'destination', value: chosen, touched: true }]);
  });

  const runImport = async (fields: ImportFields) => {
    setImporting(true);
    setError(null);
    try {
      const path = withExtension(fields.destination.trim(), '.cjm');
      const project = await api.invoke('project.importJson', { source: fields.source.trim(), path });
      await switchTo(project);
      onClose();
    } catch (thrown) {
      setError(describeError(t, toDescribableError(thrown)));
    } finally {
      setImporting(false);
    }
  };

  return (
    <Modal
      open
      title={t('importJson.title')}
      okText={t('importJson.import')}
      cancelText={t('actions.cancel')}
      confirmLoading={importing}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ImportFields>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ source: '', destination: '' }}
        onFinish={(fields) => void runImport(fields)}
        onValuesChange={(changed: Partial<ImportFields>) => changed.source !== undefined && sourceChanged(changed.source)}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item label={t('importJson.source')} extra={t('importJson.sourceHint')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="source" noStyle rules={[{ required: true, whitespace: true, message: t('importJson.sourceRequired') }]}>
              <Input aria-label={t('importJson.source')} placeholder={t('importJson.sourcePlaceholder')} spellCheck={false} autoFocus />
            </Form.Item>
            <Button aria-label={t('importJson.browseSource')} onClick={browseSource}>{t('actions.browse')}</Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t('importJson.destination')} extra={t('importJson.destinationHint')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="destination" noStyle rules={[{ required: true, whitespace: true, message: t('importJson.destinationRequired') }]}>
              <Input aria-label={t('importJson.destination')} spellCheck={false} />
            </Form.Item>
            <Button aria-label={t('importJson.browseDestination')} onClick={browseDestination}>{t('actions.browse')}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
