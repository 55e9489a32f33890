import { badDocument, DocumentError } from './projectDocumentError';

/**
 * One step that upgrades the JSON form of a project from version `from` to
 * `to` (= from + 1). `migrate` gets a plain object and must return a new one
 * without modifying its input; the runner sets `version` afterwards.
 */
export interface DocumentMigration {
  from: number;
  to: number;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/** Every migration of the project document, oldest first. Version 1 is the first, so none yet. */
export const DOCUMENT_MIGRATIONS: readonly DocumentMigration[] = [];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Throws (a bug in the app, not in the document) unless the migrations are one
 * gap-free chain of single steps ending at `currentVersion`.
 */
export function checkMigrationOrder(migrations: readonly DocumentMigration[], currentVersion: number): void {
  migrations.forEach((step, i) => {
    if (step.to !== step.from + 1) {
      throw new Error(`Document migration ${i} goes from version ${step.from} to ${step.to}; each step must add exactly 1`);
    }
    const before = migrations[i - 1];
    if (before && step.from !== before.to) {
      throw new Error(`Document migration ${i} starts at version ${step.from} but the previous one ends at ${before.to}`);
    }
  });
  const last = migrations[migrations.length - 1];
  if (last && last.to !== currentVersion) {
    throw new Error(`Document migrations end at version ${last.to} but the current version is ${currentVersion}`);
  }
}

/**
 * Brings a raw document of any supported version up to `currentVersion` by
 * running, in order, every migration from its version on. Refuses documents
 * from a newer app (FROM_NEWER_VERSION) and versions no migration starts from.
 */
export function migrateDocument(
  raw: Record<string, unknown>,
  migrations: readonly DocumentMigration[],
  currentVersion: number,
): Record<string, unknown> {
  checkMigrationOrder(migrations, currentVersion);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw badDocument('version', `"version" must be a whole number from 1 up, not ${version === undefined ? 'missing' : JSON.stringify(version)}`);
  }
  if (version > currentVersion) {
    throw new DocumentError(
      'FROM_NEWER_VERSION',
      `This project document is version ${version}, written by a newer Journey Studio; this app reads versions up to ${currentVersion}. Update Journey Studio to open it.`,
      { version: String(version), supported: String(currentVersion) },
    );
  }
  const oldest = migrations[0]?.from ?? currentVersion;
  if (version < oldest) {
    throw badDocument('version', `version ${version} is older than the oldest version this app can upgrade (${oldest})`);
  }
  let document = raw;
  for (const step of migrations) {
    if (step.from < version) continue;
    const migrated = step.migrate(document);
    if (!isPlainObject(migrated)) {
      throw new Error(`Document migration from version ${step.from} to ${step.to} did not return an object`);
    }
    document = { ...migrated, version: step.to };
  }
  return document;
}
