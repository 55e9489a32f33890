import { describe, expect, it } from 'vitest';
import {
  cardEditCommand,
  changeLaneTypeCommands,
  editIdLists,
  isWebUrl,
  maxSpan,
  sharedValue,
} from '../../../../renderer/panels/inspector/inspectorCommands';
import { inspectorSubject } from '../../../../renderer/panels/inspector/inspectorSubject';
import { applyCommands } from '../../../../src/commands/registry';
import type { Card } from '../../../../src/model/journey';
import { sampleMap } from '../../commands/sampleMap';

const map = sampleMap();
const cardA = map.cards.a!;

describe('cardEditCommand', () => {
  it('sends only the fields that change', () => {
    expect(cardEditCommand(cardA, { title: 'A', body: 'first', color: '#aabbcc' })).toBeNull();
    expect(cardEditCommand(cardA, { title: 'Arrive', body: 'first' })).toEqual({ name: 'card.edit', args: { id: 'a', patch: { title: 'Arrive' } } });
  });

  it('turns emptied fields into removals, but keeps an empty title', () => {
    expect(cardEditCommand(cardA, { body: '', personaIds: [] })).toEqual({ name: 'card.edit', args: { id: 'a', patch: { body: null } } });
    expect(cardEditCommand(cardA, { title: '' })?.args).toEqual({ id: 'a', patch: { title: '' } });
  });

  it('compares tag lists by content', () => {
    const tagged: Card = { ...cardA, personaIds: ['p1', 'p2'] };
    expect(cardEditCommand(tagged, { personaIds: ['p1', 'p2'] })).toBeNull();
    expect(cardEditCommand(tagged, { personaIds: ['p2'] })?.args).toEqual({ id: 'a', patch: { personaIds: ['p2'] } });
  });
});

describe('several cards', () => {
  const cards: Card[] = [
    { ...cardA, personaIds: ['p1', 'p2'] },
    { ...map.cards.b!, personaIds: ['p1'] },
  ];

  it('shows a value only when every card shares it', () => {
    expect(sharedValue(cards, (c) => c.laneId)).toBe('l1');
    expect(sharedValue(cards, (c) => c.color ?? null)).toBeUndefined();
  });

  it('adds and removes tags on each card, keeping tags only some cards have', () => {
    // The select showed the common tag p1; the user removed it and added p3.
    const commands = editIdLists(cards, 'personaIds', ['p1'], ['p3']);
    const result = applyCommands({ ...map, cards: { ...map.cards, a: cards[0]!, b: cards[1]! } }, commands);
    expect(result.map.cards.a?.personaIds).toEqual(['p2', 'p3']);
    expect(result.map.cards.b?.personaIds).toEqual(['p3']);
  });
});

describe('field limits', () => {
  it('lets a card span from its own stage to the last one', () => {
    expect(maxSpan(map, cardA)).toBe(3);
    expect(maxSpan(map, map.cards.d!)).toBe(2);
  });

  it('accepts only http and https addresses (or nothing)', () => {
    expect(isWebUrl('https://example.com/landing?utm_source=wechat')).toBe(true);
    expect(isWebUrl('http://example.cn')).toBe(true);
    expect(isWebUrl('')).toBe(true);
    expect(isWebUrl('example.com')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('ftp://example.com')).toBe(false);
  });
});

describe('changeLaneTypeCommands', () => {
  it('changes the type keeping the lane, its place, its cards and their connections, in one undoable step', () => {
    const commands = changeLaneTypeCommands(map, 'l1', 'frontstage');
    const { map: next, inverses } = applyCommands(map, commands);
    expect(next.lanes.map((l) => [l.id, l.type])).toEqual([
      ['l1', 'frontstage'],
      ['l2', 'touchpoints'],
    ]);
    expect(Object.keys(next.cards).sort()).toEqual(Object.keys(map.cards).sort());
    expect(next.cards.a).toEqual(map.cards.a);
    expect(Object.keys(next.connections).sort()).toEqual(['k1', 'k2', 'k3']);
    const undone = applyCommands(next, inverses).map;
    expect(undone.lanes).toEqual(map.lanes);
    expect(undone.cards).toEqual(map.cards);
  });

  it('does nothing for the same type or for emotions lanes', () => {
    expect(changeLaneTypeCommands(map, 'l1', 'actions')).toEqual([]);
    expect(changeLaneTypeCommands(map, 'l1', 'emotions')).toEqual([]);
    expect(changeLaneTypeCommands(map, 'missing', 'notes')).toEqual([]);
  });
});

describe('inspectorSubject', () => {
  const empty = new Set<string>();

  it('prefers cards, then a single connection, then a header, else the map', () => {
    expect(inspectorSubject(map, { cardIds: new Set(['a']), edgeIds: new Set(['k1']), header: null })).toMatchObject({ kind: 'card', card: { id: 'a' } });
    expect(inspectorSubject(map, { cardIds: new Set(['a', 'b']), edgeIds: empty, header: null }).kind).toBe('cards');
    expect(inspectorSubject(map, { cardIds: empty, edgeIds: new Set(['k3']), header: null })).toMatchObject({ kind: 'connection', connection: { label: 'then' } });
    expect(inspectorSubject(map, { cardIds: empty, edgeIds: empty, header: { kind: 'lane', id: 'l2' } })).toMatchObject({ kind: 'lane', lane: { id: 'l2' } });
    expect(inspectorSubject(map, { cardIds: empty, edgeIds: empty, header: { kind: 'stage', id: 's3' } })).toMatchObject({ kind: 'stage' });
    expect(inspectorSubject(map, { cardIds: empty, edgeIds: empty, header: { kind: 'map' } }).kind).toBe('map');
  });

  it('falls back to the map when the selection no longer exists (e.g. after undo)', () => {
    expect(inspectorSubject(map, { cardIds: new Set(['gone']), edgeIds: empty, header: null }).kind).toBe('map');
    expect(inspectorSubject(map, { cardIds: empty, edgeIds: empty, header: { kind: 'phase', id: 'gone' } }).kind).toBe('map');
  });
});
