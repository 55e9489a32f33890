import type { ProjectCatalog } from '../model/catalog';
import type { Id } from '../model/journey';
import { BUILTIN_CHANNELS } from './builtinChannels';

/**
 * The catalog a new project starts with: every built-in channel (its name left
 * empty so the UI shows it in the user's language until renamed), and no
 * personas or segments.
 */
export function builtinCatalog(makeId: () => Id): ProjectCatalog {
  return {
    channels: BUILTIN_CHANNELS.map(({ key, color, mode, group }) => ({ id: makeId(), builtin: key, name: '', icon: key, color, mode, group })),
    personas: [],
    segments: [],
  };
}
