import './snapshots.css';
import { CameraOutlined, DiffOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotSummary } from '../../../src/model/gaps';
import type { JourneyMap } from '../../../src/model/journey';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { useNow } from '../workshop/useNow';
import { NamePrompt, type NamePromptRequest } from './NamePrompt';
import { SnapshotRow, type SnapshotRowActions } from './SnapshotRow';
import { defaultSnapshotName } from './snapshotName';
import { useSnapshotStore } from './snapshotStore';

/** The snapshots side panel: save a named snapshot, list them, restore, duplicate as a map, rename, delete, compare. */
export function SnapshotsPanel({ map }: { map: JourneyMap }) {
  const { t } = useTranslation('compare');
  const { message, modal } = App.useApp();
  const now = useNow();
  const snapshots = useSnapshotStore((s) => s.snapshots);
  const status = useSnapshotStore((s) => s.status);
  const error = useSnapshotStore((s) => s.error);
  const [name, setName] = useState(() => defaultSnapshotName(t, new Date()));
  const [saving, setSaving] = useState(false);
  const [prompt, setPrompt] = useState<NamePromptRequest | null>(null);

  useEffect(() => {
    void useSnapshotStore.getState().refresh();
  }, [map.id]);

  const fail = (thrown: unknown) => void message.error(describeError(t, toDescribableError(thrown)));
  const store = useSnapshotStore.getState;

  const save = async () => {
    if (name.trim() === '' || saving) return;
    setSaving(true);
    try {
      const summary = await store().save(name.trim());
      void message.success(t('snapshots.saved', { name: summary.name }));
      setName(defaultSnapshotName(t, new Date()));
    } catch (thrown) {
      fail(thrown);
    } finally {
      setSaving(false);
    }
  };

  const actions: SnapshotRowActions = {
    compare: (snapshot) => store().openCompare(`snapshot:${snapshot.id}`, 'current'),
    restore: (snapshot) => {
      const backup = t('snapshots.backupName', { name: snapshot.name });
      void modal.confirm({
        title: t('snapshots.restoreTitle', { name: snapshot.name }),
        content: t('snapshots.restoreText', { backup }),
        okText: t('snapshots.restoreOk'),
        cancelText: t('snapshots.cancel'),
        onOk: () =>
          store()
            .restore(snapshot.id, backup)
            .then(() => void message.success(t('snapshots.restored', { name: snapshot.name })), fail),
      });
    },
    duplicate: (snapshot: SnapshotSummary) =>
      setPrompt({
        title: t('snapshots.duplicateTitle'),
        label: t('snapshots.duplicateName'),
        okText: t('snapshots.duplicateOk'),
        initial: `${map.name} (${snapshot.name})`,
        onSubmit: async (mapName) => {
          try {
            const created = await store().duplicate(snapshot.id, mapName);
            void message.success(t('snapshots.duplicated', { name: created.name }));
          } catch (thrown) {
            fail(thrown);
            throw thrown;
          }
        },
      }),
    rename: (snapshot) =>
      setPrompt({
        title: t('snapshots.renameTitle'),
        label: t('snapshots.nameLabel'),
        okText: t('snapshots.renameOk'),
        initial: snapshot.name,
        onSubmit: async (newName) => {
          try {
            await store().rename(snapshot.id, newName);
          } catch (thrown) {
            fail(thrown);
            throw thrown;
          }
        },
      }),
    remove: (snapshot) =>
      store()
        .remove(snapshot.id)
        .then(() => void message.success(t('snapshots.deleted')), fail),
  };

  return (
    <div className="jc-snapshots-panel" data-testid="snapshots-panel">
      <Typography.Text type="secondary" className="jc-snapshots-panel__hint">
        {t('snapshots.saveLabel')}
      </Typography.Text>
      <Input
        value={name}
        maxLength={200}
        placeholder={t('snapshots.namePlaceholder')}
        aria-label={t('snapshots.namePlaceholder')}
        data-testid="snapshot-name-input"
        onChange={(e) => setName(e.target.value)}
        onPressEnter={() => void save()}
      />
      <Flex gap={6} className="jc-snapshots-panel__buttons">
        <Button type="primary" icon={<CameraOutlined />} loading={saving} disabled={name.trim() === ''} onClick={() => void save()} data-testid="snapshot-save">
          {t('snapshots.save')}
        </Button>
        <Button
          icon={<DiffOutlined />}
          data-testid="snapshot-compare"
          onClick={() => store().openCompare(snapshots[0] ? `snapshot:${snapshots[0].id}` : 'current', 'current')}
        >
          {t('snapshots.compare')}
        </Button>
      </Flex>
      {status === 'error' && error && <Alert type="error" showIcon message={t('snapshots.loadError', { error: describeError(t, error) })} />}
      {status === 'loading' && <Spin size="small" />}
      {status === 'ready' && snapshots.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('snapshots.empty')} />}
      <ul className="jc-snapshot-list" data-testid="snapshot-list">
        {snapshots.map((snapshot) => (
          <SnapshotRow key={snapshot.id} snapshot={snapshot} now={now} actions={actions} />
        ))}
      </ul>
      <NamePrompt request={prompt} onClose={() => setPrompt(null)} />
    </div>
  );
}
