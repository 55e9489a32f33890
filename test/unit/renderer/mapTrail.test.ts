import { describe, expect, it } from 'vitest';
import { backToCrumb, followLink, pruneTrail, stepBack, type MapLocation } from '../../../renderer/store/mapTrail';

const at = (mapId: string | null, trail: string[] = []): MapLocation => ({ mapId, trail });

describe('map trail', () => {
  it('puts the map a link was followed from on the trail, outermost first', () => {
    const child = followLink(at('journey'), 'checkout');
    expect(child).toEqual(at('checkout', ['journey']));
    expect(followLink(child, 'payment')).toEqual(at('payment', ['journey', 'checkout']));
  });

  it('goes back to a crumb and forgets the maps after it', () => {
    const deep = at('payment', ['journey', 'checkout']);
    expect(backToCrumb(deep, 0)).toEqual(at('journey'));
    expect(backToCrumb(deep, 1)).toEqual(at('checkout', ['journey']));
    expect(backToCrumb(deep, 5)).toBe(deep);
  });

  it('steps back to the parent map, and from a top-level map to the project', () => {
    expect(stepBack(at('payment', ['journey', 'checkout']))).toEqual(at('checkout', ['journey']));
    expect(stepBack(at('journey'))).toEqual(at(null));
  });

  it('does not grow a loop when a link leads back to a map on the trail', () => {
    expect(followLink(at('checkout', ['journey']), 'journey')).toEqual(at('journey'));
    const same = at('checkout', ['journey']);
    expect(followLink(same, 'checkout')).toBe(same);
  });

  it('starts a trail-less location when a link is followed from the project view', () => {
    expect(followLink(at(null), 'journey')).toEqual(at('journey'));
  });

  it('drops deleted maps from the trail but keeps the order of the rest', () => {
    const deep = at('payment', ['journey', 'checkout', 'cart']);
    expect(pruneTrail(deep, new Set(['journey', 'cart', 'payment']))).toEqual(at('payment', ['journey', 'cart']));
    expect(pruneTrail(deep, new Set(['journey', 'checkout', 'cart', 'payment']))).toBe(deep);
  });
});
