import { BrowserWindow, type WebContents } from 'electron';
import { AppError } from '../../src/api/result';
import type { PrintPageRenderer, PrintPageRequest, RenderedFile } from '../services/export/printPageRenderer';
import { countPdfPages, printViewUrl } from '../services/export/printView';
import { APP_ORIGIN } from './security';

/**
 * Electron's print-view renderer: each export opens the print view
 * (app://journey/print/print.html) in a hidden window with the main window's
 * preload and hardening, waits until the page says it is ready, then prints
 * it (printToPDF, the same Chromium call the browser host makes through
 * playwright-core), captures the map (PNG) or reads its SVG text.
 *
 * Not exercised by the automated tests: Electron cannot start on the build
 * machine. The browser host's renderer (chromiumRenderer.ts) follows the same
 * protocol and is tested end to end.
 */

const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 100;

export interface ElectronPrintRenderer extends PrintPageRenderer {
  /** True for the web contents of an export window: its print view may call the API (export.printData). */
  owns(contents: WebContents): boolean;
}

const cancelled = () => new AppError('CANCELLED', 'The export was cancelled; no file was written.');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls data-export-state (the page has no channel to push it); throws on "error", on a timeout and on cancel. */
async function waitUntilReady(contents: WebContents, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (signal.aborted) throw cancelled();
    const state = (await contents.executeJavaScript('document.documentElement.dataset.exportState ?? ""')) as string;
    if (state === 'ready') return;
    if (state === 'error') {
      const reason = (await contents.executeJavaScript('document.documentElement.dataset.exportError ?? ""')) as string;
      throw new AppError('INTERNAL', `The print view could not draw the map: ${reason || 'no reason given'}`);
    }
    if (Date.now() > deadline) {
      throw new AppError('INTERNAL', `The print view did not set data-export-state to "ready" or "error" within ${READY_TIMEOUT_MS / 1000} s.`);
    }
    await pause(POLL_MS);
  }
}

/** The map as a PNG at `scale` device pixels per CSS pixel: the window is zoomed and sized to the map, then that area captured. */
async function capturePng(window: BrowserWindow, scale: number): Promise<Uint8Array> {
  const contents = window.webContents;
  const box = (await contents.executeJavaScript(
    '(() => { const r = document.getElementById("export-map")?.getBoundingClientRect(); return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null; })()',
  )) as { x: number; y: number; width: number; height: number } | null;
  if (!box) throw new AppError('INTERNAL', 'The print view has no #export-map: there is no map to take a picture of.');
  contents.setZoomFactor(scale);
  window.setContentSize(Math.ceil((box.x + box.width) * scale), Math.ceil((box.y + box.height) * scale));
  await pause(POLL_MS);
  const rect = { x: Math.floor(box.x * scale), y: Math.floor(box.y * scale), width: Math.ceil(box.width * scale), height: Math.ceil(box.height * scale) };
  return (await contents.capturePage(rect, { stayHidden: true })).toPNG();
}

async function capture(window: BrowserWindow, request: PrintPageRequest): Promise<RenderedFile> {
  const { options } = request;
  const contents = window.webContents;
  if (options.format === 'pdf') {
    request.onProgress?.(0.5, 'Printing the pages');
    const bytes = new Uint8Array(await contents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
    return { bytes, pages: countPdfPages(bytes) };
  }
  if (options.format === 'png') return { bytes: await capturePng(window, options.scale) };
  const svg = (await contents.executeJavaScript('document.getElementById("export-svg-output")?.value ?? ""')) as string;
  if (svg.trim() === '') throw new AppError('INTERNAL', 'The print view left #export-svg-output empty: there is no SVG to write.');
  return { bytes: new TextEncoder().encode(svg) };
}

/** Export windows share the main window's preload and hardening; `preloadPath` is the built preload.cjs. */
export function createElectronPrintRenderer(preloadPath: string): ElectronPrintRenderer {
  const windows = new Set<BrowserWindow>();

  const open = (request: PrintPageRequest): BrowserWindow => {
    const transparent = request.options.format === 'png' && request.options.background === 'transparent';
    const window = new BrowserWindow({
      show: false,
      width: 1600,
      height: 1200,
      transparent,
      backgroundColor: transparent ? '#00000000' : '#ffffff',
      webPreferences: { preload: preloadPath, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: false },
    });
    windows.add(window);
    window.on('closed', () => windows.delete(window));
    return window;
  };

  return {
    name: 'Electron',
    owns: (contents) => [...windows].some((window) => !window.isDestroyed() && window.webContents === contents),
    async render(request) {
      if (request.signal.aborted) throw cancelled();
      const window = open(request);
      const onAbort = () => window.destroy();
      request.signal.addEventListener('abort', onAbort, { once: true });
      try {
        request.onProgress?.(0.1, 'Loading the map');
        await window.loadURL(printViewUrl(APP_ORIGIN, request));
        await waitUntilReady(window.webContents, request.signal);
        return await capture(window, request);
      } catch (error) {
        if (request.signal.aborted) throw cancelled();
        throw error;
      } finally {
        request.signal.removeEventListener('abort', onAbort);
        if (!window.isDestroyed()) window.destroy();
      }
    },
    async dispose() {
      for (const window of windows) if (!window.isDestroyed()) window.destroy();
      windows.clear();
    },
  };
}
