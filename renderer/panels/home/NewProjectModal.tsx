import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useProjectActions } from '../../app/useProjectActions';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useAppStore } from '../../store/appStore';
import { joinPath, withExtension } from '../filePicker/pathParts';
import { usePathChooser } from '../filePicker/usePathChooser';
import { projectFileName } from './projectFileName';

interface NewProjectFields {
  name: string;
  folder: string;
  fileName: string;
}

/** "New project": a name, a folder (the projects folder unless changed) and a file name that follows the name until edited. */
export function NewProjectModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const projectsDir = useAppStore((state) => state.info?.projectsDir ?? '');
  const { switchTo } = useProjectActions();
  const { chooseFolder } = usePathChooser();
  const [form] = Form.useForm<NewProjectFields>();
  const [fileNameEdited, setFileNameEdited] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const folder = Form.useWatch('folder', form) ?? projectsDir;
  const fileName = Form.useWatch('fileName', form) ?? '';
  const fallbackName = t('newProject.fallbackFileName');

  const create = async (fields: NewProjectFields) => {
    setCreating(true);
    setError(null);
    try {
      const path = joinPath(fields.folder.trim(), withExtension(fields.fileName.trim(), '.cjm'));
      const project = await api.invoke('project.create', { path, name: fields.name.trim() });
      await switchTo(project);
      onClose();
    } catch (thrown) {
      setError(describeError(t, toDescribableError(thrown)));
    } finally {
      setCreating(false);
    }
  };

  const browse = async () => {
    setError(null);
    try {
      const chosen = await chooseFolder(folder || undefined);
      if (chosen) form.setFieldValue('folder', chosen);
    } catch (thrown) {
      setError(describeError(t, toDescribableError(thrown)));
    }
  };

  return (
    <Modal
      open
      title={t('newProject.title')}
      okText={t('newProject.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={creating}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewProjectFields>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: '', folder: projectsDir, fileName: '' }}
        onFinish={(fields) => void create(fields)}
        onValuesChange={(changed: Partial<NewProjectFields>) => {
          if ('fileName' in changed) setFileNameEdited(true);
          if ('name' in changed && !fileNameEdited) form.setFieldValue('fileName', projectFileName(changed.name ?? '', fallbackName));
        }}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item name="name" label={t('newProject.name')} rules={[{ required: true, whitespace: true, message: t('newProject.nameRequired') }]}>
          <Input autoFocus placeholder={t('newProject.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item label={t('newProject.folder')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="folder" noStyle rules={[{ required: true, whitespace: true, message: t('newProject.folderRequired') }]}>
              <Input aria-label={t('newProject.folder')} spellCheck={false} />
            </Form.Item>
            <Button onClick={() => void browse()}>{t('actions.browse')}</Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="fileName"
          label={t('newProject.fileName')}
          rules={[{ required: true, whitespace: true, message: t('newProject.fileNameRequired') }]}
          extra={
            fileName.trim() && folder.trim() ? (
              <Typography.Text type="secondary" ellipsis>
                {t('newProject.willCreate', { path: joinPath(folder.trim(), withExtension(fileName.trim(), '.cjm')) })}
              </Typography.Text>
            ) : null
          }
        >
          <Input spellCheck={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
