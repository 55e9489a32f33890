import { AppError } from '../../../src/api/result';
import type { Handlers } from '../../../src/api/contract';
import type { ProjectStore } from '../projectStore';

type GapCall = Extract<keyof Handlers, `gaps.${string}` | `snapshot.${string}` | 'map.version'>;
export type GapHandlers = Pick<Handlers, GapCall>;

export interface GapHandlersContext {
  /** The open project with this id, or an AppError NOT_FOUND. */
  project(projectId: string): ProjectStore;
}

const notYet = (): never => {
  throw new AppError('UNSUPPORTED', 'Not built yet.');
};

/** Gap settings, snapshots and map versions for comparison. */
export function createGapHandlers(ctx: GapHandlersContext): GapHandlers {
  void ctx;
  return {
    'gaps.settings': () => ({}),
    'gaps.saveSettings': ({ settings }) => settings,
    'snapshot.list': () => [],
    'snapshot.create': notYet,
    'snapshot.get': notYet,
    'snapshot.rename': notYet,
    'snapshot.delete': notYet,
    'snapshot.restore': notYet,
    'snapshot.duplicate': notYet,
    'map.version': notYet,
  };
}
