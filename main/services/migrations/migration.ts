import type { Database } from 'better-sqlite3';

/** One schema step. `up` runs inside the runner's transaction and must not commit. */
export interface Migration {
  /** The schema version the file is at after this step; equals its NNNN file prefix. */
  version: number;
  /** The file's name without extension, e.g. "0001-initial". */
  name: string;
  up(db: Database): void;
}
