import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, isMenuCommand, MENU_CHANNEL, type JourneyBridge } from '../../src/api/bridge';

/**
 * Sandboxed preload: the page gets these two functions and nothing else
 * (never ipcRenderer itself, so it cannot pick channels or read event.sender).
 */
const bridge = {
  call: (name: string, payload: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, payload),
  onMenu(cb) {
    const listener = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) cb(command);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
} satisfies JourneyBridge;

contextBridge.exposeInMainWorld('journeyStudio', bridge);
