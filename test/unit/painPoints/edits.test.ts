import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../../src/commands/registry';
import { CommandSchema } from '../../../src/commands/schemas';
import { addPainPointCommands, opportunityEditCommand, painEditCommand, painEditCommands } from '../../../src/painPoints/edits';
import { painMap } from './painMap';

const NOW = '2026-03-04T05:06:07.000Z';

describe('painEditCommand', () => {
  it('merges a field into the whole pain object and stamps created / updated', () => {
    const map = painMap();
    const command = painEditCommand(map.cards.p3!, { severity: 2 }, NOW)!;
    expect(command).toEqual({ name: 'card.edit', args: { id: 'p3', patch: { pain: { severity: 2, createdAt: NOW, updatedAt: NOW } } } });
    expect(CommandSchema.safeParse(command).success).toBe(true);
  });

  it('keeps the other fields and the first createdAt', () => {
    const card = { ...painMap().cards.p1!, pain: { ...painMap().cards.p1!.pain, createdAt: '2025-01-01T00:00:00.000Z' } };
    const command = painEditCommand(card, { owner: 'Cy' }, NOW)!;
    expect(command.name === 'card.edit' && command.args.patch.pain).toMatchObject({
      severity: 4,
      owner: 'Cy',
      tags: ['speed'],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: NOW,
    });
  });

  it('removes fields set to null, empty text or an empty list', () => {
    const command = painEditCommand(painMap().cards.p2!, { owner: '', tags: [], evidence: null }, NOW)!;
    const pain = command.name === 'card.edit' ? command.args.patch.pain : undefined;
    expect(pain).not.toHaveProperty('owner');
    expect(pain).not.toHaveProperty('tags');
    expect(pain).not.toHaveProperty('evidence');
    expect(pain).toHaveProperty('severity', 5);
  });

  it('returns null when nothing changes', () => {
    expect(painEditCommand(painMap().cards.p1!, { severity: 4, tags: ['speed'], impact: '' }, NOW)).toBeNull();
  });

  it('edits several cards at once, skipping those already equal (bulk edit)', () => {
    const map = painMap();
    const commands = painEditCommands([map.cards.p1!, map.cards.p2!, map.cards.p3!], { status: 'inProgress' }, NOW);
    expect(commands.map((c) => c.name === 'card.edit' && c.args.id)).toEqual(['p2', 'p3']);
  });
});

describe('opportunityEditCommand', () => {
  it('merges kind, addresses and status', () => {
    const command = opportunityEditCommand(painMap().cards.o1!, { status: 'planned', addresses: ['p1'] }, NOW)!;
    expect(command.name === 'card.edit' && command.args.patch.opportunity).toEqual({ addresses: ['p1'], status: 'planned', createdAt: NOW, updatedAt: NOW });
  });
});

describe('addPainPointCommands', () => {
  const draft = { cardId: 'new1', title: 'Long wait', stageId: 's1', severity: 3, lane: { id: 'lane9', name: 'Pain points' }, now: NOW };

  it('adds the card at the end of the cell of the existing pain-point lane', () => {
    const commands = addPainPointCommands(painMap(), draft);
    expect(commands).toHaveLength(1);
    const { map } = applyCommands(painMap(), commands);
    expect(map.cards.new1).toMatchObject({ laneId: 'lp', stageId: 's1', order: 2, title: 'Long wait', pain: { severity: 3, status: 'open', createdAt: NOW } });
  });

  it('adds a pain-point lane first when the map has none, undone together', () => {
    const base = painMap();
    const without = { ...base, lanes: base.lanes.filter((l) => l.type !== 'painPoints'), cards: { t1: base.cards.t1! } };
    const commands = addPainPointCommands(without, draft);
    expect(commands.map((c) => c.name)).toEqual(['lane.add', 'card.add']);
    const { map, inverses } = applyCommands(without, commands);
    expect(map.lanes.at(-1)).toEqual({ id: 'lane9', name: 'Pain points', type: 'painPoints' });
    expect(map.cards.new1!.laneId).toBe('lane9');
    expect(applyCommands(map, inverses).map).toEqual(without);
  });
});
