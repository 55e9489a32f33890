import { ImageOptionsSchema, PdfOptionsSchema, type ImageOptions, type PdfOptions } from '../../../src/export/exportOptions';

/** The export dialog's last choices for one map, per format family. */
export interface SavedExportOptions {
  pdf: PdfOptions;
  image: ImageOptions;
}

export const defaultPdfOptions = (): PdfOptions => PdfOptionsSchema.parse({ format: 'pdf' });
export const defaultImageOptions = (): ImageOptions => ImageOptionsSchema.parse({ format: 'png' });

const storageKey = (mapId: string) => `journey-studio.export.${mapId}`;

/**
 * The options last used for a map, checked against the schemas: what was
 * saved by an older version, or damaged, falls back to the defaults (per
 * format, so a bad PDF entry keeps the image choices).
 */
export function loadExportOptions(storage: Pick<Storage, 'getItem'>, mapId: string): SavedExportOptions {
  let saved: { pdf?: unknown; image?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(mapId)) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) saved = parsed;
  } catch {
    // Unreadable storage or JSON: start from the defaults.
  }
  const pdf = PdfOptionsSchema.safeParse(saved.pdf);
  const image = ImageOptionsSchema.safeParse(saved.image);
  return { pdf: pdf.success ? pdf.data : defaultPdfOptions(), image: image.success ? image.data : defaultImageOptions() };
}

/**
 * Remembers the options for the map's next export. The date is not kept: a
 * document exported next week should carry next week's date unless typed again.
 */
export function saveExportOptions(storage: Pick<Storage, 'setItem'>, mapId: string, options: SavedExportOptions): void {
  const { date: _date, ...parts } = options.pdf.parts;
  try {
    storage.setItem(storageKey(mapId), JSON.stringify({ pdf: { ...options.pdf, parts }, image: options.image }));
  } catch {
    // Storage full or disabled: the dialog still works, it only forgets.
  }
}
