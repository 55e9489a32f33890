import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppError } from '../../../src/api/result';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../host/chromium';
import type { PrintPageRenderer, PrintPageRequest, RenderedFile } from './printPageRenderer';
import { countPdfPages, printViewUrl } from './printView';

/** Where the print view is served and the token its HTTP client sends (known once the host listens). */
export interface PrintViewAddress {
  /** The host's origin, e.g. "http://127.0.0.1:5123". */
  origin: string;
  token: string;
}

export interface ChromiumRendererOptions {
  address(): PrintViewAddress;
  /** How long the print view may take to say it is ready; large posters take a while. */
  readyTimeoutMs?: number;
}

const READY_TIMEOUT_MS = 120_000;
const STATE_SELECTOR = 'html[data-export-state="ready"], html[data-export-state="error"]';

const cancelled = () => new AppError('CANCELLED', 'The export was cancelled; no file was written.');

/** Waits for the print view's data-export-state; a page that reports an error or never answers names what went wrong. */
async function waitUntilReady(page: Page, timeoutMs: number): Promise<void> {
  try {
    await page.locator(STATE_SELECTOR).waitFor({ state: 'attached', timeout: timeoutMs });
  } catch {
    throw new AppError('INTERNAL', `The print view did not set data-export-state to "ready" or "error" within ${Math.round(timeoutMs / 1000)} s.`);
  }
  const html = page.locator('html');
  if ((await html.getAttribute('data-export-state')) === 'error') {
    const reason = (await html.getAttribute('data-export-error')) ?? 'no reason given';
    throw new AppError('INTERNAL', `The print view could not draw the map: ${reason}`);
  }
}

/** The ready page as the requested file. */
async function capture(page: Page, request: PrintPageRequest): Promise<RenderedFile> {
  const { options } = request;
  if (options.format === 'pdf') {
    request.onProgress?.(0.5, 'Printing the pages');
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { bytes, pages: countPdfPages(bytes) };
  }
  if (options.format === 'png') {
    request.onProgress?.(0.5, 'Taking the picture');
    const map = page.locator('#export-map');
    if ((await map.count()) === 0) throw new AppError('INTERNAL', 'The print view has no #export-map: there is no map to take a picture of.');
    return { bytes: await map.screenshot({ type: 'png', omitBackground: options.background === 'transparent' }) };
  }
  const output = page.locator('#export-svg-output');
  // The view is ready, so the element is there or never will be: no waiting.
  if ((await output.count()) === 0) throw new AppError('INTERNAL', 'The print view has no #export-svg-output: there is no SVG to write.');
  const svg = await output.inputValue();
  if (svg.trim() === '') throw new AppError('INTERNAL', 'The print view left #export-svg-output empty: there is no SVG to write.');
  return { bytes: new TextEncoder().encode(svg) };
}

/**
 * Renders the print view in headless Chromium through playwright-core: the
 * browser host and the command line. Each export gets its own browser
 * (about half a second to start): Chromium cannot stop printing a page once
 * it has begun, so cancelling closes that export's browser, which stops the
 * work at once without touching any other export. `dispose` closes every
 * browser still open.
 */
export function createChromiumRenderer(opts: ChromiumRendererOptions): PrintPageRenderer {
  const open = new Set<Promise<Browser>>();
  const timeoutMs = opts.readyTimeoutMs ?? READY_TIMEOUT_MS;

  const launch = (): Promise<Browser> => {
    const executablePath = chromiumExecutable();
    if (!executablePath) {
      throw new AppError('UNSUPPORTED', 'No Chromium or Chrome was found for PDF, PNG and SVG export; set JOURNEY_STUDIO_CHROMIUM to its executable.');
    }
    // Signals stay with the app (or the command line): it closes its projects, then its browsers.
    // Loaded here, not at start-up: playwright-core takes about a second to load, and only PDF, PNG and SVG need it.
    const starting = import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }),
    );
    open.add(starting);
    starting.catch(() => open.delete(starting));
    return starting;
  };

  const close = async (starting: Promise<Browser>): Promise<void> => {
    open.delete(starting);
    await (await starting.catch(() => null))?.close().catch(() => undefined);
  };

  const render = async (request: PrintPageRequest): Promise<RenderedFile> => {
    const { options, signal } = request;
    if (signal.aborted) throw cancelled();
    const starting = launch();
    const onAbort = () => void close(starting);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const browser = await starting;
      // Cancelled while Chromium was starting: the listener closed it, or closes it now.
      if (signal.aborted) throw cancelled();
      const context: BrowserContext = await browser.newContext({ deviceScaleFactor: options.format === 'png' ? options.scale : 1 });
      // A poster of thousands of cards or a 4x picture takes longer than Playwright's 30 s default.
      context.setDefaultTimeout(timeoutMs);
      const page = await context.newPage();
      const { origin, token } = opts.address();
      request.onProgress?.(0.1, 'Loading the map');
      await page.goto(printViewUrl(origin, request, token));
      await waitUntilReady(page, timeoutMs);
      return await capture(page, request);
    } catch (error) {
      if (signal.aborted) throw cancelled();
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
      await close(starting);
    }
  };

  return {
    name: 'Chromium',
    render,
    async dispose() {
      await Promise.all([...open].map(close));
    },
  };
}
