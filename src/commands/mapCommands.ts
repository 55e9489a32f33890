import type { CommandHandlers } from './handler';

/** Commands on the map as a whole. */
export const mapCommands: CommandHandlers<'map'> = {
  'map.rename': (map, { name }) => ({
    map: map.name === name ? map : { ...map, name },
    inverse: { name: 'map.rename', args: { name: map.name } },
  }),
};
