import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, toDescribableError } from '../../i18n/describeError';
import { defaultSnapshotName } from './snapshotName';
import { useSnapshotStore } from './snapshotStore';

/** Ctrl/Cmd+Alt+S saves a snapshot named after the date and time, and says so. */
export function useSaveSnapshotShortcut(): void {
  const { t } = useTranslation('compare');
  const { message } = App.useApp();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // e.code, because Alt changes e.key on macOS ("ß").
      if (e.defaultPrevented || e.isComposing || !(e.ctrlKey || e.metaKey) || !e.altKey || e.shiftKey || e.code !== 'KeyS') return;
      e.preventDefault();
      useSnapshotStore
        .getState()
        .save(defaultSnapshotName(t, new Date()))
        .then(
          (summary) => void message.success(t('snapshots.shortcutSaved', { name: summary.name })),
          (thrown: unknown) => void message.error(describeError(t, toDescribableError(thrown))),
        );
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [t, message]);
}
