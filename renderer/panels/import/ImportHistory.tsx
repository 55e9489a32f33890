import { UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../src/api/contract';
import { api } from '../../api/client';
import { describeError, toDescribableError, type DescribableError } from '../../i18n/describeError';
import { useMetricsStore } from '../../store/metricsStore';
import { formatDateTime, formatRelativeTime } from '../project/relativeTime';
import { useImportRevision } from './importWizardStore';
import './importWizard.css';

function HistoryItem({ record, mapName, onUndo }: { record: ImportRecord; mapName?: string; onUndo(record: ImportRecord): Promise<void> }) {
  const { t, i18n } = useTranslation('import');
  const undoLabel = t('history.undo');
  const undoButton = (
    <Button size="small" icon={<UndoOutlined />} disabled={!record.undoable} aria-label={t('history.undoFile', { file: record.fileName })}>
      {undoLabel}
    </Button>
  );
  return (
    <List.Item
      className="import-history__item"
      data-testid="import-history-item"
      data-undone={record.undoneAt !== null}
      actions={[
        record.undoable ? (
          <Popconfirm
            key="undo"
            title={t('history.undoTitle', { file: record.fileName })}
            description={t('history.undoConfirm')}
            okText={undoLabel}
            cancelText={t('wizard.cancel')}
            onConfirm={() => onUndo(record)}
          >
            {undoButton}
          </Popconfirm>
        ) : (
          <Tooltip key="undo" title={record.undoneAt !== null ? t('history.alreadyUndone') : t('history.notUndoable')}>
            <span>{undoButton}</span>
          </Tooltip>
        ),
      ]}
    >
      <List.Item.Meta
        title={
          <Space size={4} wrap>
            <Typography.Text strong delete={record.undoneAt !== null} title={record.path}>
              {record.fileName}
            </Typography.Text>
            {record.sheet && <Typography.Text type="secondary">· {record.sheet}</Typography.Text>}
            {mapName !== undefined && (
              <Tag color="blue" data-testid="import-history-map">
                {mapName}
              </Tag>
            )}
            {record.presetName && <Tag>{record.presetName}</Tag>}
            {record.kind === 'transitions' && <Tag color="purple">{t('history.transitions')}</Tag>}
            {record.undoneAt !== null && <Tag color="default">{t('history.undone')}</Tag>}
          </Space>
        }
        description={
          <Space size={8} wrap>
            <Tooltip title={formatDateTime(record.importedAt, i18n.language)}>
              <span>{formatRelativeTime(record.importedAt, new Date(), i18n.language, t('history.justNow'))}</span>
            </Tooltip>
            <span>{t('history.rows', { count: record.rows })}</span>
            <span data-testid="import-history-changes">
              <Typography.Text type="success">+{record.added}</Typography.Text> <Typography.Text style={{ color: '#1677ff' }}>~{record.changed}</Typography.Text>{' '}
              <Typography.Text type="danger">−{record.removed}</Typography.Text>
            </span>
          </Space>
        }
      />
    </List.Item>
  );
}

export interface ImportHistoryProps {
  projectId: string;
  /** One map's imports (the metrics panel); absent: every map of the project, each named (the project's Imports tab). */
  mapId?: string;
  /** Names of the project's maps, for the project-wide list. */
  mapNames?: ReadonlyMap<string, string>;
}

/** Imports newest first, each undoable as a whole: of one map (metrics panel) or of the whole project. */
export function ImportHistory({ projectId, mapId, mapNames }: ImportHistoryProps) {
  const { t } = useTranslation('import');
  const { message } = App.useApp();
  const revision = useImportRevision((s) => s.revision);
  const metricsRevision = useMetricsStore((s) => s.revision);
  const [records, setRecords] = useState<ImportRecord[] | null>(null);
  const [error, setError] = useState<DescribableError | null>(null);

  useEffect(() => {
    let live = true;
    api
      .invoke('import.history', mapId === undefined ? { projectId } : { projectId, mapId })
      .then((list) => {
        if (!live) return;
        setRecords([...list].sort((a, b) => b.importedAt.localeCompare(a.importedAt)));
        setError(null);
      })
      .catch((thrown: unknown) => {
        if (live) setError(toDescribableError(thrown));
      });
    return () => {
      live = false;
    };
  }, [projectId, mapId, revision, metricsRevision]);

  const undo = async (record: ImportRecord) => {
    try {
      await api.invoke('import.undo', { projectId, importId: record.id });
      void message.success(t('history.undoneMessage', { file: record.fileName }));
      useImportRevision.getState().bump();
      await useMetricsStore.getState().refresh();
    } catch (thrown) {
      void message.error(describeError(t, toDescribableError(thrown)));
    }
  };

  return (
    <section data-testid="import-history" aria-label={t('history.title')}>
      <Typography.Title level={5}>{t('history.title')}</Typography.Title>
      {error && <Alert type="error" showIcon message={describeError(t, error)} />}
      <List<ImportRecord>
        size="small"
        loading={records === null && error === null}
        locale={{ emptyText: t('history.empty') }}
        dataSource={records ?? []}
        rowKey="id"
        renderItem={(record) => (
          <HistoryItem record={record} mapName={mapNames && (mapNames.get(record.mapId) ?? t('history.deletedMap'))} onUndo={undo} />
        )}
      />
    </section>
  );
}
