import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { MenuLabels } from './menuLabels';

const PROJECT_EXTENSION = 'cjm';

/** Native open/save dialogs for .cjm files, as the services' `ctx.dialogs`. */
export const createDialogs = (window: () => BrowserWindow | null, projectsDir: string, labels: () => MenuLabels) => {
  const filters = () => [{ name: labels().projectFileType, extensions: [PROJECT_EXTENSION] }];
  return {
    async openProject(): Promise<string | null> {
      const owner = window();
      const options: Electron.OpenDialogOptions = { defaultPath: projectsDir, filters: filters(), properties: ['openFile'] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveProject(defaultName?: string): Promise<string | null> {
      const owner = window();
      const base = defaultName && defaultName.trim() ? defaultName.trim() : labels().untitledProject;
      const fileName = base.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? base : `${base}.${PROJECT_EXTENSION}`;
      const options: Electron.SaveDialogOptions = { defaultPath: path.join(projectsDir, fileName), filters: filters(), properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
};
