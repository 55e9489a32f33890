import { describe, expect, it } from 'vitest';
import { checkMigrationOrder, DOCUMENT_MIGRATIONS, migrateDocument, type DocumentMigration } from '../../../src/schema/documentMigrations';
import { PROJECT_DOCUMENT_VERSION } from '../../../src/schema/projectDocument';

/** Fake history: v1 called maps "boards", v2 renamed them to "maps", v3 added "tags". */
const renameBoards: DocumentMigration = {
  from: 1,
  to: 2,
  migrate: ({ boards, ...rest }) => ({ ...rest, maps: boards }),
};
const addTags: DocumentMigration = { from: 2, to: 3, migrate: (doc) => ({ ...doc, tags: [] }) };

describe('document migrations', () => {
  it('the real list is a valid chain ending at the current version', () => {
    expect(() => checkMigrationOrder(DOCUMENT_MIGRATIONS, PROJECT_DOCUMENT_VERSION)).not.toThrow();
  });

  it('runs every step from the document version on, in order, and sets the version', () => {
    const original = Object.freeze({ version: 1, boards: ['b'] });
    expect(migrateDocument(original, [renameBoards, addTags], 3)).toEqual({ version: 3, maps: ['b'], tags: [] });
    expect(migrateDocument({ version: 2, maps: ['m'] }, [renameBoards, addTags], 3)).toEqual({ version: 3, maps: ['m'], tags: [] });
    expect(original).toEqual({ version: 1, boards: ['b'] });
  });

  it('leaves a current document as it is', () => {
    const current = { version: 3, maps: [] };
    expect(migrateDocument(current, [renameBoards, addTags], 3)).toBe(current);
  });

  it('refuses lists that are out of order, skip a version, or stop short', () => {
    expect(() => checkMigrationOrder([addTags, renameBoards], 3)).toThrow('Document migration 1 starts at version 1 but the previous one ends at 3');
    expect(() => checkMigrationOrder([{ ...renameBoards, to: 3 }], 3)).toThrow('Document migration 0 goes from version 1 to 3; each step must add exactly 1');
    expect(() => checkMigrationOrder([renameBoards], 3)).toThrow('Document migrations end at version 2 but the current version is 3');
    expect(() => migrateDocument({ version: 1 }, [addTags, renameBoards], 3)).toThrow(/starts at version 1/);
  });

  it('refuses newer, older-than-supported and malformed versions', () => {
    expect(() => migrateDocument({ version: 4 }, [renameBoards, addTags], 3)).toThrow(
      expect.objectContaining({ code: 'FROM_NEWER_VERSION', params: { version: '4', supported: '3' } }),
    );
    expect(() => migrateDocument({ version: 1 }, [addTags], 3)).toThrow(
      expect.objectContaining({ code: 'BAD_DOCUMENT', message: 'Invalid project document at version: version 1 is older than the oldest version this app can upgrade (2)' }),
    );
    expect(() => migrateDocument({ version: '1' }, [], 1)).toThrow(expect.objectContaining({ code: 'BAD_DOCUMENT', params: { path: 'version' } }));
    expect(() => migrateDocument({ version: 1.5 }, [], 1)).toThrow('not 1.5');
  });

  it('refuses a migration that does not return an object', () => {
    const broken: DocumentMigration = { from: 1, to: 2, migrate: () => null as unknown as Record<string, unknown> };
    expect(() => migrateDocument({ version: 1 }, [broken], 2)).toThrow('Document migration from version 1 to 2 did not return an object');
  });
});
