import type { ExportOptions } from '../../../src/export/exportOptions';
import type { ExportJobState } from '../../../src/export/printData';
import { CliError, EXIT } from '../cliErrors';
import type { CliContext, CliSession } from '../cliSession';
import { progressReporter } from './progress';

const POLL_MS = 100;

/**
 * Writes a PDF, PNG or SVG through the app's export job (headless Chromium
 * renders the print view), drawing progress on a terminal. Ctrl+C cancels the
 * job (see withSession), so no half-written file is left.
 */
export async function runExportJob(
  session: CliSession,
  ctx: CliContext,
  request: { projectId: string; mapId: string; options: ExportOptions; path: string },
): Promise<ExportJobState> {
  const { jobId } = await session.call('export.start', request);
  const unregister = session.onInterrupt(() => session.call('export.cancel', { jobId }));
  if (session.interrupted) await session.call('export.cancel', { jobId });
  const progress = progressReporter(ctx);
  try {
    for (;;) {
      const state = await session.call('export.status', { jobId });
      if (state.phase === 'done' || state.phase === 'failed' || state.phase === 'cancelled') {
        progress.end();
        if (state.phase === 'done') return state;
        const nothing = `No ${request.options.format.toUpperCase()} was written to ${request.path}`;
        if (session.interrupted) throw new CliError(EXIT.interrupted, `${nothing}: interrupted.`);
        throw new CliError(EXIT.failed, `${nothing}: ${state.phase === 'cancelled' ? 'cancelled.' : (state.error?.message ?? 'the export failed.')}`);
      }
      progress.show(state.detail || state.phase, state.progress);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    unregister();
  }
}
