import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppStore } from '../../store/appStore';
import { pickPath } from './pathPicker';

/**
 * Asks the user for paths: native dialogs where the host has them (Electron,
 * for .cjm files), the in-app picker otherwise. The contract has no native
 * dialog for JSON files, so JSON always uses the in-app picker.
 */
export function usePathChooser() {
  const { t } = useTranslation();
  const info = useAppStore((state) => state.info);
  const native = info?.host === 'electron';
  const startDir = info?.projectsDir;

  const chooseProjectToOpen = useCallback(
    (): Promise<string | null> =>
      native ? api.invoke('dialog.openProject', {}) : pickPath({ mode: 'open', extension: '.cjm', title: t('picker.openProjectTitle'), startDir }),
    [native, startDir, t],
  );

  const chooseProjectSavePath = useCallback(
    (defaultName: string, title: string): Promise<string | null> =>
      native ? api.invoke('dialog.saveProject', { defaultName }) : pickPath({ mode: 'save', extension: '.cjm', title, startDir, defaultName }),
    [native, startDir],
  );

  const chooseJsonToImport = useCallback(
    (): Promise<string | null> => pickPath({ mode: 'open', extension: '.json', title: t('picker.importJsonTitle'), startDir }),
    [startDir, t],
  );

  const chooseJsonSavePath = useCallback(
    (defaultName: string): Promise<string | null> =>
      pickPath({ mode: 'save', extension: '.json', title: t('picker.exportJsonTitle'), startDir, defaultName }),
    [startDir, t],
  );

  const chooseFolder = useCallback(
    (from: string | undefined): Promise<string | null> =>
      pickPath({ mode: 'folder', extension: '.cjm', title: t('picker.folderTitle'), startDir: from ?? startDir }),
    [startDir, t],
  );

  return useMemo(
    () => ({ chooseProjectToOpen, chooseProjectSavePath, chooseJsonToImport, chooseJsonSavePath, chooseFolder }),
    [chooseProjectToOpen, chooseProjectSavePath, chooseJsonToImport, chooseJsonSavePath, chooseFolder],
  );
}
