import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session, shell, type IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL, MENU_CHANNEL, type MenuCommand } from '../../src/api/bridge';
import { fail } from '../../src/api/result';
import { defaultDataDir, defaultProjectsDir } from '../host/dataDirs';
import { createAppServices } from '../services/appServices';
import { dispatch } from '../services/dispatch';
import { createDialogs } from './dialogs';
import { createElectronPrintRenderer } from './exportWindow';
import { buildAppMenu } from './menu';
import { menuLabelsFor, type MenuLabels } from './menuLabels';
import { registerAppScheme, serveAppScheme } from './protocol';
import { APP_ENTRY_URL, isAllowedNavigation, isTrustedSender, windowOpenDecision } from './security';

// Bundled to dist/main/electron.cjs: the preload sits next to it, the renderer in dist/renderer.
const rendererDir = path.resolve(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const devTools = !app.isPackaged || process.env.JOURNEY_STUDIO_DEV === '1';

// Same folders as the browser host, so both modes share settings and recent projects.
const dataDir = defaultDataDir();
const projectsDir = defaultProjectsDir();
app.setPath('userData', dataDir);
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
// Hidden windows that turn the print view into PDF, PNG or SVG (export.start).
const printRenderer = createElectronPrintRenderer(preloadPath);
let labels: MenuLabels = menuLabelsFor(null, 'en');

const hardenAllWebContents = (): void => {
  app.on('web-contents-created', (_event, contents) => {
    const stayInApp = (event: Electron.Event, url: string): void => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    };
    contents.on('will-navigate', (event) => stayInApp(event, event.url));
    contents.on('will-redirect', (event) => stayInApp(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url);
      if (decision.openExternal) void shell.openExternal(decision.openExternal);
      return { action: 'deny' };
    });
  });
  // Camera, location, notifications...: a journey map editor needs none. Writing to the clipboard is the one exception.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'clipboard-sanitized-write' && isAllowedNavigation(details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permission === 'clipboard-sanitized-write' && isAllowedNavigation(requestingOrigin),
  );
};

/** The main window, or an export window whose print view asks for its data. */
const isFromOurWindow = (event: IpcMainInvokeEvent): boolean => {
  const window = mainWindow;
  const frame = event.senderFrame;
  const ours = (window && !window.isDestroyed() && event.sender === window.webContents) || printRenderer.owns(event.sender);
  if (!ours || !frame) return false;
  const main = event.sender.mainFrame;
  return isTrustedSender(frame.url, frame.processId === main.processId && frame.routingId === main.routingId);
};

const sendMenuCommand = (command: MenuCommand): void => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, command);
};

const createWindow = (): BrowserWindow => {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Journey Studio',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
};

const startApp = async (): Promise<void> => {
  await app.whenReady();
  serveAppScheme(rendererDir);
  hardenAllWebContents();

  const services = createAppServices({
    dataDir,
    projectsDir,
    appVersion: app.getVersion(),
    host: 'electron',
    dialogs: createDialogs(() => mainWindow, projectsDir, () => labels),
    printRenderer: () => printRenderer,
  });
  const refreshMenu = async (): Promise<void> => {
    const settings = await dispatch(services.handlers, 'settings.get', {});
    const language = settings.ok && settings.value && typeof settings.value === 'object' && 'language' in settings.value ? settings.value.language : null;
    labels = menuLabelsFor(typeof language === 'string' ? language : null, app.getLocale());
    Menu.setApplicationMenu(buildAppMenu(labels, sendMenuCommand, devTools));
  };

  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, payload: unknown) => {
    if (!isFromOurWindow(event)) return fail('UNSUPPORTED', 'Calls are accepted only from the Journey Studio window.');
    const result = await dispatch(services.handlers, name, payload);
    if (name === 'settings.set' && result.ok) await refreshMenu();
    return result;
  });
  app.on('will-quit', () => {
    void services.dispose();
    void printRenderer.dispose();
  });

  await refreshMenu();
  mainWindow = createWindow();
  app.on('activate', () => {
    mainWindow ??= createWindow();
  });
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  startApp().catch((error: unknown) => {
    console.error(`Journey Studio could not start: ${error instanceof Error ? error.stack : String(error)}`);
    app.exit(1);
  });
}
