import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../src/commands/errors';
import { applyCommand, applyCommands } from '../../../src/commands/registry';
import type { Command } from '../../../src/commands/schemas';
import { cellCards } from '../../../src/model/journey';
import { deepFreeze, sampleMap } from './sampleMap';

describe('applyCommand validation', () => {
  it('refuses an unknown command by name', () => {
    const bogus = { name: 'card.explode', args: {} } as unknown as Command;
    expect(() => applyCommand(sampleMap(), bogus)).toThrow(
      expect.objectContaining({ name: 'CommandError', code: 'INVALID_ARGS', message: 'unknown command "card.explode"' }),
    );
    const inherited = { name: 'toString', args: {} } as unknown as Command;
    expect(() => applyCommand(sampleMap(), inherited)).toThrow('unknown command "toString"');
  });

  it('names the command and the nested field path of bad args', () => {
    const badCard = { id: 'x', stageId: 's1', laneId: 'l1', order: -1, title: 'x' };
    const run = () => applyCommand(sampleMap(), { name: 'card.add', args: { cards: [badCard] } });
    expect(run).toThrow(CommandError);
    expect(run).toThrow(expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ command: 'card.add', field: 'cards[0].order' }) }));
    expect(run).toThrow(/^card\.add: invalid args at cards\[0\]\.order: /);
    expect(() => applyCommand(sampleMap(), { name: 'stage.rename', args: { id: 'bad id', name: 'x' } })).toThrow(
      'stage.rename: invalid args at id: ids use only letters, digits, "_" and "-"',
    );
  });

  it('does not reach inherited properties through ids', () => {
    expect(() => applyCommand(sampleMap(), { name: 'card.delete', args: { ids: ['constructor'] } })).toThrow('card "constructor" does not exist');
    const card = { id: 'constructor', stageId: 's1', laneId: 'l1', order: 0, title: 'ok' };
    const { map } = applyCommand(sampleMap(), { name: 'card.add', args: { cards: [card] } });
    expect(map.cards.constructor).toEqual(card);
  });
});

describe('applyCommands', () => {
  it('applies in order and returns inverses ready to apply as given', () => {
    const map = sampleMap();
    const commands: Command[] = [
      { name: 'stage.add', args: { stage: { id: 's4', name: 'Use' } } },
      { name: 'card.add', args: { cards: [{ id: 'x', stageId: 's4', laneId: 'l2', order: 0, title: 'X' }] } },
      { name: 'card.move', args: { moves: [{ id: 'a', stageId: 's4', laneId: 'l2', order: 0 }] } },
    ];
    const { map: next, inverses } = applyCommands(map, commands);
    expect(cellCards(next, 's4', 'l2').map((c) => c.id)).toEqual(['a', 'x']);
    expect(inverses.map((c) => c.name)).toEqual(['card.move', 'card.delete', 'stage.delete']);
    expect(applyCommands(deepFreeze(next), inverses).map).toEqual(map);
  });

  it('throws without a partial result, naming the failing command by index', () => {
    const map = sampleMap();
    const commands: Command[] = [
      { name: 'map.rename', args: { name: 'Changed' } },
      { name: 'card.delete', args: { ids: ['missing'] } },
    ];
    expect(() => applyCommands(map, commands)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'commands[1] card.delete: card "missing" does not exist', params: expect.objectContaining({ index: '1' }) }),
    );
    expect(map.name).toBe('Checkout');
  });
});
