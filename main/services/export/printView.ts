import { encodeExportOptions } from '../../../src/export/exportOptions';
import type { PrintPageRequest } from './printPageRenderer';

/**
 * The print view protocol both renderers follow (Chromium through
 * playwright-core, Electron's hidden window): its URL, and the page count of
 * the PDF it prints. Kept apart from the renderers so Electron's bundle does
 * not pull in playwright-core.
 */

/** The print view's URL for one export (the protocol every renderer of it follows: renderer/print/printMain.tsx). */
export function printViewUrl(origin: string, request: Pick<PrintPageRequest, 'projectId' | 'mapId' | 'options'>, token?: string): string {
  const query = new URLSearchParams({ projectId: request.projectId, mapId: request.mapId, options: encodeExportOptions(request.options) });
  if (token !== undefined) query.set('token', token);
  return `${origin}/print/print.html?${query.toString()}`;
}

/**
 * Page objects in a PDF as Chromium (Skia) writes them: one "/Type /Page"
 * dictionary per page ("/Type /Pages" is the page tree, not a page).
 */
export const countPdfPages = (bytes: Uint8Array): number => (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

