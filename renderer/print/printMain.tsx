import '../styles/fonts';

/**
 * The print view: one map drawn for paper or image export. Opened by main in
 * headless Chromium (browser host, command line) or a hidden Electron window,
 * with ?projectId=&mapId=&options= (see src/export/exportOptions.ts); it sets
 * <html data-export-state="ready"> when everything is laid out and the fonts
 * are loaded, or "error" with data-export-error.
 */
document.documentElement.dataset.exportState = 'error';
document.documentElement.dataset.exportError = 'The print view is being built.';
