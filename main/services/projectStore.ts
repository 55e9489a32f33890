import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../src/api/contract';
import { AppError } from '../../src/api/result';
import { applyCommands as applyMapCommands } from '../../src/commands/registry';
import { CommandError } from '../../src/commands/errors';
import type { Command } from '../../src/commands/schemas';
import { newId } from '../../src/model/ids';
import { emptyMap, type JourneyMap } from '../../src/model/journey';
import type { MapSummary, ProjectInfo } from '../../src/model/project';
import { starterMap } from '../../src/templates/starterMap';
import { copyMapWithNewIds } from './duplicateMap';
import { insertMap, loadMap, mapSummaries, mapSummary } from './mapRows';
import { persistMapChanges } from './persistMapChanges';
import { closeProjectDatabase, createProjectFile, openProjectDatabase, type ProjectDatabase } from './projectFile';

/** One open project file: its maps, cached after first load, and every edit written at once. */
export interface ProjectStore {
  /** Handle of this open project in API calls. */
  readonly projectId: string;
  /** Absolute path of the file. */
  readonly path: string;
  info(): ProjectInfo;
  rename(name: string): ProjectInfo;
  listMaps(): MapSummary[];
  createMap(name: string, options: { mapId?: string; starter?: boolean; language: Language }): MapSummary;
  getMap(mapId: string): JourneyMap;
  /** Every map with its timestamps, for export. */
  allMaps(): Array<JourneyMap & { createdAt: string; updatedAt: string }>;
  renameMap(mapId: string, name: string): MapSummary;
  duplicateMap(mapId: string, name: string): MapSummary;
  deleteMap(mapId: string): void;
  /** All or nothing: on any failure neither the file nor the cached map changes. */
  applyCommands(mapId: string, commands: readonly Command[]): { updatedAt: string };
  /** Writes a consistent copy of the file to `target` (which must not exist). */
  saveCopy(target: string): string;
  close(): void;
}

const now = () => new Date().toISOString();

/** Creates a new, empty project file at `file` (refusing to overwrite) and opens it. */
export function createProjectStore(file: string, name: string, projectId: string = randomUUID()): ProjectStore {
  createProjectFile(file, (db) => {
    db.prepare('INSERT INTO project (singleton, id, name, created_at) VALUES (1, ?, ?, ?)').run(newId(), name, now());
  });
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

  const requireMap = (mapId: string): JourneyMap => {
    const cached = cache.get(mapId);
    if (cached) return cached;
    const loaded = loadMap(db, mapId);
    if (!loaded) throw mapNotFound(mapId);
    cache.set(mapId, loaded);
    return loaded;
  };

  const requireSummary = (mapId: string): MapSummary => {
    const summary = mapSummary(db, mapId);
    if (!summary) throw mapNotFound(mapId);
    return summary;
  };

  const info = (): ProjectInfo => {
    const row = db.prepare('SELECT id, name, created_at AS createdAt FROM project WHERE singleton = 1').get() as ProjectInfo | undefined;
    if (!row) throw new AppError('CORRUPT', `"${base}" has no project record; open a backup or a saved copy instead.`, { file: base });
    return row;
  };

  const addMap = (map: JourneyMap): MapSummary => {
    const createdAt = now();
    db.transaction(() => {
      const { next } = db.prepare('SELECT coalesce(max(position) + 1, 0) AS next FROM maps').get() as { next: number };
      insertMap(db, map, { position: next, createdAt, updatedAt: createdAt });
    }).immediate();
    cache.set(map.id, map);
    return requireSummary(map.id);
  };

  const applyAll = (map: JourneyMap, commands: readonly Command[]): JourneyMap => {
    try {
      return applyMapCommands(map, commands).map;
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      throw new AppError('COMMAND_FAILED', `Edit refused: ${error.message}`, { ...error.params, file: base, mapId: map.id });
    }
  };

  return {
    projectId,
    path: handle.path,
    info,
    rename(name) {
      db.prepare('UPDATE project SET name = ? WHERE singleton = 1').run(name);
      return info();
    },
    listMaps: () => mapSummaries(db),
    createMap(name, { mapId = newId(), starter = false, language }) {
      if (mapSummary(db, mapId)) {
        throw new AppError('EXISTS', `A map with id "${mapId}" already exists in "${base}".`, { file: base, mapId });
      }
      return addMap(starter ? starterMap(mapId, name, language, newId) : emptyMap(mapId, name));
    },
    getMap: requireMap,
    allMaps: () =>
      mapSummaries(db).map((summary) => ({ ...requireMap(summary.id), createdAt: summary.createdAt, updatedAt: summary.updatedAt })),
    renameMap(mapId, name) {
      const map = requireMap(mapId);
      db.prepare('UPDATE maps SET name = ?, updated_at = ? WHERE id = ?').run(name, now(), mapId);
      cache.set(mapId, { ...map, name });
      return requireSummary(mapId);
    },
    duplicateMap(mapId, name) {
      return addMap(copyMapWithNewIds(requireMap(mapId), name, newId));
    },
    deleteMap(mapId) {
      requireSummary(mapId);
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
      const before = requireMap(mapId);
      const after = applyAll(before, commands);
      const updatedAt = now();
      db.transaction(() => persistMapChanges(db, before, after, updatedAt)).immediate();
      cache.set(mapId, after);
      return { updatedAt };
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
