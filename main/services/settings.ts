import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LanguageSchema, type Settings } from '../../src/api/contract';
import type { RecentProject } from '../../src/model/project';
import { writeFileAtomic } from './atomicFile';

export const MAX_RECENT_PROJECTS = 15;

const SettingsFileSchema = z.object({
  language: LanguageSchema.nullable().catch(null),
  authorName: z.string().max(200).catch(''),
  recent: z
    .array(z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() }))
    .max(1000)
    .catch([]),
});
type SettingsFile = z.infer<typeof SettingsFileSchema>;

const defaults = (): SettingsFile => ({ language: null, authorName: '', recent: [] });

/** The app's preferences and recent projects, kept in `<dataDir>/settings.json`. */
export interface SettingsStore {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
  /** Most recent first; `exists` is checked now, since files move between sessions. */
  recent(): RecentProject[];
  addRecent(projectPath: string, name: string, openedAt?: string): RecentProject[];
  forgetRecent(projectPath: string): RecentProject[];
}

/**
 * A settings file that cannot be read is moved aside (never deleted: it may
 * hold the user's recent list) and the app starts with defaults.
 */
function readSettingsFile(file: string): SettingsFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults();
    throw error;
  }
  try {
    const parsed = SettingsFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    throw new Error(parsed.error.issues[0]?.message ?? 'unexpected shape');
  } catch (error) {
    const aside = `${file}.bad-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      fs.renameSync(file, aside);
      console.warn(`Settings file ${file} could not be read (${(error as Error).message}); moved it to ${path.basename(aside)} and using defaults.`);
    } catch (renameError) {
      console.warn(`Settings file ${file} could not be read (${(error as Error).message}) nor moved aside (${(renameError as Error).message}); using defaults.`);
    }
    return defaults();
  }
}

/** Opens (lazily) the settings of one data folder. */
export function createSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, 'settings.json');
  let current: SettingsFile | undefined;
  const load = () => (current ??= readSettingsFile(file));
  const save = (next: SettingsFile) => {
    writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    current = next;
  };
  const recent = (): RecentProject[] => load().recent.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }));
  return {
    get: () => {
      const { language, authorName } = load();
      return { language, authorName };
    },
    set: (patch) => {
      const next = { ...load() };
      if (patch.language !== undefined) next.language = patch.language;
      if (patch.authorName !== undefined) next.authorName = patch.authorName;
      save(next);
      return { language: next.language, authorName: next.authorName };
    },
    recent,
    addRecent: (projectPath, name, openedAt = new Date().toISOString()) => {
      const others = load().recent.filter((entry) => entry.path !== projectPath);
      save({ ...load(), recent: [{ path: projectPath, name, openedAt }, ...others].slice(0, MAX_RECENT_PROJECTS) });
      return recent();
    },
    forgetRecent: (projectPath) => {
      save({ ...load(), recent: load().recent.filter((entry) => entry.path !== projectPath) });
      return recent();
    },
  };
}
