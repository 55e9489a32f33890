import { z } from 'zod';
import { CatalogCommandSchema } from '../commands/catalogSchemas';
import { CommandSchema } from '../commands/schemas';
import { IdSchema, NameSchema } from '../schema/journey';
import type { JourneyMap } from '../model/journey';
import type { ProjectCatalog } from '../model/catalog';
import { BUILTIN_TEMPLATE_KEYS, type MapSummary, type OpenProject, type RecentProject, type TemplateSummary } from '../model/project';
import type { MetricDefinition, VelocityReport } from '../model/metrics';
import type { GapSettings, MapVersion, SnapshotSummary } from '../model/gaps';
import { GapSettingsSchema } from '../schema/gaps';
import { GrainSchema, MetricDefinitionSchema, MetricKeySchema, MetricTargetSchema, PeriodStartSchema } from '../schema/metrics';
import { ImportMappingSchema, ReadOptionsSchema } from '../import/mapping';
import { ExportOptionsSchema } from '../export/exportOptions';
import { DATA_TABLES, type ExportJobState, type PrintData } from '../export/printData';
import {
  ImportMatchesSchema,
  type ImportDiff,
  type ImportInspection,
  type ImportJobState,
  type ImportPreset,
  type ImportRecord,
  type MapMetrics,
  type ProvenanceEntry,
} from './importTypes';

export * from './importTypes';

/**
 * The one API between renderer and main. Each call: a zod schema for its
 * request (checked in main before the handler runs) and the type of its reply.
 * Both transports (Electron IPC and the localhost HTTP host) carry exactly these.
 */

const reply = <T>() => z.custom<T>();

/** An absolute or home-relative ("~/...") filesystem path. */
const PathSchema = z.string().trim().min(1).max(4096);
const ProjectId = z.string().min(1).max(64);
const MapRef = z.object({ projectId: ProjectId, mapId: IdSchema });

/** A day of the calendar written YYYY-MM-DD (2026-02-30 is refused, not rolled over to March). */
export const CalendarDaySchema = PeriodStartSchema.refine((day) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}, 'must be a day of the calendar written YYYY-MM-DD');

/**
 * A custom date range of the period selector, both days included. Figures
 * over it count the stored values filed on a day inside (src/metrics/periods
 * rangeAnchor: a week by its Thursday, a month by its first day).
 */
export const DateRangeSchema = z
  .object({ from: CalendarDaySchema, to: CalendarDaySchema })
  .strict()
  .refine((range) => range.from <= range.to, { message: 'the first day must be on or before range.to', path: ['from'] });

/** Which template a new map starts from; built-in ones are written in the UI language. */
export const TemplateRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), key: z.enum(BUILTIN_TEMPLATE_KEYS) }).strict(),
  z.object({ kind: z.literal('project'), id: IdSchema }).strict(),
]);

/** Image types the project file stores (no SVG: it can carry script). */
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/** Largest image stored in a project, before base64. */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;

export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const;
export const LanguageSchema = z.enum(SUPPORTED_LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export interface AppInfo {
  version: string;
  /** 'electron' when native dialogs exist; 'browser' for the localhost host. */
  host: 'electron' | 'browser';
  /** Folder new projects go to unless the user picks another. */
  projectsDir: string;
  platform: string;
}

export interface Settings {
  language: Language | null;
  authorName: string;
}

/** The kinds of file the app opens and saves: project files (.cjm), JSON exports (.json), tables, spreadsheets to import ('sheet'), and exported documents and images. */
export const FileKindSchema = z.enum(['project', 'json', 'csv', 'xlsx', 'sheet', 'pdf', 'png', 'svg']);
export type FileKind = z.infer<typeof FileKindSchema>;
/** The file name ending of each kind, lower case with its dot (a 'sheet' is saved as nothing; it is opened only). */
export const FILE_EXTENSIONS = { project: '.cjm', json: '.json', csv: '.csv', xlsx: '.xlsx', sheet: '.csv', pdf: '.pdf', png: '.png', svg: '.svg' } as const satisfies Record<FileKind, string>;
/** Every file name ending a 'sheet' (a spreadsheet to import) may have. */
export const SHEET_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls'] as const;
/** Every file name ending a file of `kind` may have (lower case, with the dot). */
export const fileKindExtensions = (kind: FileKind): readonly string[] => (kind === 'sheet' ? SHEET_EXTENSIONS : [FILE_EXTENSIONS[kind]]);
/** True when `name` ends like a file of `kind`. */
export const hasFileKindExtension = (name: string, kind: FileKind): boolean =>
  fileKindExtensions(kind).some((extension) => name.toLowerCase().endsWith(extension));

/** A table cell as exported: text, a number, a yes/no, or empty. */
export const TableCellSchema = z.union([z.string().max(32767), z.number(), z.boolean(), z.null()]);
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
/** A table (pain points, later gaps and metrics) to write as a spreadsheet file. */
export const TableExportSchema = z
  .object({
    format: z.enum(TABLE_FORMATS),
    /** Sheet name in XLSX (Excel allows 31 characters); ignored for CSV. */
    sheetName: z.string().trim().min(1).max(31).optional(),
    columns: z.array(z.string().max(200)).min(1).max(200),
    rows: z.array(z.array(TableCellSchema).max(200)).max(200000),
  })
  .strict();
export type TableExport = z.infer<typeof TableExportSchema>;

export interface DirListing {
  path: string;
  parent: string | null;
  /** Folders, then files of the requested kind. */
  entries: { name: string; path: string; kind: 'dir' | FileKind }[];
}

export const contract = {
  'app.info': { request: z.object({}).strict(), response: reply<AppInfo>() },
  'settings.get': { request: z.object({}).strict(), response: reply<Settings>() },
  'settings.set': {
    request: z.object({ language: LanguageSchema.nullable().optional(), authorName: z.string().max(200).optional() }).strict(),
    response: reply<Settings>(),
  },
  /** Lists folders and files of one kind (.cjm unless `kind` says otherwise: json, csv, xlsx), for the in-app file picker of the browser host. */
  'fs.list': {
    request: z.object({ path: PathSchema.optional(), kind: FileKindSchema.optional() }).strict(),
    response: reply<DirListing>(),
  },
  /** Native dialogs; null when the user cancels. The browser host answers UNSUPPORTED and the renderer shows its own picker. */
  'dialog.openFile': { request: z.object({ kind: FileKindSchema }).strict(), response: reply<string | null>() },
  'dialog.saveFile': {
    request: z.object({ kind: FileKindSchema, defaultName: z.string().max(255).optional() }).strict(),
    response: reply<string | null>(),
  },
  'dialog.chooseFolder': { request: z.object({ defaultPath: PathSchema.optional() }).strict(), response: reply<string | null>() },

  'project.recent': { request: z.object({}).strict(), response: reply<RecentProject[]>() },
  'project.forgetRecent': { request: z.object({ path: PathSchema }).strict(), response: reply<RecentProject[]>() },
  /** Creates a new .cjm file (refuses to overwrite) and opens it. */
  'project.create': { request: z.object({ path: PathSchema, name: NameSchema }).strict(), response: reply<OpenProject>() },
  'project.open': { request: z.object({ path: PathSchema }).strict(), response: reply<OpenProject>() },
  'project.close': { request: z.object({ projectId: ProjectId }).strict(), response: reply<null>() },
  'project.rename': { request: z.object({ projectId: ProjectId, name: NameSchema }).strict(), response: reply<OpenProject>() },
  /** "Save a copy as...": a consistent copy of the open file (VACUUM INTO); the original stays open. */
  'project.saveCopy': { request: z.object({ projectId: ProjectId, path: PathSchema }).strict(), response: reply<{ path: string }>() },
  /** Writes the versioned JSON form of the project. */
  'project.exportJson': { request: z.object({ projectId: ProjectId, path: PathSchema }).strict(), response: reply<{ path: string }>() },
  /** Creates a new project file at `path` from a JSON export at `source`, and opens it. */
  'project.importJson': { request: z.object({ source: PathSchema, path: PathSchema }).strict(), response: reply<OpenProject>() },

  'map.list': { request: z.object({ projectId: ProjectId }).strict(), response: reply<MapSummary[]>() },
  'map.create': {
    request: z
      .object({
        projectId: ProjectId,
        name: NameSchema,
        mapId: IdSchema.optional(),
        /** Legacy shortcut for `template: { kind: 'builtin', key: 'starter' }`. */
        starter: z.boolean().optional(),
        template: TemplateRefSchema.optional(),
        /** Language a built-in template is written in; default: the language setting, else English. */
        language: LanguageSchema.optional(),
      })
      .strict(),
    response: reply<MapSummary>(),
  },
  'map.get': { request: MapRef.strict(), response: reply<JourneyMap>() },
  'map.rename': { request: MapRef.extend({ name: NameSchema }).strict(), response: reply<MapSummary>() },
  'map.duplicate': { request: MapRef.extend({ name: NameSchema }).strict(), response: reply<MapSummary>() },
  'map.delete': { request: MapRef.strict(), response: reply<null>() },
  /** Applies named edits in order, in one transaction; all or nothing. */
  'map.apply': {
    request: MapRef.extend({ commands: z.array(CommandSchema).min(1).max(1000) }).strict(),
    response: reply<{ updatedAt: string }>(),
  },

  /** The project's channel, persona and segment catalogs. */
  'catalog.get': { request: z.object({ projectId: ProjectId }).strict(), response: reply<ProjectCatalog>() },
  /** Applies catalog edits in order, in one transaction; all or nothing. */
  'catalog.apply': {
    request: z.object({ projectId: ProjectId, commands: z.array(CatalogCommandSchema).min(1).max(1000) }).strict(),
    response: reply<{ updatedAt: string }>(),
  },

  /** Stores an image inside the project file; returns its id. */
  'image.add': {
    request: z
      .object({
        projectId: ProjectId,
        mime: z.enum(IMAGE_MIME_TYPES),
        dataBase64: z.string().max(Math.ceil((IMAGE_MAX_BYTES * 4) / 3) + 4),
      })
      .strict(),
    response: reply<{ imageId: string }>(),
  },
  'image.get': {
    request: z.object({ projectId: ProjectId, imageId: IdSchema }).strict(),
    response: reply<{ mime: (typeof IMAGE_MIME_TYPES)[number]; dataBase64: string }>(),
  },

  /**
   * Writes a table as CSV (UTF-8 with BOM, CRLF) or XLSX at `path`, replacing the file atomically.
   * Cells starting with = + - @ tab or CR are neutralised so spreadsheets never run them as formulas.
   */
  'table.export': {
    request: TableExportSchema.extend({ path: PathSchema }).strict(),
    response: reply<{ path: string; rows: number }>(),
  },

  /** Everything the print view draws for a map with these options (one call; the view needs nothing else). */
  'export.printData': { request: MapRef.extend({ options: ExportOptionsSchema }).strict(), response: reply<PrintData>() },
  /** Starts writing the map as PDF, PNG or SVG at `path` (replaced atomically when done); poll `export.status`. */
  'export.start': { request: MapRef.extend({ options: ExportOptionsSchema, path: PathSchema }).strict(), response: reply<{ jobId: string }>() },
  'export.status': { request: z.object({ jobId: IdSchema }).strict(), response: reply<ExportJobState>() },
  /** Stops a job; no file is written. */
  'export.cancel': { request: z.object({ jobId: IdSchema }).strict(), response: reply<ExportJobState>() },
  /** Writes the map's pain points, open gaps or metric values (at `grain`) as CSV or XLSX at `path`. */
  'export.table': {
    request: MapRef.extend({
      table: z.enum(DATA_TABLES),
      format: z.enum(TABLE_FORMATS),
      path: PathSchema,
      grain: GrainSchema.optional(),
      language: LanguageSchema.optional(),
    }).strict(),
    response: reply<{ path: string; rows: number }>(),
  },

  /** Reads the first rows of a CSV/TSV/XLSX/XLS file, detects encoding, header row and columns, and proposes a mapping. */
  'import.inspect': {
    request: z.object({ projectId: ProjectId, path: PathSchema, read: ReadOptionsSchema.optional() }).strict(),
    response: reply<ImportInspection>(),
  },
  /** Starts reading the whole file with a mapping, off the main thread; poll `import.status`. */
  'import.start': {
    request: MapRef.extend({ path: PathSchema, read: ReadOptionsSchema, mapping: ImportMappingSchema, presetId: IdSchema.optional() }).strict(),
    response: reply<{ jobId: string }>(),
  },
  'import.status': { request: z.object({ jobId: IdSchema }).strict(), response: reply<ImportJobState>() },
  /** Stops a job; nothing of it is written. */
  'import.cancel': { request: z.object({ jobId: IdSchema }).strict(), response: reply<ImportJobState>() },
  /** What committing a ready job with these matches would add, change and remove. */
  'import.diff': { request: z.object({ jobId: IdSchema, matches: ImportMatchesSchema }).strict(), response: reply<ImportDiff>() },
  /** Writes a ready job's valid rows in one transaction (all or nothing) and records it in the history. */
  'import.commit': {
    request: z.object({ jobId: IdSchema, matches: ImportMatchesSchema, presetId: IdSchema.optional() }).strict(),
    response: reply<ImportRecord>(),
  },
  /** Imports of one map, or of every map of the project when `mapId` is absent; newest first. */
  'import.history': { request: z.object({ projectId: ProjectId, mapId: IdSchema.optional() }).strict(), response: reply<ImportRecord[]>() },
  /** Takes a whole import back: its values removed, the values it replaced or removed restored. */
  'import.undo': { request: z.object({ projectId: ProjectId, importId: IdSchema }).strict(), response: reply<ImportRecord>() },
  'import.presets': { request: z.object({ projectId: ProjectId }).strict(), response: reply<ImportPreset[]>() },
  /** Saves a preset; one with the same name is replaced. */
  'import.savePreset': {
    request: z
      .object({ projectId: ProjectId, name: NameSchema, read: ReadOptionsSchema, mapping: ImportMappingSchema, matches: ImportMatchesSchema })
      .strict(),
    response: reply<ImportPreset>(),
  },
  'import.deletePreset': { request: z.object({ projectId: ProjectId, presetId: IdSchema }).strict(), response: reply<null>() },

  /**
   * The map's metric values bucketed by `grain`, with the definitions that
   * describe them; with `range`, one bucket named by `range.from` holding
   * exactly the values filed inside the range (`grain` then names no bucket).
   */
  'metrics.get': { request: MapRef.extend({ grain: GrainSchema, range: DateRangeSchema.optional() }).strict(), response: reply<MapMetrics>() },
  /** Stage velocity from the map's imported transition log, optionally between two dates. */
  'metrics.velocity': {
    request: MapRef.extend({ from: PeriodStartSchema.optional(), to: PeriodStartSchema.optional() }).strict(),
    response: reply<VelocityReport>(),
  },
  /** The stored values (with file, sheet, rows, import time) behind one number on the map; null period or segment: all; with `range`, the values filed inside it. */
  'metrics.provenance': {
    request: MapRef.extend({
      target: MetricTargetSchema,
      metric: MetricKeySchema,
      grain: GrainSchema,
      range: DateRangeSchema.optional(),
      period: PeriodStartSchema.nullable(),
      segment: z.string().max(200).nullable(),
    }).strict(),
    response: reply<ProvenanceEntry[]>(),
  },
  /** Adds or replaces a definition of the project (a built-in key changes the built-in's thresholds). */
  'metrics.saveDefinition': {
    request: z.object({ projectId: ProjectId, definition: MetricDefinitionSchema }).strict(),
    response: reply<MetricDefinition[]>(),
  },
  /** Removes a project definition (a built-in returns to its defaults). */
  'metrics.deleteDefinition': {
    request: z.object({ projectId: ProjectId, key: MetricKeySchema }).strict(),
    response: reply<MetricDefinition[]>(),
  },

  /** Built-in templates plus the ones saved in this project. */
  /** The project's gap-rule settings (rules switched off, thresholds); {} when none were saved. */
  'gaps.settings': { request: z.object({ projectId: ProjectId }).strict(), response: reply<GapSettings>() },
  /** Replaces the project's gap-rule settings. */
  'gaps.saveSettings': { request: z.object({ projectId: ProjectId, settings: GapSettingsSchema }).strict(), response: reply<GapSettings>() },

  /** Named snapshots of a map, newest first. */
  'snapshot.list': { request: MapRef.strict(), response: reply<SnapshotSummary[]>() },
  /** Saves the map as it is stored now (its content, and its metrics and velocity at this moment) under `name`. */
  'snapshot.create': { request: MapRef.extend({ name: NameSchema }).strict(), response: reply<SnapshotSummary>() },
  /** A snapshot's content: the map, its metrics and velocity as they were. */
  'snapshot.get': { request: z.object({ projectId: ProjectId, snapshotId: IdSchema }).strict(), response: reply<MapVersion>() },
  'snapshot.rename': { request: z.object({ projectId: ProjectId, snapshotId: IdSchema, name: NameSchema }).strict(), response: reply<SnapshotSummary>() },
  'snapshot.delete': { request: z.object({ projectId: ProjectId, snapshotId: IdSchema }).strict(), response: reply<null>() },
  /**
   * Puts the snapshot's content back into its map (same map id), after saving the current
   * content as a snapshot named `backupName`; one transaction. Imported metrics are not touched.
   */
  'snapshot.restore': {
    request: z.object({ projectId: ProjectId, snapshotId: IdSchema, backupName: NameSchema }).strict(),
    response: reply<{ map: JourneyMap; backup: SnapshotSummary }>(),
  },
  /** A new map of the project from a snapshot's content (new ids), named `name`. */
  'snapshot.duplicate': { request: z.object({ projectId: ProjectId, snapshotId: IdSchema, name: NameSchema }).strict(), response: reply<MapSummary>() },
  /** A map as it is now, with its metrics (by month) and velocity: one side of a comparison. */
  'map.version': { request: MapRef.strict(), response: reply<MapVersion>() },

  'template.list': { request: z.object({ projectId: ProjectId }).strict(), response: reply<TemplateSummary[]>() },
  /** Saves a copy of a map (structure and cards) as a template of this project. */
  'template.saveFromMap': { request: MapRef.extend({ name: NameSchema }).strict(), response: reply<TemplateSummary>() },
  'template.delete': { request: z.object({ projectId: ProjectId, templateId: IdSchema }).strict(), response: reply<null>() },
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallRequest<K extends CallName> = z.input<Contract[K]['request']>;
export type ParsedRequest<K extends CallName> = z.output<Contract[K]['request']>;
export type CallResponse<K extends CallName> = z.output<Contract[K]['response']>;

/** Main implements one function per call; the dispatcher validates before calling it. */
export type Handlers = { [K in CallName]: (request: ParsedRequest<K>) => CallResponse<K> | Promise<CallResponse<K>> };

export const CALL_NAMES = Object.keys(contract) as CallName[];
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
