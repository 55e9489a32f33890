import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../src/api/result';
import {
  readProjectDocument,
  toProjectDocument,
  unknownDocumentFields,
  type DocumentImage,
  type ProjectDocument,
} from '../../src/schema/projectDocument';
import { DocumentError } from '../../src/schema/projectDocumentError';
import { writeFileAtomic } from './atomicFile';
import { insertCatalog } from './catalogStore';
import { checkImage, insertImages, type StoredImage } from './imageStore';
import { insertGapDocument } from './gaps/gapStore';
import { insertMetricsDocument } from './import/metricsDocument';
import { insertMap } from './mapRows';
import { createProjectFile } from './projectFile';
import { insertProject, type ProjectStore } from './projectStore';
import { insertTemplate } from './templateStore';

/** Writes the versioned JSON form of an open project to `target` (replacing it atomically); returns the path. */
export function exportProjectJson(store: ProjectStore, target: string, appVersion: string): string {
  const metrics = store.metrics.document();
  const hasMetrics = Object.values(metrics).some((rows) => Array.isArray(rows) && rows.length > 0);
  const gapSettings = store.gaps.settings();
  const snapshots = store.gaps.allSnapshots();
  const document = toProjectDocument(store.info(), store.allMaps(), appVersion, new Date().toISOString(), {
    catalog: store.catalog(),
    templates: store.allTemplates().map(({ id, name, createdAt, map }) => ({ id, name, createdAt, map })),
    // createdAt is not part of the document's image schema; a loose field, it survives a round trip.
    images: store.allImages().map(({ id, mime, bytes, createdAt }) => ({ id, mime, dataBase64: bytes.toString('base64'), createdAt })),
    // Imported metrics travel only when there are some, so a project without them exports as before.
    ...(hasMetrics ? { metrics } : {}),
    // Gap settings and snapshots likewise travel only when the project has them.
    ...(Object.keys(gapSettings).length > 0 ? { gapSettings } : {}),
    ...(snapshots.length > 0 ? { snapshots } : {}),
    // Fields an imported document had that this version does not know go back where they were.
    unknownFields: store.unknownFields(),
  });
  writeFileAtomic(target, `${JSON.stringify(document, null, 2)}\n`);
  return target;
}

/** The images of a document as rows, each checked like an upload; a bad one is named by its place in the file. */
function documentImages(images: readonly DocumentImage[], base: string, importedAt: string): StoredImage[] {
  return images.map(({ id, mime, dataBase64, createdAt }, index) => {
    const checked = checkImage(mime, dataBase64);
    if ('problem' in checked) {
      const field = `images[${index}].dataBase64`;
      throw new AppError('BAD_DOCUMENT', `"${base}": ${field}: ${checked.problem}`, { file: base, field });
    }
    return { id, mime, bytes: checked.bytes, createdAt: typeof createdAt === 'string' ? createdAt : importedAt };
  });
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
  const images = documentImages(document.images ?? [], path.basename(source), new Date().toISOString());
  createProjectFile(target, (db) => {
    const { id, name, createdAt } = document.project;
    insertProject(db, { id, name, createdAt }, unknownDocumentFields(document));
    document.maps.forEach(({ createdAt, updatedAt, ...map }, position) => insertMap(db, map, { position, createdAt, updatedAt }));
    // An export from before catalogs keeps the built-in channels the new file was seeded with.
    if (document.catalog) {
      for (const table of ['channels', 'personas', 'segments']) db.prepare(`DELETE FROM ${table}`).run();
      insertCatalog(db, document.catalog);
    }
    for (const template of document.templates ?? []) insertTemplate(db, template);
    insertImages(db, images);
    if (document.metrics) insertMetricsDocument(db, document.metrics);
    insertGapDocument(db, document);
  });
}
