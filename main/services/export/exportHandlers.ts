import type { Handlers } from '../../../src/api/contract';
import { AppError } from '../../../src/api/result';
import type { ProjectStore } from '../projectStore';
import type { SettingsStore } from '../settings';

/**
 * How main reaches the print view (renderer/print/print.html) to turn it into
 * a PDF, a PNG or an SVG: headless Chromium through playwright-core for the
 * browser host and the command line, a hidden window for Electron.
 */
export interface PrintPageRenderer {
  /** The renderer's own name, for messages ("Chromium", "Electron"). */
  readonly name: string;
}

export interface ExportContext {
  project(projectId: string): ProjectStore;
  userPath(input: string): string;
  settings: SettingsStore;
  appVersion: string;
  /** Absent where nothing can render the print view (then PDF/PNG/SVG answer UNSUPPORTED). */
  renderer?: () => PrintPageRenderer | null;
}

type ExportHandlers = Pick<Handlers, 'export.printData' | 'export.start' | 'export.status' | 'export.cancel' | 'export.table'>;

const notYet = (): never => {
  throw new AppError('UNSUPPORTED', 'Export is being built.');
};

/** The `export.*` calls. */
export function createExportHandlers(_ctx: ExportContext): ExportHandlers {
  return {
    'export.printData': notYet,
    'export.start': notYet,
    'export.status': notYet,
    'export.cancel': notYet,
    'export.table': notYet,
  };
}
