import type { ExportOptions } from '../../../src/export/exportOptions';

/** Which print view to render: the map of an open project, with these options. */
export interface PrintPageRequest {
  projectId: string;
  mapId: string;
  options: ExportOptions;
  /** Aborted when the user cancels the job: the renderer stops and throws. */
  signal: AbortSignal;
  /** Called as the page gets further (0..1 of the rendering phase), for the progress bar. */
  onProgress?: (fraction: number, detail: string) => void;
}

/** What a renderer produced: the file's bytes, and for PDF its page count. */
export interface RenderedFile {
  bytes: Uint8Array;
  pages?: number;
}

/**
 * How main reaches the print view (renderer/print/print.html) to turn it into
 * a PDF, a PNG or an SVG: headless Chromium through playwright-core for the
 * browser host and the command line, a hidden window for Electron.
 */
export interface PrintPageRenderer {
  /** The renderer's own name, for messages ("Chromium", "Electron"). */
  readonly name: string;
  /** Loads the print view, waits until it says it is ready, and produces the file's bytes. */
  render(request: PrintPageRequest): Promise<RenderedFile>;
  /** Frees the browser or window (the next render starts a new one). */
  dispose(): Promise<void>;
}
