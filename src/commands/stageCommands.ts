import { addToAxis, deleteFromAxis, moveInAxis, patchAxisItem, stageAxis } from './axis';
import { setOptional } from './fields';
import type { CommandHandlers } from './handler';

/** Commands on the map's stages (its columns). */
export const stageCommands: CommandHandlers<'stage'> = {
  'stage.add': (map, { stage, index, cards = [], connections = [] }) => ({
    map: addToAxis(stageAxis, map, stage, index, cards, connections),
    inverse: { name: 'stage.delete', args: { id: stage.id } },
  }),
  'stage.rename': (map, { id, name }) => {
    const { map: next, before } = patchAxisItem(stageAxis, map, id, (stage) => (stage.name === name ? stage : { ...stage, name }));
    return { map: next, inverse: { name: 'stage.rename', args: { id, name: before.name } } };
  },
  'stage.recolor': (map, { id, color }) => {
    const { map: next, before } = patchAxisItem(stageAxis, map, id, (stage) => setOptional(stage, 'color', color));
    return { map: next, inverse: { name: 'stage.recolor', args: { id, color: before.color ?? null } } };
  },
  'stage.move': (map, { id, toIndex }) => {
    const { map: next, from } = moveInAxis(stageAxis, map, id, toIndex);
    return { map: next, inverse: { name: 'stage.move', args: { id, toIndex: from } } };
  },
  'stage.delete': (map, { id }) => {
    const { map: next, item, index, cards, connections } = deleteFromAxis(stageAxis, map, id);
    return { map: next, inverse: { name: 'stage.add', args: { stage: item, index, cards, connections } } };
  },
};
