import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../src/api/result';
import { readProjectDocument, toProjectDocument, type ProjectDocument } from '../../src/schema/projectDocument';
import { DocumentError } from '../../src/schema/projectDocumentError';
import { writeFileAtomic } from './atomicFile';
import { insertMap } from './mapRows';
import { createProjectFile } from './projectFile';
import type { ProjectStore } from './projectStore';

/** Writes the versioned JSON form of an open project to `target` (replacing it atomically); returns the path. */
export function exportProjectJson(store: ProjectStore, target: string, appVersion: string): string {
  const document = toProjectDocument(store.info(), store.allMaps(), appVersion, new Date().toISOString());
  writeFileAtomic(target, `${JSON.stringify(document, null, 2)}\n`);
  return target;
}

/** Reads and checks a JSON export; errors name the file. */
export function readProjectJson(source: string): ProjectDocument {
  const base = path.basename(source);
  let text: string;
  try {
    text = fs.readFileSync(source, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND', `"${base}" was not found.`, { file: base });
    throw error;
  }
  try {
    return readProjectDocument(text);
  } catch (error) {
    if (error instanceof DocumentError) throw new AppError(error.code, `"${base}": ${error.message}`, { ...error.params, file: base });
    throw error;
  }
}

/** Creates a new project file at `target` holding everything in the JSON export at `source`. */
export function importProjectJson(source: string, target: string): void {
  const document = readProjectJson(source);
  createProjectFile(target, (db) => {
    const { project } = document;
    db.prepare('INSERT INTO project (singleton, id, name, created_at) VALUES (1, ?, ?, ?)').run(project.id, project.name, project.createdAt);
    document.maps.forEach(({ createdAt, updatedAt, ...map }, position) => insertMap(db, map, { position, createdAt, updatedAt }));
  });
}
