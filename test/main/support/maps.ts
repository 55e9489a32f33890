import type { Command } from '../../../src/commands/schemas';

/** Commands that build a small map with one of every entity, plus fields this app version does not know. */
export function sampleCommands(): Command[] {
  return [
    { name: 'stage.add', args: { stage: { id: 's1', name: 'Aware', color: '#ff0000', futureField: { nested: [1, 2] } } } },
    { name: 'stage.add', args: { stage: { id: 's2', name: 'Buy' } } },
    { name: 'lane.add', args: { lane: { id: 'l1', name: 'Actions', type: 'actions', height: 120 } } },
    { name: 'lane.add', args: { lane: { id: 'l2', name: 'Feelings', type: 'emotions', mood: 'x' } } },
    {
      name: 'card.add',
      args: {
        cards: [
          { id: 'c1', stageId: 's1', laneId: 'l1', order: 0, title: 'First', body: 'Body', color: '#00ff00', rating: 5 },
          { id: 'c2', stageId: 's1', laneId: 'l1', order: 1, title: 'Second' },
          { id: 'c3', stageId: 's2', laneId: 'l2', order: 0, title: 'Third' },
        ],
      },
    },
    { name: 'connection.add', args: { connections: [{ id: 'k1', source: 'c1', target: 'c3', label: 'next', weight: 2 }] } },
  ];
}
