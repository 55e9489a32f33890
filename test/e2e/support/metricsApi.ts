import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi } from './mapApi';
import type { ImportJobState, ImportRecord } from '../../../src/api/contract';
import type { ImportMapping } from '../../../src/import/mapping';
import type { MetricDefinition, MetricTarget } from '../../../src/model/metrics';

/**
 * Imports spreadsheets into the open map through the host's API, as the
 * import wizard calls it (inspect, start, poll status, commit), so tests of
 * the metrics on the map start from real imported values.
 */


/** Writes a UTF-8 CSV file into `folder` and returns its path. */
export function writeCsv(folder: string, name: string, lines: string[]): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
  return file;
}

/** A UTM key of an import ("source␟medium␟campaign") as the target it names. */
function utmTarget(key: string): MetricTarget | null {
  const [source, medium, campaign] = key.split('\u001f');
  if (source === undefined || medium === undefined || campaign === undefined) return null;
  return { kind: 'utm', ...(source ? { source } : {}), ...(medium ? { medium } : {}), ...(campaign ? { campaign } : {}) };
}

/**
 * Imports the file at `file` into the open map with `mapping`: keys the host
 * matched by name go to their stage, card or channel; UTM keys to their UTM
 * fields. Fails when any key stays unmatched or the job does not get ready.
 */
export async function importFile(page: Page, file: string, mapping: ImportMapping): Promise<ImportRecord> {
  await callApi(page, 'import.inspect', ({ projectId }) => ({ projectId, path: file }));
  const { jobId } = await callApi<{ jobId: string }>(page, 'import.start', (ids) => ({ ...ids, path: file, read: {}, mapping }));
  let state: ImportJobState;
  for (;;) {
    state = await callApi<ImportJobState>(page, 'import.status', () => ({ jobId }));
    if (state.phase !== 'reading') break;
    await page.waitForTimeout(50);
  }
  if (state.phase !== 'ready') throw new Error(`import of ${file} ended ${state.phase}: ${state.error?.message ?? ''}`);
  const matches: Record<string, MetricTarget | null> = {};
  for (const [key, target] of Object.entries(state.suggestedMatches ?? {})) {
    matches[key] = target ?? (mapping.kind === 'metrics' && mapping.target.kind === 'utm' ? utmTarget(key) : null);
    if (matches[key] === null) throw new Error(`import of ${file}: "${key}" matches nothing on the map`);
  }
  return callApi<ImportRecord>(page, 'import.commit', () => ({ jobId, matches }));
}

/** Adds or replaces a metric definition of the open project. */
export async function saveDefinition(page: Page, definition: MetricDefinition): Promise<void> {
  await callApi(page, 'metrics.saveDefinition', ({ projectId }) => ({ projectId, definition }));
}
