import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/commands/registry';
import { applyChecked, sampleMap } from './sampleMap';

describe('card.edit of issue-3 fields', () => {
  it('sets and removes channel, url, personas, segments, linked map and image with exact inverses', () => {
    const map = sampleMap();
    const patch = { channelId: 'wechat', url: 'https://example.com', personaIds: ['p1'], segmentIds: ['g1', 'g2'], linkedMapId: 'm2', imageId: 'i1' };
    const { map: next, inverse } = applyChecked(map, { name: 'card.edit', args: { id: 'b', patch } });
    expect(next.cards.b).toEqual({ ...map.cards.b, ...patch });
    expect(inverse).toEqual({
      name: 'card.edit',
      args: { id: 'b', patch: { channelId: null, url: null, personaIds: null, segmentIds: null, linkedMapId: null, imageId: null } },
    });
    const same = applyCommand(next, { name: 'card.edit', args: { id: 'b', patch: { personaIds: ['p1'], segmentIds: ['g1', 'g2'] } } });
    expect(same.map).toBe(next);
  });

  it('spans a card over following stages, refusing a span past the last stage', () => {
    const map = sampleMap();
    const { map: next, inverse } = applyChecked(map, { name: 'card.edit', args: { id: 'd', patch: { span: 2 } } });
    expect(next.cards.d?.span).toBe(2);
    expect(inverse).toEqual({ name: 'card.edit', args: { id: 'd', patch: { span: null } } });
    expect(() => applyCommand(map, { name: 'card.edit', args: { id: 'd', patch: { span: 3 } } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGS',
        message: 'card.edit: span 3 runs past the last stage: card "d" has 2 stage(s) from its own to the last',
        params: expect.objectContaining({ field: 'patch.span' }),
      }),
    );
  });

  it('refuses a card linking to its own map', () => {
    expect(() => applyCommand(sampleMap(), { name: 'card.edit', args: { id: 'a', patch: { linkedMapId: 'm1' } } })).toThrow(
      'card.edit: card "a" cannot link to the map it is on',
    );
  });
});

describe('connection.edit kind', () => {
  it('sets a kind, and null goes back to a plain flow', () => {
    const map = sampleMap();
    const loop = applyChecked(map, { name: 'connection.edit', args: { id: 'k2', patch: { kind: 'loopBack', label: 'retry' } } });
    expect(loop.map.connections.k2).toEqual({ id: 'k2', source: 'd', target: 'e', kind: 'loopBack', label: 'retry' });
    expect(loop.inverse).toEqual({ name: 'connection.edit', args: { id: 'k2', patch: { kind: null, label: null } } });
    const flow = applyChecked(loop.map, { name: 'connection.edit', args: { id: 'k2', patch: { kind: null } } });
    expect('kind' in (flow.map.connections.k2 ?? {})).toBe(false);
    expect(flow.inverse).toEqual({ name: 'connection.edit', args: { id: 'k2', patch: { kind: 'loopBack' } } });
  });

  it('refuses an unknown kind', () => {
    expect(() => applyCommand(sampleMap(), { name: 'connection.edit', args: { id: 'k1', patch: { kind: 'sideways' as never } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', params: expect.objectContaining({ field: 'patch.kind' }) }),
    );
  });
});

describe('map.setMeta', () => {
  it('sets owner, status, description and personas, and null removes them', () => {
    const map = sampleMap();
    const patch = { owner: 'Li Na', status: 'inReview' as const, description: 'Checkout for returning buyers', personaIds: ['p1'] };
    const { map: next, inverse } = applyChecked(map, { name: 'map.setMeta', args: { patch } });
    expect(next).toMatchObject(patch);
    expect(next.stages).toBe(map.stages);
    expect(inverse).toEqual({ name: 'map.setMeta', args: { patch: { owner: null, status: null, description: null, personaIds: null } } });
    const cleared = applyChecked(next, { name: 'map.setMeta', args: { patch: { owner: null } } });
    expect('owner' in cleared.map).toBe(false);
    expect(cleared.inverse).toEqual({ name: 'map.setMeta', args: { patch: { owner: 'Li Na' } } });
    expect(applyCommand(next, { name: 'map.setMeta', args: { patch: { status: 'inReview' } } }).map).toBe(next);
  });

  it('refuses fields that are not portfolio fields', () => {
    expect(() => applyCommand(sampleMap(), { name: 'map.setMeta', args: { patch: { name: 'x' } as never } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGS', message: expect.stringMatching(/^map\.setMeta: invalid args at patch/) }),
    );
  });
});
