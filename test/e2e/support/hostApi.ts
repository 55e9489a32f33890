import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { TOKEN_HEADER } from '../../../src/api/bridge';
import { encodeExportOptions, type ExportOptionsInput } from '../../../src/export/exportOptions';
import type { MapSummary, OpenProject } from '../../../src/model/project';
import type { RunningHost } from '../../helpers/host';

/**
 * Calls the browser host's API from the test process (the host's token and
 * origin), for tests that seed projects and drive exports without the UI, and
 * opens the print view the way main does.
 */

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One API call; fails the test with the call's error code and message. */
export async function callHost<T>(host: RunningHost, name: string, body: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.origin, [TOKEN_HEADER]: host.token },
    body: JSON.stringify(body),
  });
  const reply = (await response.json()) as Reply<T>;
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

export interface MapIds {
  projectId: string;
  mapId: string;
}

/** A new project file `fileName` in the host's projects folder with one map made from a built-in template. */
export async function createTemplateMap(
  host: RunningHost,
  { fileName, projectName, mapName, key, language }: { fileName: string; projectName: string; mapName: string; key: string; language: 'en' | 'zh-CN' },
): Promise<MapIds> {
  const project = await callHost<OpenProject>(host, 'project.create', { path: path.join(host.projectsDir, fileName), name: projectName });
  const map = await callHost<MapSummary>(host, 'map.create', { projectId: project.projectId, name: mapName, template: { kind: 'builtin', key }, language });
  return { projectId: project.projectId, mapId: map.id };
}

/** Opens the print view with these options (`extra` is appended to the query) and waits until it says ready; an error it reports fails the test. */
export async function openPrintView(page: Page, host: RunningHost, ids: MapIds, options: ExportOptionsInput, extra = ''): Promise<void> {
  const query = new URLSearchParams({ token: host.token, projectId: ids.projectId, mapId: ids.mapId, options: encodeExportOptions(options) });
  await page.goto(`${host.origin}/print/print.html?${query.toString()}${extra}`);
  await expect(page.locator('html')).toHaveAttribute('data-export-state', /ready|error/, { timeout: 30000 });
  expect(await page.locator('html').getAttribute('data-export-error'), 'the print view reported an error').toBeNull();
}
