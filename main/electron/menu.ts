import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/api/bridge';
import type { MenuLabels } from './menuLabels';

/**
 * The application menu. Commands that change the document go to the renderer,
 * which owns undo history and keyboard shortcuts in both hosts; accelerators are
 * therefore shown but not registered (`registerAccelerator: false`), so a key
 * press is handled once, by the page.
 */
export const buildAppMenu = (labels: MenuLabels, send: (command: MenuCommand) => void, devTools: boolean): Menu => {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        item(labels.newProject, 'project.new', 'CmdOrCtrl+N'),
        item(labels.openProject, 'project.open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item(labels.saveCopy, 'project.saveCopy', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(labels.exportPdf, 'export.pdf', 'CmdOrCtrl+P'),
        item(labels.exportImage, 'export.image', 'CmdOrCtrl+Shift+E'),
        {
          label: labels.exportData,
          submenu: [
            item(labels.painPointsCsv, 'export.painPoints.csv'),
            item(labels.painPointsXlsx, 'export.painPoints.xlsx'),
            item(labels.gapsCsv, 'export.gaps.csv'),
            item(labels.gapsXlsx, 'export.gaps.xlsx'),
            item(labels.metricsCsv, 'export.metrics.csv'),
            item(labels.metricsXlsx, 'export.metrics.xlsx'),
            { type: 'separator' },
            item(labels.exportJson, 'project.exportJson'),
          ],
        },
        { type: 'separator' },
        item(labels.closeProject, 'project.close', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [{ type: 'separator' } satisfies MenuItemConstructorOptions, { role: 'quit', label: labels.quit } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: labels.edit,
      submenu: [
        item(labels.undo, 'edit.undo', 'CmdOrCtrl+Z'),
        item(labels.redo, 'edit.redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { role: 'resetZoom', label: labels.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.fullScreen },
        ...(devTools ? [{ role: 'toggleDevTools', label: labels.devTools } satisfies MenuItemConstructorOptions] : []),
      ],
    },
    { label: labels.help, submenu: [item(labels.about, 'app.about')] },
  ];
  return Menu.buildFromTemplate(template);
};
