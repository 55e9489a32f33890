import type { Result } from './result';

/**
 * What the Electron preload exposes to the page as `window.journeyStudio`.
 * Kept to two functions so the sandboxed page never sees ipcRenderer itself.
 */
export interface JourneyBridge {
  /** Sends one contract call to main; never rejects for call failures. */
  call(name: string, payload: unknown): Promise<Result<unknown>>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenu(cb: (command: MenuCommand) => void): () => void;
}

/** Commands the native menu sends to the renderer (the renderer owns the matching keyboard shortcuts). */
export const MENU_COMMANDS = [
  'project.new',
  'project.open',
  'project.saveCopy',
  'project.exportJson',
  'project.close',
  'export.pdf',
  'export.image',
  'export.painPoints.csv',
  'export.painPoints.xlsx',
  'export.gaps.csv',
  'export.gaps.xlsx',
  'export.metrics.csv',
  'export.metrics.xlsx',
  'edit.undo',
  'edit.redo',
  'app.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True for a string that names one of the menu commands. */
export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** The IPC channel of contract calls (renderer -> main, invoke/handle). */
export const CALL_CHANNEL = 'journey:call';
/** The IPC channel of menu commands (main -> renderer). */
export const MENU_CHANNEL = 'journey:menu';
/** The HTTP header that carries the browser host's per-run token. */
export const TOKEN_HEADER = 'X-Journey-Token';
