import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileKind } from '../../../src/api/contract';
import { api } from '../../api/client';
import { useAppStore } from '../../store/appStore';
import { pickPath } from './pathPicker';

/**
 * Asks the user for paths: the native dialogs where the host has them
 * (Electron), the in-app picker in the browser host. Each resolves null when
 * the user cancels.
 */
export function usePathChooser() {
  const { t } = useTranslation();
  const info = useAppStore((state) => state.info);
  const native = info?.host === 'electron';
  const startDir = info?.projectsDir;

  const openFile = useCallback(
    (kind: FileKind, title: string): Promise<string | null> =>
      native ? api.invoke('dialog.openFile', { kind }) : pickPath({ mode: 'open', kind, title, startDir }),
    [native, startDir],
  );

  const saveFile = useCallback(
    (kind: FileKind, defaultName: string, title: string): Promise<string | null> =>
      native ? api.invoke('dialog.saveFile', { kind, defaultName }) : pickPath({ mode: 'save', kind, title, startDir, defaultName }),
    [native, startDir],
  );

  const chooseProjectToOpen = useCallback(() => openFile('project', t('picker.openProjectTitle')), [openFile, t]);
  const chooseProjectSavePath = useCallback((defaultName: string, title: string) => saveFile('project', defaultName, title), [saveFile]);
  const chooseJsonToImport = useCallback(() => openFile('json', t('picker.importJsonTitle')), [openFile, t]);
  const chooseJsonSavePath = useCallback((defaultName: string) => saveFile('json', defaultName, t('picker.exportJsonTitle')), [saveFile, t]);

  const chooseFolder = useCallback(
    (from: string | undefined): Promise<string | null> => {
      const defaultPath = from?.trim() || startDir;
      if (!native) return pickPath({ mode: 'folder', title: t('picker.folderTitle'), startDir: defaultPath });
      return api.invoke('dialog.chooseFolder', defaultPath ? { defaultPath } : {});
    },
    [native, startDir, t],
  );

  return useMemo(
    () => ({ chooseProjectToOpen, chooseProjectSavePath, chooseJsonToImport, chooseJsonSavePath, chooseFolder, openFile, saveFile }),
    [chooseProjectToOpen, chooseProjectSavePath, chooseJsonToImport, chooseJsonSavePath, chooseFolder, openFile, saveFile],
  );
}
