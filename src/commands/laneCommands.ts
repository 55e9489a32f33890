import { addToAxis, deleteFromAxis, laneAxis, moveInAxis, patchAxisItem } from './axis';
import { setOptional } from './fields';
import type { CommandHandlers } from './handler';

/** Commands on the map's lanes (its rows). */
export const laneCommands: CommandHandlers<'lane'> = {
  'lane.add': (map, { lane, index, cards = [], connections = [], emotions = [] }) => ({
    ...addToAxis(laneAxis, map, lane, index, cards, connections, emotions),
    inverse: { name: 'lane.delete', args: { id: lane.id } },
  }),
  'lane.rename': (map, { id, name }) => {
    const { map: next, before } = patchAxisItem(laneAxis, map, id, (lane) => (lane.name === name ? lane : { ...lane, name }));
    return { map: next, inverse: { name: 'lane.rename', args: { id, name: before.name } } };
  },
  'lane.resize': (map, { id, height }) => {
    const { map: next, before } = patchAxisItem(laneAxis, map, id, (lane) => setOptional(lane, 'height', height));
    return { map: next, inverse: { name: 'lane.resize', args: { id, height: before.height ?? null } } };
  },
  'lane.move': (map, { id, toIndex }) => {
    const { map: next, from } = moveInAxis(laneAxis, map, id, toIndex);
    return { map: next, inverse: { name: 'lane.move', args: { id, toIndex: from } } };
  },
  'lane.delete': (map, { id }) => {
    const { map: next, item, index, cards, connections, emotions, touched } = deleteFromAxis(laneAxis, map, id);
    const restore = emotions.length > 0 ? { emotions } : {};
    return { map: next, inverse: { name: 'lane.add', args: { lane: item, index, cards, connections, ...restore } }, touched };
  },
};
