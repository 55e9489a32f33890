import type { Migration } from './migration';

/**
 * Unknown fields of a project JSON file's top level (issue 7): an import keeps
 * them in `project.document_extra` (a JSON object) and an export writes them
 * back at the top level, so a newer app's document-wide data survives a round
 * trip through this one. The unknown fields of `project` itself go into the
 * `project.data` column that 0001 made for them (nothing wrote it before this
 * step, so every older file holds '{}' there). The CHECK keeps a hand edit from
 * storing text an export could not place.
 */
export const migration: Migration = {
  version: 6,
  name: '0006-project-unknown-fields',
  up(db) {
    db.exec(`
      ALTER TABLE project ADD COLUMN document_extra TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(document_extra) AND json_type(document_extra) = 'object');
    `);
  },
};
