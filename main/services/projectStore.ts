import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Language } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import { applyCommands as applyMapCommands, type BatchTouched } from '../../src/commands/registry';
import { isSharedRecord } from '../../src/commands/sharedRecord';
import { CommandError } from '../../src/commands/errors';
import type { Command } from '../../src/commands/schemas';
import type { CatalogCommand } from '../../src/commands/catalogSchemas';
import type { Channel, ProjectCatalog } from '../../src/model/catalog';
import { newId } from '../../src/model/ids';
import { emptyMap, type JourneyMap } from '../../src/model/journey';
import { BUILTIN_TEMPLATE_KEYS, type MapSummary, type ProjectInfo, type TemplateSummary } from '../../src/model/project';
import { mapSketch } from '../../src/model/sketch';
import type { UnknownDocumentFields } from '../../src/schema/projectDocument';
import { createCatalogStore } from './catalogStore';
import { createMetricStore, type MetricStore } from './import/metricStore';
import { copyMapWithNewIds, templateContent } from './duplicateMap';
import { createGapStore, type GapStore } from './gaps/gapStore';
import { addImage, allImages, findImage, type ImageMime, type StoredImage } from './imageStore';
import { mapFromTemplate, type TemplateRef } from './mapFromTemplate';
import { editableMap, plainMap } from './mapRecords';
import { insertMap, loadMap } from './mapRows';
import { mapMeta, mapMetas, summarizeStoredMap } from './mapSummary';
import { persistMapChanges } from './persistMapChanges';
import { closeProjectDatabase, createProjectFile, openProjectDatabase, type ProjectDatabase } from './projectFile';
import { deleteTemplate, findTemplate, insertTemplate, listTemplates, type StoredTemplate } from './templateStore';

/** One open project file: its maps, cached after first load, and every edit written at once. */
export interface ProjectStore {
  /** Handle of this open project in API calls. */
  readonly projectId: string;
  /** Absolute path of the file. */
  readonly path: string;
  info(): ProjectInfo;
  /** Fields of an imported JSON document (top level and `project`) this version does not know, for export. */
  unknownFields(): UnknownDocumentFields;
  rename(name: string): ProjectInfo;
  listMaps(): MapSummary[];
  /** `template` wins over the legacy `starter` flag; neither gives an empty map. */
  createMap(name: string, options: { mapId?: string; starter?: boolean; template?: TemplateRef; language: Language }): MapSummary;
  getMap(mapId: string): JourneyMap;
  /** Every map with its timestamps, for export. */
  allMaps(): Array<JourneyMap & { createdAt: string; updatedAt: string }>;
  renameMap(mapId: string, name: string): MapSummary;
  duplicateMap(mapId: string, name: string): MapSummary;
  /** A new map named `name` holding a copy of `content` with new ids (e.g. a snapshot's map). */
  addMapCopy(content: JourneyMap, name: string): MapSummary;
  /**
   * Replaces a map's content (stages, lanes, cards, connections, phases, emotions,
   * comments ...) by `content`, keeping the map's id and current name, and stamps
   * `updated_at`. `alongside` runs in the same transaction first (its result is
   * returned): on any failure neither the file nor the cached map changes.
   */
  replaceMap<T>(mapId: string, content: JourneyMap, alongside: () => T): { map: JourneyMap; alongside: T };
  deleteMap(mapId: string): void;
  /** All or nothing: on any failure neither the file nor the cached map changes. */
  applyCommands(mapId: string, commands: readonly Command[]): { updatedAt: string };
  catalog(): ProjectCatalog;
  /** All or nothing, like applyCommands. */
  applyCatalog(commands: readonly CatalogCommand[]): { updatedAt: string };
  /** Stores an image after checking its bytes; returns its new id. */
  addImage(mime: ImageMime, dataBase64: string): string;
  getImage(imageId: string): { mime: ImageMime; dataBase64: string };
  /** Every stored image, for export. */
  allImages(): StoredImage[];
  /** Built-in templates first, then the project's own, oldest first. */
  listTemplates(): TemplateSummary[];
  /** The project's own templates with their maps, for export. */
  allTemplates(): StoredTemplate[];
  saveTemplate(mapId: string, name: string): TemplateSummary;
  deleteTemplate(templateId: string): void;
  /** Writes a consistent copy of the file to `target` (which must not exist). */
  saveCopy(target: string): string;
  /**
   * Imported metric values, transition logs, import history, presets and
   * definitions. A map's rows go with the map; a duplicated map starts without them.
   */
  readonly metrics: MetricStore;
  /** Gap-rule settings and map snapshots. A map's snapshots go with the map; a duplicated map starts without them. */
  readonly gaps: GapStore;
  close(): void;
}

const now = () => new Date().toISOString();

const NO_UNKNOWN_FIELDS: UnknownDocumentFields = { document: {}, project: {} };

/** Writes the project's one row: the unknown fields of `project` go into `data`, the document's into `document_extra`. */
export function insertProject(db: Database, project: ProjectInfo, unknown: UnknownDocumentFields = NO_UNKNOWN_FIELDS): void {
  db.prepare('INSERT INTO project (singleton, id, name, created_at, data, document_extra) VALUES (1, ?, ?, ?, ?, ?)').run(
    project.id,
    project.name,
    project.createdAt,
    JSON.stringify(unknown.project),
    JSON.stringify(unknown.document),
  );
}

/** Parses one of the project row's JSON columns; anything but an object means the file was changed by hand. */
function unknownFieldsColumn(text: string, column: string, base: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new AppError('CORRUPT', `"${base}": the project's "${column}" column is not a JSON object; open a backup or a saved copy instead.`, {
    file: base,
    field: `project.${column}`,
  });
}

/** Reads the unknown fields kept by an import (see insertProject). */
function readUnknownFields(db: Database, base: string): UnknownDocumentFields {
  const row = db.prepare('SELECT data, document_extra FROM project WHERE singleton = 1').get() as { data: string; document_extra: string } | undefined;
  if (!row) return NO_UNKNOWN_FIELDS;
  return { project: unknownFieldsColumn(row.data, 'data', base), document: unknownFieldsColumn(row.document_extra, 'document_extra', base) };
}

/** Creates a new, empty project file at `file` (refusing to overwrite) and opens it. */
export function createProjectStore(file: string, name: string, projectId: string = randomUUID()): ProjectStore {
  createProjectFile(file, (db) => insertProject(db, { id: newId(), name, createdAt: now() }));
  return openProjectStore(file, projectId);
}

/** Opens an existing project file for editing; refuses files it cannot safely edit (see inspectProjectFile). */
export function openProjectStore(file: string, projectId: string = randomUUID()): ProjectStore {
  return storeOf(openProjectDatabase(file, projectId), projectId);
}

function storeOf(handle: ProjectDatabase, projectId: string): ProjectStore {
  const { db } = handle;
  const base = path.basename(handle.path);
  const cache = new Map<string, JourneyMap>();

  const mapNotFound = (mapId: string) =>
    new AppError('NOT_FOUND', `Map "${mapId}" does not exist in "${base}".`, { file: base, mapId });

  /** The cached map (its cards and connections may be shared records, see mapRecords.ts); loads it on first use. */
  const requireMap = (mapId: string): JourneyMap => {
    const cached = cache.get(mapId);
    if (cached) return cached;
    const loaded = loadMap(db, mapId);
    if (!loaded) throw mapNotFound(mapId);
    cache.set(mapId, loaded);
    return loaded;
  };

  /**
   * Turns the cached map into the form edits use (mapRecords.ts) once the event
   * loop is idle. The callback holds the id, not the map, so a project closed
   * meanwhile keeps nothing alive.
   */
  const convertWhenIdle = (mapId: string) =>
    setImmediate(() => {
      const map = cache.get(mapId);
      if (map) cache.set(mapId, editableMap(map));
    });

  const requireSummary = (mapId: string): MapSummary => {
    const meta = mapMeta(db, mapId);
    if (!meta) throw mapNotFound(mapId);
    return summarizeStoredMap(db, meta);
  };

  // Made once: better-sqlite3 builds a wrapper of several functions per db.transaction call.
  const persistEdit = db.transaction((before: JourneyMap, after: JourneyMap, updatedAt: string, touched: BatchTouched) =>
    persistMapChanges(db, before, after, updatedAt, touched),
  );

  const catalog = createCatalogStore(db, base);
  const metrics = createMetricStore(db, base);
  const gaps = createGapStore(db, base);

  const info = (): ProjectInfo => {
    const row = db.prepare('SELECT id, name, created_at AS createdAt FROM project WHERE singleton = 1').get() as ProjectInfo | undefined;
    if (!row) throw new AppError('CORRUPT', `"${base}" has no project record; open a backup or a saved copy instead.`, { file: base });
    return row;
  };

  const writeNewMap = (map: JourneyMap) => {
    const createdAt = now();
    const { next } = db.prepare('SELECT coalesce(max(position) + 1, 0) AS next FROM maps').get() as { next: number };
    insertMap(db, map, { position: next, createdAt, updatedAt: createdAt });
  };

  /** Adds a map, and in the same transaction the catalog channels it needs that the project lacks. */
  const addMap = (map: JourneyMap, newChannels: readonly Channel[] = []): MapSummary => {
    if (newChannels.length === 0) db.transaction(() => writeNewMap(map)).immediate();
    else catalog.apply(newChannels.map((channel) => ({ name: 'channel.add', args: { channel } })), () => writeNewMap(map));
    cache.set(map.id, map);
    return requireSummary(map.id);
  };

  const templateSummary = (template: StoredTemplate): TemplateSummary => ({
    kind: 'project',
    id: template.id,
    name: template.name,
    createdAt: template.createdAt,
    sketch: mapSketch(template.map),
  });

  const applyAll = (map: JourneyMap, commands: readonly Command[]): ReturnType<typeof applyMapCommands> => {
    try {
      return applyMapCommands(map, commands);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      throw new AppError('COMMAND_FAILED', `Edit refused: ${error.message}`, { ...error.params, file: base, mapId: map.id });
    }
  };

  return {
    projectId,
    path: handle.path,
    metrics,
    gaps,
    info,
    unknownFields: () => readUnknownFields(db, base),
    rename(name) {
      db.prepare('UPDATE project SET name = ? WHERE singleton = 1').run(name);
      return info();
    },
    listMaps: () => mapMetas(db).map((meta) => summarizeStoredMap(db, meta)),
    createMap(name, { mapId = newId(), starter = false, template, language }) {
      if (mapMeta(db, mapId)) {
        throw new AppError('EXISTS', `A map with id "${mapId}" already exists in "${base}".`, { file: base, mapId });
      }
      const ref: TemplateRef | undefined = template ?? (starter ? { kind: 'builtin', key: 'starter' } : undefined);
      if (!ref) return addMap(emptyMap(mapId, name));
      const { map, missingChannels } = mapFromTemplate(ref, {
        id: mapId,
        name,
        language,
        makeId: newId,
        channels: catalog.get().channels,
        findTemplate: (id) => findTemplate(db, id),
        base,
      });
      return addMap(map, missingChannels);
    },
    getMap(mapId) {
      const map = requireMap(mapId);
      // Edits want the shared form: make it once the caller has its reply, not on the first edit.
      if (!isSharedRecord(map.cards)) convertWhenIdle(mapId);
      return plainMap(map);
    },
    allMaps: () => mapMetas(db).map((meta) => ({ ...plainMap(requireMap(meta.id)), createdAt: meta.createdAt, updatedAt: meta.updatedAt })),
    renameMap(mapId, name) {
      const map = requireMap(mapId);
      db.prepare('UPDATE maps SET name = ?, updated_at = ? WHERE id = ?').run(name, now(), mapId);
      cache.set(mapId, { ...map, name });
      return requireSummary(mapId);
    },
    duplicateMap(mapId, name) {
      return addMap(copyMapWithNewIds(plainMap(requireMap(mapId)), name, newId));
    },
    addMapCopy: (content, name) => addMap(copyMapWithNewIds(content, name, newId)),
    replaceMap(mapId, content, alongside) {
      const before = requireMap(mapId);
      const after: JourneyMap = { ...content, id: mapId, name: before.name };
      const result = db
        .transaction(() => {
          const done = alongside();
          persistMapChanges(db, before, after, now());
          return done;
        })
        .immediate();
      cache.set(mapId, after);
      return { map: after, alongside: result };
    },
    deleteMap(mapId) {
      if (!mapMeta(db, mapId)) throw mapNotFound(mapId);
      db.transaction(() => {
        db.prepare('DELETE FROM maps WHERE id = ?').run(mapId);
        // Keep positions dense so a new map always goes right after the last one.
        const remaining = db.prepare('SELECT id FROM maps ORDER BY position, created_at').pluck().all() as string[];
        const setPosition = db.prepare('UPDATE maps SET position = ? WHERE id = ? AND position <> ?');
        remaining.forEach((id, position) => setPosition.run(position, id, position));
      }).immediate();
      cache.delete(mapId);
    },
    applyCommands(mapId, commands) {
      const cached = requireMap(mapId);
      const before = editableMap(cached);
      // The shared form holds the same content: keep it, so a refused edit does not convert again.
      if (before !== cached) cache.set(mapId, before);
      const { map: after, touched } = applyAll(before, commands);
      const updatedAt = now();
      persistEdit.immediate(before, after, updatedAt, touched);
      cache.set(mapId, after);
      return { updatedAt };
    },
    catalog: catalog.get,
    applyCatalog(commands) {
      catalog.apply(commands);
      return { updatedAt: now() };
    },
    addImage: (mime, dataBase64) => addImage(db, mime, dataBase64),
    getImage(imageId) {
      const image = findImage(db, imageId);
      if (!image) throw new AppError('NOT_FOUND', `Image "${imageId}" does not exist in "${base}".`, { file: base, imageId });
      return { mime: image.mime, dataBase64: image.bytes.toString('base64') };
    },
    allImages: () => allImages(db),
    listTemplates: () => [
      ...BUILTIN_TEMPLATE_KEYS.map((key): TemplateSummary => ({ kind: 'builtin', key })),
      ...listTemplates(db).map(templateSummary),
    ],
    allTemplates: () => listTemplates(db),
    saveTemplate(mapId, name) {
      const map = copyMapWithNewIds(templateContent(plainMap(requireMap(mapId))), name, newId);
      const template: StoredTemplate = { id: map.id, name, createdAt: now(), map };
      insertTemplate(db, template);
      return templateSummary(template);
    },
    deleteTemplate(templateId) {
      if (!deleteTemplate(db, templateId)) {
        throw new AppError('NOT_FOUND', `Template "${templateId}" does not exist in "${base}".`, { file: base, templateId });
      }
    },
    saveCopy(target) {
      const absolute = path.resolve(target);
      const targetBase = path.basename(absolute);
      if (fs.existsSync(absolute)) throw new AppError('EXISTS', `"${targetBase}" already exists; choose another name.`, { file: targetBase });
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      // Copy under a temporary name first so a failed copy never looks like a project.
      const temp = path.join(path.dirname(absolute), `.${targetBase}.${process.pid}-${Date.now()}.copying`);
      try {
        db.prepare('VACUUM INTO ?').run(temp);
        fs.renameSync(temp, absolute);
      } finally {
        fs.rmSync(temp, { force: true });
      }
      return absolute;
    },
    close() {
      cache.clear();
      closeProjectDatabase(handle);
    },
  };
}
