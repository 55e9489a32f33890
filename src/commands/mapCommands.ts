import { patchFields } from './fields';
import type { CommandHandlers } from './handler';

/** Commands on the map as a whole. */
export const mapCommands: CommandHandlers<'map'> = {
  'map.rename': (map, { name }) => ({
    map: map.name === name ? map : { ...map, name },
    inverse: { name: 'map.rename', args: { name: map.name } },
  }),

  'map.setMeta': (map, { patch }) => {
    const { next, undo } = patchFields(map, patch);
    return { map: next, inverse: { name: 'map.setMeta', args: { patch: undo } } };
  },
};
