import os from 'node:os';
import path from 'node:path';

export type Env = Record<string, string | undefined>;

/** Where settings live: the OS convention for per-user application data. */
export const defaultDataDir = (env: Env = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string => {
  if (env.JOURNEY_STUDIO_DATA_DIR) return path.resolve(env.JOURNEY_STUDIO_DATA_DIR);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Journey Studio');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Journey Studio');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'journey-studio');
};

/** Where new projects go unless the user picks another folder. */
export const defaultProjectsDir = (env: Env = process.env, home = os.homedir()): string =>
  env.JOURNEY_STUDIO_PROJECTS_DIR ? path.resolve(env.JOURNEY_STUDIO_PROJECTS_DIR) : path.join(home, 'Journey Studio');

