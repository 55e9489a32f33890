import { addConnections } from './cardSets';
import { notFound } from './errors';
import { updateConnections } from './connectionIndex';
import { own, patchFields } from './fields';
import type { CommandHandlers } from './handler';

/** Commands on connections between cards. */
export const connectionCommands: CommandHandlers<'connection'> = {
  'connection.add': (map, { connections }) => ({
    map: { ...map, connections: addConnections(map.cards, map.connections, connections) },
    inverse: { name: 'connection.delete', args: { ids: connections.map((connection) => connection.id) } },
    touched: { connections: connections.map((connection) => connection.id) },
  }),

  'connection.edit': (map, { id, patch }) => {
    const connection = own(map.connections, id) ?? notFound('connection', id);
    const { next, undo } = patchFields(connection, patch);
    return {
      map: next === connection ? map : { ...map, connections: updateConnections(map.connections, [[id, next]]) },
      inverse: { name: 'connection.edit', args: { id, patch: undo } },
      touched: { connections: [id] },
    };
  },

  'connection.delete': (map, { ids }) => {
    const removed = [...new Set(ids)].map((id) => own(map.connections, id) ?? notFound('connection', id));
    return {
      map: { ...map, connections: updateConnections(map.connections, removed.map((connection) => [connection.id, undefined] as const)) },
      inverse: { name: 'connection.add', args: { connections: removed } },
      touched: { connections: removed.map((connection) => connection.id) },
    };
  },
};
