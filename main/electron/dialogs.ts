import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { FILE_EXTENSIONS, fileKindExtensions, type FileKind } from '../../src/api/contract';
import type { NativeDialogs } from '../services/appServices';
import type { MenuLabels } from './menuLabels';

/** The name of a file type in the dialogs' filter list. */
function fileTypeName(kind: FileKind, labels: MenuLabels): string {
  switch (kind) {
    case 'project':
      return labels.projectFileType;
    // "JSON" reads the same in every language the app speaks, so it is not a label.
    case 'json':
      return 'JSON';
    case 'csv':
      return labels.csvFileType;
    case 'xlsx':
      return labels.xlsxFileType;
    case 'sheet':
      return labels.sheetFileType;
    // Like JSON, these names read the same in every language.
    case 'pdf':
    case 'png':
    case 'svg':
      return kind.toUpperCase();
  }
}

/** Native open/save/folder dialogs, as the services' `ctx.dialogs`. */
export const createDialogs = (window: () => BrowserWindow | null, projectsDir: string, labels: () => MenuLabels): NativeDialogs => {
  const filters = (kind: FileKind): Electron.FileFilter[] => [{ name: fileTypeName(kind, labels()), extensions: fileKindExtensions(kind).map((extension) => extension.slice(1)) }];
  const showOpen = async (options: Electron.OpenDialogOptions): Promise<string | null> => {
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    openFile: (kind) => showOpen({ defaultPath: projectsDir, filters: filters(kind), properties: ['openFile'] }),
    async saveFile(kind, defaultName) {
      const extension = FILE_EXTENSIONS[kind];
      const base = defaultName?.trim() || (kind === 'csv' || kind === 'xlsx' ? labels().untitledTable : labels().untitledProject);
      const fileName = base.toLowerCase().endsWith(extension) ? base : base + extension;
      const options: Electron.SaveDialogOptions = {
        defaultPath: path.join(projectsDir, fileName),
        filters: filters(kind),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFolder: (defaultPath) => showOpen({ defaultPath: defaultPath ?? projectsDir, properties: ['openDirectory', 'createDirectory'] }),
  };
};
