import { ArrowUpOutlined, FileOutlined, FolderOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Empty, Form, Input, Modal, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_EXTENSIONS, hasFileKindExtension, type DirListing, type FileKind } from '../../../src/api/contract';
import { api } from '../../api/client';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { joinPath, pathCrumbs, withExtension } from './pathParts';
import { finishPick, usePathPickerStore, type PathPickRequest } from './pathPicker';

/**
 * The in-app file picker of the browser host (which has no native dialogs):
 * a breadcrumb of the folder, its folders and the files of the requested kind,
 * and a location field to type any path. Rendered once at the app root; opened
 * with `pickPath`.
 */
export function FilePickerModal() {
  const request = usePathPickerStore((state) => state.request);
  return request ? <PickerDialog request={request} /> : null;
}

function PickerDialog({ request }: { request: PathPickRequest }) {
  const { t } = useTranslation();
  const kind: FileKind | null = request.mode === 'folder' ? null : request.kind;
  const extension = kind === null ? null : FILE_EXTENSIONS[kind];
  const [listing, setListing] = useState<DirListing | null>(null);
  const [location, setLocation] = useState('');
  const [fileName, setFileName] = useState(request.mode === 'save' ? (request.defaultName ?? '') : '');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Text typed into the location field while a folder loads is kept, not
  // replaced by the folder's path when the listing arrives.
  const typedWhileLoading = useRef(false);

  const navigate = useCallback(
    async (path: string | undefined) => {
      setLoading(true);
      typedWhileLoading.current = false;
      try {
        const next = await api.invoke('fs.list', { ...(path === undefined ? {} : { path }), kind: kind ?? 'project' });
        setListing(next);
        if (!typedWhileLoading.current) setLocation(next.path);
        setError(null);
      } catch (thrown) {
        setError(describeError(t, toDescribableError(thrown)));
      } finally {
        setLoading(false);
      }
    },
    [kind, t],
  );

  useEffect(() => {
    // Loading the first folder is the point of opening the picker.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void navigate(request.startDir);
  }, [navigate, request.startDir]);

  const isFilePath = (value: string) => kind !== null && hasFileKindExtension(value, kind);

  const submitLocation = () => {
    const typed = location.trim();
    if (typed === '') return;
    if (isFilePath(typed)) finishPick(typed);
    else void navigate(typed);
  };

  const chosenPath = (): string | null => {
    if (!listing) return null;
    if (extension === null) return listing.path;
    const name = fileName.trim();
    if (name === '') return null;
    const full = kind !== null && hasFileKindExtension(name, kind) ? name : withExtension(name, extension);
    // A name with a separator is a full path typed into the name field.
    return /[/\\]/.test(name) ? full : joinPath(listing.path, full);
  };
  const chosen = chosenPath();

  // Main lists the files of `kind`; a folder chooser shows only folders.
  const entries = (listing?.entries ?? []).filter((entry) => entry.kind === 'dir' || kind !== null);
  const listLabel = {
    project: t('picker.entriesProjects'),
    json: t('picker.entriesJson'),
    csv: t('picker.entriesCsv'),
    xlsx: t('picker.entriesXlsx'),
    sheet: t('picker.entriesSheets'),
    pdf: t('picker.entriesPdf'),
    png: t('picker.entriesPng'),
    svg: t('picker.entriesSvg'),
    folder: t('picker.entriesFolders'),
  }[kind ?? 'folder'];
  const emptyText = {
    project: t('picker.emptyProjects'),
    json: t('picker.emptyJson'),
    csv: t('picker.emptyCsv'),
    xlsx: t('picker.emptyXlsx'),
    sheet: t('picker.emptySheets'),
    pdf: t('picker.emptyPdf'),
    png: t('picker.emptyPng'),
    svg: t('picker.emptySvg'),
    folder: t('picker.emptyFolders'),
  }[kind ?? 'folder'];
  const okText = request.mode === 'open' ? t('picker.open') : request.mode === 'save' ? t('picker.save') : t('picker.useFolder');

  return (
    <Modal
      open
      title={request.title}
      width={640}
      okText={okText}
      cancelText={t('actions.cancel')}
      okButtonProps={{ disabled: chosen === null }}
      onOk={() => chosen !== null && finishPick(chosen)}
      onCancel={() => finishPick(null)}
      destroyOnHidden
    >
      <Form layout="vertical" component={false}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Form.Item label={t('picker.location')} htmlFor="picker-location" extra={t('picker.locationHint')} style={{ marginBottom: 0 }}>
            <Space.Compact style={{ width: '100%' }}>
              <Input id="picker-location" value={location} onChange={(event) => {
                  typedWhileLoading.current = true;
                  setLocation(event.target.value);
                }} onPressEnter={submitLocation} spellCheck={false} />
              <Button onClick={submitLocation}>{t('picker.go')}</Button>
            </Space.Compact>
          </Form.Item>
          <div className="picker-toolbar">
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={t('picker.up')}
              title={t('picker.up')}
              disabled={!listing?.parent}
              onClick={() => listing?.parent && void navigate(listing.parent)}
            />
            {listing && (
              <Breadcrumb
                separator="›"
                items={pathCrumbs(listing.path).map((crumb) => ({
                  key: crumb.path,
                  title: (
                    <a
                      href="#"
                      onClick={(event) => {
                        event.preventDefault();
                        void navigate(crumb.path);
                      }}
                    >
                      {crumb.label}
                    </a>
                  ),
                }))}
              />
            )}
          </div>
          {error && <Alert type="error" showIcon title={error} />}
          <Spin spinning={loading}>
            <div className="picker-entries" role="list" aria-label={listLabel}>
              {entries.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
              {entries.map((entry) => {
                const isDir = entry.kind === 'dir';
                const selected = !isDir && chosen === entry.path;
                const activate = () => (isDir ? void navigate(entry.path) : finishPick(entry.path));
                return (
                  <div role="listitem" key={entry.path}>
                    <button
                      type="button"
                      className={selected ? 'picker-entry picker-entry-selected' : 'picker-entry'}
                      onClick={() => (isDir ? undefined : setFileName(entry.name))}
                      onDoubleClick={activate}
                      onKeyDown={(event) => {
                        if (event.key !== 'Enter') return;
                        event.preventDefault();
                        activate();
                      }}
                    >
                      {isDir ? <FolderOutlined className="picker-icon-dir" /> : <FileOutlined className="picker-icon-file" />}
                      <span>{entry.name}</span>
                    </button>
                  </div>
                );
              })}
            </div>
          </Spin>
          {extension !== null && (
            <Form.Item label={t('picker.fileName')} htmlFor="picker-file-name" style={{ marginBottom: 0 }}>
              <Input
                id="picker-file-name"
                value={fileName}
                placeholder={`${t('picker.fileNamePlaceholder')}${extension}`}
                onChange={(event) => setFileName(event.target.value)}
                onPressEnter={() => chosen !== null && finishPick(chosen)}
                spellCheck={false}
              />
            </Form.Item>
          )}
          {chosen && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: chosen }}>
              {t('picker.willUse', { path: chosen })}
            </Typography.Text>
          )}
        </Space>
      </Form>
    </Modal>
  );
}
