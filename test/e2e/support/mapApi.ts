import { expect, type Page } from '@playwright/test';
import type { Command } from '../../../src/commands/schemas';
import type { JourneyMap } from '../../../src/model/journey';

/**
 * Seeds and reads the open map through the host's API, as the page itself
 * calls it (same origin, the page's token), for content that is tedious to
 * build by hand. The editor shows what was written after `reopen`.
 */

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Calls the host's API as the page does (same origin, the page's token), with the open project's and map's ids. */
export async function callApi<T>(page: Page, name: string, request: (ids: { projectId: string; mapId: string }) => Record<string, unknown>): Promise<T> {
  const ids = await page.evaluate(() => JSON.parse(sessionStorage.getItem('journeyStudio.session') ?? 'null') as { projectId: string; mapId: string | null } | null);
  if (!ids?.mapId) throw new Error('no map is open in the page');
  const reply = await page.evaluate(
    async ({ name, body }) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Journey-Token': sessionStorage.getItem('journeyStudio.token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as Reply<unknown>;
    },
    { name, body: request({ projectId: ids.projectId, mapId: ids.mapId }) },
  );
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

/** The open map as saved in the project file. */
export const savedMap = (page: Page): Promise<JourneyMap> => callApi<JourneyMap>(page, 'map.get', (ids) => ids);

/** Applies commands to the open map in the project file (all or nothing). */
export async function applyToMap(page: Page, commands: Command[]): Promise<void> {
  await callApi(page, 'map.apply', (ids) => ({ ...ids, commands }));
}

/** Reloads the page, which reopens the same project and map from the file. */
export async function reopen(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByTestId('map-editor')).toBeVisible();
  await expect(page.getByTestId('stage-header').first()).toBeVisible();
}
