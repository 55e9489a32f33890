import type { Handlers } from '../../../src/api/contract';
import type { ProjectStore } from '../projectStore';
import type { SettingsStore } from '../settings';
import { exportTable } from '../tableExport';
import { createExportJobs, type ExportJobs } from './exportJobs';
import { dataTableOf } from './exportTables';
import { gatherPrintData } from './printData';
import type { PrintPageRenderer } from './printPageRenderer';

export type { PrintPageRenderer } from './printPageRenderer';

export interface ExportContext {
  project(projectId: string): ProjectStore;
  userPath(input: string): string;
  settings: SettingsStore;
  appVersion: string;
  /** Absent where nothing can render the print view (then PDF/PNG/SVG answer UNSUPPORTED). */
  renderer?: () => PrintPageRenderer | null;
  /** The running and finished export jobs; a fresh registry when absent. */
  jobs?: ExportJobs;
}

type ExportHandlers = Pick<Handlers, 'export.printData' | 'export.start' | 'export.status' | 'export.cancel' | 'export.table'>;

/** The `export.*` calls: print data for the print view, jobs that render it to files, and data tables as CSV/XLSX. */
export function createExportHandlers(ctx: ExportContext): ExportHandlers {
  const jobs = ctx.jobs ?? createExportJobs(() => ctx.renderer?.() ?? null);
  return {
    'export.printData': ({ projectId, mapId, options }) => gatherPrintData(ctx.project(projectId), mapId, options, ctx.settings),
    'export.start': ({ projectId, mapId, options, path }) => {
      // Fails now, not in the job, for a project that is not open or a map it does not have.
      ctx.project(projectId).getMap(mapId);
      return jobs.start({ projectId, mapId, options, path: ctx.userPath(path) });
    },
    'export.status': ({ jobId }) => jobs.status(jobId),
    'export.cancel': ({ jobId }) => jobs.cancel(jobId),
    'export.table': ({ projectId, mapId, table, format, path, grain, language }) => {
      const content = dataTableOf(ctx.project(projectId), mapId, table, grain ?? 'month', language ?? ctx.settings.get().language ?? 'en');
      return exportTable(ctx.userPath(path), { format, ...content });
    },
  };
}
