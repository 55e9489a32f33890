import { z } from 'zod';
import { GrainSchema, PeriodStartSchema } from '../schema/metrics';
import { IdSchema } from '../schema/journey';

/**
 * What a user chooses when exporting a map as PDF, PNG or SVG. One schema for
 * the export dialog, the print view's URL, the `export.*` calls and the
 * command line, so all of them produce the same file from the same choices.
 */

/** Named paper sizes in millimetres, portrait (width < height). */
export const PAPER_SIZES = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
  A2: { widthMm: 420, heightMm: 594 },
  Letter: { widthMm: 215.9, heightMm: 279.4 },
  Tabloid: { widthMm: 279.4, heightMm: 431.8 },
} as const;
export const PAPER_NAMES = ['A4', 'A3', 'A2', 'Letter', 'Tabloid', 'custom'] as const;
export type PaperName = (typeof PAPER_NAMES)[number];

/** Custom paper: from a business card to a 5 m banner. */
const PaperMm = z.number().min(50).max(5000);

export const PageSetupSchema = z
  .object({
    paper: z.enum(PAPER_NAMES).default('A3'),
    /** Only for paper 'custom' (millimetres, as given: orientation still applies). */
    widthMm: PaperMm.optional(),
    heightMm: PaperMm.optional(),
    orientation: z.enum(['portrait', 'landscape']).default('landscape'),
    /** Page margin in millimetres. */
    marginMm: z.number().min(0).max(50).default(10),
  })
  .strict()
  .refine((page) => page.paper !== 'custom' || (page.widthMm !== undefined && page.heightMm !== undefined), {
    message: 'A custom paper size needs widthMm and heightMm.',
    path: ['widthMm'],
  });
export type PageSetup = z.output<typeof PageSetupSchema>;

/**
 * How the map goes onto paper: 'fit' scales the whole map onto one page of the
 * chosen paper; 'poster' makes one page exactly as large as the map at print
 * scale (for plotters and screens); 'tiles' prints at `scale` across as many
 * pages as needed, each overlapping its neighbours by `overlapMm`.
 */
export const MapLayoutSchema = z
  .object({
    mode: z.enum(['fit', 'poster', 'tiles']).default('fit'),
    /** Tiles and poster: map pixels to paper (1 = 96 px per inch, the screen's size). */
    scale: z.number().min(0.1).max(4).default(1),
    overlapMm: z.number().min(0).max(50).default(10),
    cropMarks: z.boolean().default(true),
    /** "Row 1 · Column 2" style labels on each tile, with the map name. */
    pageLabels: z.boolean().default(true),
  })
  .strict();
export type MapLayout = z.output<typeof MapLayoutSchema>;

export const APPENDICES = ['painPoints', 'gaps', 'metrics', 'personas'] as const;
export type Appendix = (typeof APPENDICES)[number];

/** A rectangle in map coordinates (the canvas's, before zoom): the visible area of the canvas. */
export const AreaSchema = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() }).strict();
export type Area = z.infer<typeof AreaSchema>;

/** What goes in: every list absent or null means "all". */
export const ContentOptionsSchema = z
  .object({
    laneIds: z.array(IdSchema).max(500).nullable().default(null),
    stageIds: z.array(IdSchema).max(500).nullable().default(null),
    /** Cards of other personas are left out (cards with no persona always stay). */
    personaIds: z.array(IdSchema).max(500).nullable().default(null),
    /** Metric segment ('' = all users) and period bucket of the metrics shown. */
    segment: z.string().max(200).default(''),
    grain: GrainSchema.default('month'),
    /** Bucket start; null = the latest period with values. */
    period: PeriodStartSchema.nullable().default(null),
    comments: z.boolean().default(false),
    gapMarkers: z.boolean().default(true),
    metrics: z.boolean().default(true),
    /** Only part of the map (the canvas's visible area); null = the whole map. */
    area: AreaSchema.nullable().default(null),
  })
  .strict();
export type ContentOptions = z.output<typeof ContentOptionsSchema>;

export const DocumentPartsSchema = z
  .object({
    titlePage: z.boolean().default(true),
    legend: z.boolean().default(true),
    appendices: z.array(z.enum(APPENDICES)).max(APPENDICES.length).default(['painPoints', 'gaps']),
    /** Shown on the title page; the settings' author name when absent. */
    author: z.string().max(200).optional(),
    /** Shown on the title page (YYYY-MM-DD); today when absent. */
    date: z.string().max(40).optional(),
    /** Language of the print view's own words (headings, legend); the app's when absent. */
    language: z.enum(['en', 'zh-CN']).optional(),
  })
  .strict();
export type DocumentParts = z.output<typeof DocumentPartsSchema>;

export const PdfOptionsSchema = z
  .object({
    format: z.literal('pdf'),
    page: PageSetupSchema.default({ paper: 'A3', orientation: 'landscape', marginMm: 10 }),
    layout: MapLayoutSchema.default({ mode: 'fit', scale: 1, overlapMm: 10, cropMarks: true, pageLabels: true }),
    content: ContentOptionsSchema.default(ContentOptionsSchema.parse({})),
    parts: DocumentPartsSchema.default(DocumentPartsSchema.parse({})),
  })
  .strict();

export const ImageOptionsSchema = z
  .object({
    format: z.enum(['png', 'svg']),
    /** PNG only: device pixels per map pixel. */
    scale: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(2),
    background: z.enum(['white', 'transparent']).default('white'),
    content: ContentOptionsSchema.default(ContentOptionsSchema.parse({})),
    language: z.enum(['en', 'zh-CN']).optional(),
  })
  .strict();

/** Everything the print view needs to know besides the data: one of these per export. */
export const ExportOptionsSchema = z.discriminatedUnion('format', [PdfOptionsSchema, ImageOptionsSchema]);
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type PdfOptions = z.output<typeof PdfOptionsSchema>;
export type ImageOptions = z.output<typeof ImageOptionsSchema>;
export type ExportFormat = ExportOptions['format'];

/** The options as the print view's URL carries them (JSON, then base64url so any text survives). */
export function encodeExportOptions(options: ExportOptionsInput): string {
  const bytes = new TextEncoder().encode(JSON.stringify(options));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The inverse of encodeExportOptions, checked; throws a ZodError or SyntaxError on a damaged value. */
export function decodeExportOptions(encoded: string): ExportOptions {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return ExportOptionsSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
}
