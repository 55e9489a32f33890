import '../styles/fonts';
import './printView.css';
import { createRoot } from 'react-dom/client';
import { ZodError } from 'zod';
import type { Language } from '../../src/api/contract';
import { decodeExportOptions, type ExportOptions } from '../../src/export/exportOptions';
import { PageLayoutError } from '../../src/export/pages';
import type { PrintData } from '../../src/export/printData';
import { api, initApi } from '../api/client';
import { initI18n } from '../i18n';
import { layoutDocument, pdfOptionsOf } from './documentLayout';
import { serializeMapSvg } from './map/serializeMapSvg';
import { waitForFonts } from './fontsReady';
import { ImageExport } from './ImageExport';
import { PrintDocument } from './PrintDocument';
import { canvasMeasure } from './map/canvasMeasure';

/**
 * The print view: one map drawn for paper or image export. Opened by main in
 * headless Chromium (browser host, command line) or a hidden Electron window,
 * with ?projectId=&mapId=&options= (see src/export/exportOptions.ts); it sets
 * <html data-export-state="ready"> when everything is laid out and the fonts
 * are loaded, or "error" with data-export-error.
 */

/** A failure the print view reports to main, naming the URL parameter or option field. */
class PrintViewError extends Error {}

interface PrintRequest {
  projectId: string;
  mapId: string;
  options: ExportOptions;
}

/** `&preview=1` shows the pages as the export dialog's preview does (to look at them in a browser). */
const modeOf = (search: string): 'print' | 'preview' => (new URLSearchParams(search).get('preview') === '1' ? 'preview' : 'print');

function readRequest(search: string): PrintRequest {
  const params = new URLSearchParams(search);
  const required = (name: string): string => {
    const value = params.get(name);
    if (!value) throw new PrintViewError(`The print view's address has no "${name}" parameter.`);
    return value;
  };
  const projectId = required('projectId');
  const mapId = required('mapId');
  const encoded = required('options');
  try {
    return { projectId, mapId, options: decodeExportOptions(encoded) };
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new PrintViewError(`Export option "${['options', ...(issue?.path ?? [])].join('.')}" is not valid: ${issue?.message ?? error.message}`);
    }
    throw new PrintViewError(`The "options" parameter of the print view's address cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The options' language, else the saved setting, else English. */
async function languageFor(options: ExportOptions): Promise<Language> {
  const chosen = options.format === 'pdf' ? options.parts.language : options.language;
  if (chosen) return chosen;
  const settings = await api.invoke('settings.get', {}).catch(() => null);
  return settings?.language ?? 'en';
}

async function render(data: PrintData, root: HTMLElement, mode: 'print' | 'preview'): Promise<void> {
  // Widths measured before the font arrives would come from a fallback face and wrap differently.
  await waitForFonts(textOf(data));
  const options = pdfOptionsOf(data);
  // A drawing that throws must fail the export, not leave an empty page marked ready (or an image never drawn).
  let failDraw: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (failDraw = reject));
  failed.catch(() => undefined);
  const reactRoot = createRoot(root, { onUncaughtError: (error) => failDraw(error) });
  if (options) {
    const layout = layoutDocument(data, options, canvasMeasure());
    reactRoot.render(<PrintDocument data={data} mode={mode} layout={layout} />);
  } else {
    await Promise.race([new Promise<void>((resolve) => reactRoot.render(<ImageExport data={data} onDrawn={resolve} />)), failed]);
  }
  await Promise.race([nextFrame(), failed]);
  // Words of the view itself (headings, legend) may need subsets the data did not.
  await waitForFonts(document.body.textContent ?? '');
  if (data.options.format === 'svg') await fillSvgOutput(data.map.name);
}

/** Puts the standalone SVG file's text where main reads it (#export-svg-output), fonts embedded. */
async function fillSvgOutput(title: string): Promise<void> {
  const svg = document.querySelector('svg#export-map');
  if (!(svg instanceof SVGSVGElement)) throw new PrintViewError('The print view drew no #export-map to save as SVG.');
  const output = document.createElement('textarea');
  output.id = 'export-svg-output';
  output.hidden = true;
  output.value = await serializeMapSvg(svg, title);
  document.body.append(output);
}

/** Every text of the data the view may draw (names, titles, descriptions), without the images' data: URLs. */
const textOf = (data: PrintData): string => JSON.stringify({ ...data, images: {} });

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function start(): Promise<void> {
  initApi();
  const root = document.getElementById('print-root');
  if (!root) throw new PrintViewError('print.html has no #print-root element.');
  const request = readRequest(window.location.search);
  await initI18n(await languageFor(request.options));
  const data = await api.invoke('export.printData', request);
  await render(data, root, modeOf(window.location.search));
  document.documentElement.dataset.exportState = 'ready';
}

/** What main shows the user: the message, with the option field first when a page layout cannot work. */
const describe = (error: unknown): string => {
  if (error instanceof PageLayoutError) return `Export option "options.${error.field}" cannot work: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
};

start().catch((error: unknown) => {
  const message = describe(error);
  document.documentElement.dataset.exportError = message;
  document.documentElement.dataset.exportState = 'error';
  const root = document.getElementById('print-root');
  if (root) root.textContent = message;
});
