import { describe, expect, it } from 'vitest';
import { applyCatalogCommand, applyCatalogCommands } from '../../../src/commands/catalogRegistry';
import type { CatalogCommand } from '../../../src/commands/catalogSchemas';
import type { Channel, Persona, ProjectCatalog, Segment } from '../../../src/model/catalog';
import { AGE_BANDS, CHANNEL_GROUPS, CHANNEL_ICONS, ProjectCatalogSchema, SEGMENT_FIELDS } from '../../../src/schema/catalog';
import { seededRandom } from './randomCommands';
import { deepFreeze } from './sampleMap';

const wechat: Channel = { id: 'ch1', builtin: 'wechat', name: '', icon: 'wechat', color: '#07c160', mode: 'online', group: 'owned' };
const store: Channel = { id: 'ch2', name: 'Flagship store', icon: 'store', color: '#884400', mode: 'offline', group: 'offline' };
const mei: Persona = { id: 'p1', name: 'Mei', role: 'Young professional', city: 'Shanghai' };
const vip: Segment = { id: 'g1', name: 'High spenders', criteria: [{ field: 'spendAmount', operator: 'greaterThan', value: '5000' }] };

function catalog(): ProjectCatalog {
  return deepFreeze({ channels: [wechat, store], personas: [mei], segments: [vip], extra: 'kept' });
}

/** Applies the command, checks its inverse restores the catalog exactly, and returns both. */
function applyChecked(before: ProjectCatalog, command: CatalogCommand) {
  const result = applyCatalogCommand(deepFreeze(before), command);
  deepFreeze(result.catalog);
  expect(applyCatalogCommand(result.catalog, result.inverse).catalog).toStrictEqual(before);
  return result;
}

describe('catalog commands', () => {
  it('adds at an index or the end; undo deletes; other lists keep their identity', () => {
    const base = catalog();
    const added = applyChecked(base, { name: 'channel.add', args: { channel: { ...store, id: 'ch3', name: 'Pop-up' }, index: 0 } });
    expect(added.catalog.channels.map((c) => c.id)).toEqual(['ch3', 'ch1', 'ch2']);
    expect(added.catalog.channels[1]).toBe(wechat);
    expect(added.catalog.personas).toBe(base.personas);
    expect(added.catalog.extra).toBe('kept');
    expect(added.inverse).toEqual({ name: 'channel.delete', args: { id: 'ch3' } });
    const persona = applyChecked(base, { name: 'persona.add', args: { persona: { id: 'p2', name: 'Wang Lei' } } });
    expect(persona.catalog.personas.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('edits fields, null removes optional ones, and the inverse patch restores them', () => {
    const base = catalog();
    const renamed = applyChecked(base, { name: 'channel.edit', args: { id: 'ch1', patch: { name: 'WeChat OA', builtin: null } } });
    expect(renamed.catalog.channels[0]).toEqual({ id: 'ch1', name: 'WeChat OA', icon: 'wechat', color: '#07c160', mode: 'online', group: 'owned' });
    expect(renamed.inverse).toEqual({ name: 'channel.edit', args: { id: 'ch1', patch: { name: '', builtin: 'wechat' } } });
    const persona = applyChecked(base, { name: 'persona.edit', args: { id: 'p1', patch: { city: null, quote: 'Just make it quick' } } });
    expect(persona.catalog.personas[0]).toEqual({ id: 'p1', name: 'Mei', role: 'Young professional', quote: 'Just make it quick' });
    const criteria = [{ field: 'churnRisk' as const, operator: 'is' as const, value: 'high' }];
    const segment = applyChecked(base, { name: 'segment.edit', args: { id: 'g1', patch: { criteria } } });
    expect(segment.catalog.segments[0]?.criteria).toEqual(criteria);
    expect(applyCatalogCommand(base, { name: 'persona.edit', args: { id: 'p1', patch: { name: 'Mei' } } }).catalog).toBe(base);
  });

  it('moves with clamping and deletes with an inverse that puts the item back in place', () => {
    const base = catalog();
    const moved = applyChecked(base, { name: 'channel.move', args: { id: 'ch1', toIndex: 9 } });
    expect(moved.catalog.channels.map((c) => c.id)).toEqual(['ch2', 'ch1']);
    expect(moved.inverse).toEqual({ name: 'channel.move', args: { id: 'ch1', toIndex: 0 } });
    const deleted = applyChecked(base, { name: 'segment.delete', args: { id: 'g1' } });
    expect(deleted.catalog.segments).toEqual([]);
    expect(deleted.inverse).toEqual({ name: 'segment.add', args: { segment: vip, index: 0 } });
  });

  it('refuses taken ids, missing items, bad fields and unknown commands with clear messages', () => {
    const base = catalog();
    expect(() => applyCatalogCommand(base, { name: 'channel.add', args: { channel: store } })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: 'channel.add: channel id "ch2" is already used' }),
    );
    expect(() => applyCatalogCommand(base, { name: 'persona.delete', args: { id: 'p9' } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'persona.delete: persona "p9" does not exist' }),
    );
    expect(() => applyCatalogCommand(base, { name: 'channel.edit', args: { id: 'ch1', patch: { color: 'green' } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: 'channel.edit: invalid args at patch.color: colour must be #rrggbb' }),
    );
    expect(() => applyCatalogCommand(base, { name: 'persona.edit', args: { id: 'p1', patch: { name: null } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'patch.name' }) }),
    );
    expect(() => applyCatalogCommand(base, { name: 'segment.edit', args: { id: 'g1', patch: { id: 'g2' } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS' }),
    );
    expect(() => applyCatalogCommand(base, { name: 'channel.explode', args: {} } as unknown as CatalogCommand)).toThrow(
      'unknown catalog command "channel.explode"',
    );
  });

  it('applies a batch all or nothing, naming the failing command', () => {
    const base = catalog();
    const commands: CatalogCommand[] = [
      { name: 'persona.add', args: { persona: { id: 'p2', name: 'Lei' } } },
      { name: 'persona.move', args: { id: 'p2', toIndex: 0 } },
    ];
    const { catalog: next, inverses } = applyCatalogCommands(base, commands);
    expect(next.personas.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(applyCatalogCommands(next, inverses).catalog).toStrictEqual(base);
    expect(() => applyCatalogCommands(base, [...commands, { name: 'channel.delete', args: { id: 'nope' } }])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'commands[2] channel.delete: channel "nope" does not exist', params: expect.objectContaining({ index: '2' }) }),
    );
  });
});

describe('undo law on random catalog command sequences', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => seed + 1))('seed %i', (seed) => {
    const rng = seededRandom(seed);
    let counter = 0;
    const kinds = ['channel', 'persona', 'segment'] as const;
    const newItem = {
      channel: (): Channel => ({ id: `c${++counter}`, name: `Channel ${counter}`, icon: rng.pick(CHANNEL_ICONS), color: '#123456', mode: 'online', group: rng.pick(CHANNEL_GROUPS) }),
      persona: (): Persona => ({ id: `p${++counter}`, name: `Persona ${counter}`, ...(rng.chance(0.5) ? { ageBand: rng.pick(AGE_BANDS) } : {}) }),
      segment: (): Segment => ({ id: `s${++counter}`, name: `Segment ${counter}`, criteria: [{ field: rng.pick(SEGMENT_FIELDS), operator: 'is', value: 'x' }] }),
    };
    const patches = {
      channel: () => (rng.chance(0.5) ? { name: `Renamed ${rng.int(3)}` } : { group: rng.pick(CHANNEL_GROUPS), builtin: rng.chance(0.5) ? null : 'email' }),
      persona: () => (rng.chance(0.5) ? { city: rng.chance(0.4) ? null : 'Beijing' } : { ageBand: rng.chance(0.4) ? null : rng.pick(AGE_BANDS), quote: 'hm' }),
      segment: () => (rng.chance(0.5) ? { description: rng.chance(0.4) ? null : 'why' } : { criteria: [] }),
    };
    const listOf = (c: ProjectCatalog, kind: (typeof kinds)[number]): readonly { id: string }[] =>
      ({ channel: c.channels, persona: c.personas, segment: c.segments })[kind];
    const nextCommand = (c: ProjectCatalog): CatalogCommand => {
      const kind = rng.pick(kinds);
      const list = listOf(c, kind);
      const verb = list.length ? rng.pick(['add', 'edit', 'move', 'delete'] as const) : 'add';
      const id = list.length ? rng.pick(list).id : '';
      const index = rng.chance(0.5) ? { index: rng.int(list.length + 2) } : {};
      // Built as plain data and checked by the registry's zod schemas like any command from the API.
      const args = { add: { [kind]: newItem[kind](), ...index }, edit: { id, patch: patches[kind]() }, move: { id, toIndex: rng.int(list.length + 1) }, delete: { id } }[verb];
      return { name: `${kind}.${verb}`, args } as unknown as CatalogCommand;
    };
    const original = deepFreeze({ channels: [wechat], personas: [], segments: [] } satisfies ProjectCatalog);
    let current: ProjectCatalog = original;
    const inverses: CatalogCommand[] = [];
    for (let step = 0; step < 120; step++) {
      const command = nextCommand(current);
      const result = applyCatalogCommand(current, command);
      deepFreeze(result.catalog);
      expect(ProjectCatalogSchema.safeParse(result.catalog).success).toBe(true);
      expect(applyCatalogCommand(result.catalog, result.inverse).catalog, `undo of step ${step} ${command.name}`).toStrictEqual(current);
      for (const key of ['channels', 'personas', 'segments'] as const) {
        const previous: readonly { id: string }[] = current[key];
        for (const item of result.catalog[key]) {
          const old = previous.find((o) => o.id === item.id);
          if (old && JSON.stringify(old) === JSON.stringify(item)) expect(item).toBe(old);
        }
      }
      inverses.push(result.inverse);
      current = result.catalog;
    }
    for (const inverse of inverses.reverse()) current = applyCatalogCommand(current, inverse).catalog;
    expect(current).toStrictEqual(original);
  });
});
