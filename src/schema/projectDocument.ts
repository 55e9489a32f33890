import { z } from 'zod';
import { IMAGE_MIME_TYPES } from '../api/contract';
import type { JourneyMap } from '../model/journey';
import type { ProjectInfo } from '../model/project';
import { DOCUMENT_MIGRATIONS, migrateDocument, type DocumentMigration } from './documentMigrations';
import { ProjectCatalogSchema } from './catalog';
import { formatIssuePath } from './issuePath';
import { IdSchema, JourneyMapSchema, NameSchema } from './journey';
import { DocumentMetricsSchema } from './metricsDocument';
import { badDocument } from './projectDocumentError';
import { findDocumentProblem, normalizeCardOrders } from './projectDocumentIntegrity';
import { GapSettingsSchema } from './gaps';
import { findSnapshotsProblem, SnapshotSchema } from './snapshotDocument';

/**
 * The JSON form of a project ("Export as JSON" / "Import JSON"): one file with
 * the project and all its maps, readable by people and other tools.
 *
 * ```jsonc
 * {
 *   "format": "journey-studio-project",   // always this string
 *   "version": 1,                         // PROJECT_DOCUMENT_VERSION; older ones are migrated, newer refused
 *   "exportedAt": "2025-01-31T12:00:00.000Z",
 *   "appVersion": "0.1.0",                // the Journey Studio that wrote it
 *   "project": { "id": "...", "name": "...", "createdAt": "..." },
 *   "maps": [{
 *     "id": "...", "name": "...", "createdAt": "...", "updatedAt": "...",
 *     "stages": [{ "id": "s1", "name": "Aware", "color": "#4f7cff" }],           // left to right
 *     "lanes": [{ "id": "l1", "name": "Touchpoints", "type": "touchpoints", "height": 120 }], // top to bottom
 *     "cards": { "c1": { "id": "c1", "stageId": "s1", "laneId": "l1", "order": 0, "title": "...", "body": "...", "color": "#ffd666" } },
 *     "connections": { "k1": { "id": "k1", "source": "c1", "target": "c2", "label": "..." } }
 *   }],
 *   // Optional (written since issue 3; older readers keep them as unknown fields):
 *   "catalog": { "channels": [...], "personas": [...], "segments": [...] },  // project-wide catalogs
 *   "templates": [{ "id": "...", "name": "...", "createdAt": "...", "map": { ...a map... } }],
 *   "images": [{ "id": "...", "mime": "image/png", "dataBase64": "..." }],  // referenced by cards and personas
 *   // Optional (since issue 5): imported metrics, see schema/metricsDocument.ts
 *   "metrics": { "definitions": [...], "presets": [...], "imports": [...], "values": [...], "history": [...], "transitions": [...] },
 *   // Optional (since issue 6): gap-rule settings (schema/gaps.ts) and map snapshots (schema/snapshotDocument.ts)
 *   "gapSettings": { "disabledRules": ["orphanProcess"], "handoffThreshold": 3 },
 *   "snapshots": [{ "id": "...", "mapId": "...", "name": "...", "createdAt": "...", "map": { ...a map... }, "metrics": {...}, "velocity": null }]
 * }
 * ```
 *
 * Cards sit in a stage x lane cell at a 0-based `order`; there are no pixel
 * positions. Record keys equal the ids. Every object, the document itself and
 * `project` included, may carry fields this version does not know; they are
 * kept on import and written back on export.
 * Timestamps are ISO 8601. Field rules are the zod schemas in schema/journey.ts.
 */

export const PROJECT_DOCUMENT_FORMAT = 'journey-studio-project';
export const PROJECT_DOCUMENT_VERSION = 1;

const TimestampSchema = z
  .string()
  .max(64)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date-time such as 2025-01-31T12:00:00.000Z');

export const DocumentProjectSchema = z.looseObject({ id: IdSchema, name: NameSchema, createdAt: TimestampSchema });
export const DocumentMapSchema = JourneyMapSchema.extend({ createdAt: TimestampSchema, updatedAt: TimestampSchema });

/** A map saved as a template of the project. */
export const DocumentTemplateSchema = z.looseObject({ id: IdSchema, name: NameSchema, createdAt: TimestampSchema, map: JourneyMapSchema });
/** An image stored in the project, as base64 text. */
export const DocumentImageSchema = z.looseObject({
  id: IdSchema,
  mime: z.enum(IMAGE_MIME_TYPES),
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64 text'),
});

export const ProjectDocumentSchema = z.looseObject({
  format: z.literal(PROJECT_DOCUMENT_FORMAT),
  version: z.literal(PROJECT_DOCUMENT_VERSION),
  exportedAt: TimestampSchema,
  appVersion: z.string().max(100),
  project: DocumentProjectSchema,
  maps: z.array(DocumentMapSchema),
  catalog: ProjectCatalogSchema.optional(),
  templates: z.array(DocumentTemplateSchema).optional(),
  images: z.array(DocumentImageSchema).optional(),
  metrics: DocumentMetricsSchema.optional(),
  gapSettings: GapSettingsSchema.optional(),
  snapshots: z.array(SnapshotSchema).optional(),
});

export type ProjectDocument = z.infer<typeof ProjectDocumentSchema>;
/** One map of a project document: the map plus its timestamps. */
export type DocumentMap = z.infer<typeof DocumentMapSchema>;
export type DocumentTemplate = z.infer<typeof DocumentTemplateSchema>;
export type DocumentImage = z.infer<typeof DocumentImageSchema>;
/**
 * The fields of the document's top level and of its `project` that this
 * version does not know (from a newer app or another tool), kept by an import
 * and written back in place by the next export.
 */
export interface UnknownDocumentFields {
  document: Record<string, unknown>;
  project: Record<string, unknown>;
}
/** The optional parts of a project beyond its maps. */
export type ProjectDocumentExtras = Pick<ProjectDocument, 'catalog' | 'templates' | 'images' | 'metrics' | 'gapSettings' | 'snapshots'> & {
  unknownFields?: UnknownDocumentFields;
};

// Taken from the schemas, so a field a later version learns stops counting as unknown without another list to update.
const DOCUMENT_KEYS: ReadonlySet<string> = new Set(Object.keys(ProjectDocumentSchema.shape));
const PROJECT_KEYS: ReadonlySet<string> = new Set(Object.keys(DocumentProjectSchema.shape));

const withoutKnown = (fields: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).filter(([key, value]) => !known.has(key) && value !== undefined));

/** The fields of a read document and of its project that this version does not know. */
export function unknownDocumentFields(document: ProjectDocument): UnknownDocumentFields {
  return { document: withoutKnown(document, DOCUMENT_KEYS), project: withoutKnown(document.project, PROJECT_KEYS) };
}

/** Builds the JSON form of a project; JSON.stringify the result to write it. */
export function toProjectDocument(
  project: ProjectInfo,
  maps: readonly (JourneyMap & { createdAt: string; updatedAt: string })[],
  appVersion: string,
  exportedAt: string,
  extras: ProjectDocumentExtras = {},
): ProjectDocument {
  const unknown = extras.unknownFields ?? { document: {}, project: {} };
  // Known fields first, for people reading the file; a stored unknown field can
  // never take a known one's place, even one this export leaves out (e.g. `metrics`).
  return {
    format: PROJECT_DOCUMENT_FORMAT,
    version: PROJECT_DOCUMENT_VERSION,
    exportedAt,
    appVersion,
    project: { ...project, ...withoutKnown(unknown.project, PROJECT_KEYS) },
    maps: [...maps],
    ...(extras.catalog ? { catalog: extras.catalog } : {}),
    ...(extras.templates ? { templates: [...extras.templates] } : {}),
    ...(extras.images ? { images: [...extras.images] } : {}),
    ...(extras.metrics ? { metrics: extras.metrics } : {}),
    ...(extras.gapSettings ? { gapSettings: extras.gapSettings } : {}),
    ...(extras.snapshots ? { snapshots: [...extras.snapshots] } : {}),
    ...withoutKnown(unknown.document, DOCUMENT_KEYS),
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a parsed JSON value as a project document: checks the format, refuses
 * newer versions, migrates older ones, validates every field and reference
 * (throwing DocumentError naming the path), and renumbers card orders densely.
 */
export function parseProjectDocument(
  raw: unknown,
  migrations: readonly DocumentMigration[] = DOCUMENT_MIGRATIONS,
): ProjectDocument {
  if (!isPlainObject(raw)) throw badDocument('', 'expected a JSON object with "format": "journey-studio-project"');
  if (raw.format !== PROJECT_DOCUMENT_FORMAT) {
    throw badDocument('format', `this is not a Journey Studio project: "format" is ${raw.format === undefined ? 'missing' : JSON.stringify(raw.format)}, expected "${PROJECT_DOCUMENT_FORMAT}"`);
  }
  const parsed = ProjectDocumentSchema.safeParse(migrateDocument(raw, migrations, PROJECT_DOCUMENT_VERSION));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badDocument(formatIssuePath(issue?.path ?? []), issue?.message ?? 'rejected');
  }
  const document = parsed.data;
  const problem = findDocumentProblem(document) ?? findSnapshotsProblem(document.snapshots ?? [], new Set(document.maps.map((map) => map.id)));
  if (problem) throw badDocument(problem.path, problem.message);
  const templates = document.templates?.map((template) => {
    const map = normalizeCardOrders(template.map);
    return map === template.map ? template : { ...template, map };
  });
  const snapshots = document.snapshots?.map((snapshot) => {
    const map = normalizeCardOrders(snapshot.map);
    return map === snapshot.map ? snapshot : { ...snapshot, map };
  });
  return { ...document, maps: document.maps.map(normalizeCardOrders), ...(templates ? { templates } : {}), ...(snapshots ? { snapshots } : {}) };
}

/** Parses the text of a JSON export; invalid JSON is a BAD_DOCUMENT error like any other. */
export function readProjectDocument(text: string, migrations?: readonly DocumentMigration[]): ProjectDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw badDocument('', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseProjectDocument(raw, migrations);
}
