import { describe, expect, it } from 'vitest';
import { contract, isCallName } from '../../src/api/contract';
import { CommandSchema } from '../../src/commands/schemas';

describe('API contract', () => {
  it('knows its calls and nothing else', () => {
    expect(isCallName('map.apply')).toBe(true);
    expect(isCallName('constructor')).toBe(false);
    expect(isCallName('__proto__')).toBe(false);
  });

  it('rejects a map.apply with an unknown command name', () => {
    const parsed = contract['map.apply'].request.safeParse({
      projectId: 'p1',
      mapId: 'm1',
      commands: [{ name: 'card.explode', args: {} }],
    });
    expect(parsed.success).toBe(false);
  });

  it('accepts a well-formed command and rejects bad args', () => {
    expect(CommandSchema.safeParse({ name: 'stage.rename', args: { id: 's1', name: 'Aware' } }).success).toBe(true);
    expect(CommandSchema.safeParse({ name: 'stage.rename', args: { id: 's1', name: '' } }).success).toBe(false);
  });
});
