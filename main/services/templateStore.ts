import type { Database } from 'better-sqlite3';
import type { JourneyMap } from '../../src/model/journey';

/** A template saved in the project: a whole map (its own ids) under a name. */
export interface StoredTemplate {
  id: string;
  name: string;
  createdAt: string;
  map: JourneyMap;
}

interface TemplateRow {
  id: string;
  name: string;
  created_at: string;
  data: string;
}

// The map was validated by the commands that built it before it was saved.
const fromRow = (row: TemplateRow): StoredTemplate => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  map: JSON.parse(row.data) as JourneyMap,
});

/** The project's templates, oldest first. */
export function listTemplates(db: Database): StoredTemplate[] {
  return (db.prepare('SELECT id, name, created_at, data FROM templates ORDER BY created_at, id').all() as TemplateRow[]).map(fromRow);
}

/** One template; undefined when there is none with this id. */
export function findTemplate(db: Database, id: string): StoredTemplate | undefined {
  const row = db.prepare('SELECT id, name, created_at, data FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
  return row && fromRow(row);
}

/** Writes a template (new, or keeping its id on import). */
export function insertTemplate(db: Database, template: StoredTemplate): void {
  db.prepare('INSERT INTO templates (id, name, created_at, data) VALUES (?, ?, ?, ?)').run(
    template.id,
    template.name,
    template.createdAt,
    JSON.stringify(template.map),
  );
}

/** Removes a template; false when there was none with this id. */
export function deleteTemplate(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM templates WHERE id = ?').run(id).changes > 0;
}
