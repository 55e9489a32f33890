import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTargetKey, targetAppliesToCard, targetKey } from '../../../src/metrics/targets';
import type { UtmFields } from '../../../src/metrics/utm';
import { buildUtmUrl, parseUtm, UTM_FIELDS, utmMatches } from '../../../src/metrics/utm';
import type { MetricTarget } from '../../../src/model/metrics';

describe('parseUtm', () => {
  it.each([
    [
      'https://example.com/landing?utm_source=WeChat&UTM_Medium=social&utm_campaign=spring%20sale&x=1#top',
      { source: 'WeChat', medium: 'social', campaign: 'spring sale' },
    ],
    ['/pricing?utm_campaign=spring+sale&utm_term=a%2Bb', { campaign: 'spring sale', term: 'a+b' }],
    ['?utm_content=%E6%98%A5%E5%AD%A3', { content: '春季' }],
    ['https://x.cn/?utm_source=first&utm_source=second', { source: 'first' }],
    ['https://x.cn/?utm_source=&utm_medium=cpc', { medium: 'cpc' }],
    ['https://x.cn/#/page?utm_source=hash', {}], // in the fragment: not a query parameter
    ['https://x.cn/?utm_source=%E0%A4%A&utm_medium=ok', { medium: 'ok' }], // broken escape: that value is left out
    ['not a url', {}],
    ['', {}],
    ['%%%?&&=&utm_source', {}],
  ])('%s', (url, fields) => {
    expect(parseUtm(url)).toEqual(fields);
  });
});

describe('buildUtmUrl', () => {
  it('keeps other parameters and the fragment, replaces the utm fields given, in a fixed order', () => {
    expect(buildUtmUrl('https://x.com/p?a=1&utm_source=old#frag', { source: 'new', medium: 'cpc' })).toBe('https://x.com/p?a=1&utm_source=new&utm_medium=cpc#frag');
    expect(buildUtmUrl('https://x.com/p?utm_medium=email&a=1', { source: 'x' })).toBe('https://x.com/p?a=1&utm_source=x&utm_medium=email');
  });

  it("removes a field set to '' and drops an empty query", () => {
    expect(buildUtmUrl('https://x.com/p?a=1&utm_source=old#frag', { source: '' })).toBe('https://x.com/p?a=1#frag');
    expect(buildUtmUrl('https://x.com/p?UTM_SOURCE=old', { source: '' })).toBe('https://x.com/p');
  });

  it('encodes values', () => {
    expect(buildUtmUrl('https://x.com', { campaign: '春季 促销&1' })).toBe('https://x.com?utm_campaign=%E6%98%A5%E5%AD%A3%20%E4%BF%83%E9%94%80%261');
  });

  const bases = fc.constantFrom('https://shop.example.cn/item', 'https://x.com/p?a=1&b=two#frag', '/landing?utm_medium=email', '?ref=abc', 'https://x.com/#hash');
  const value = fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined });
  const fields = fc.record({ source: value, medium: value, campaign: value, term: value, content: value }, { requiredKeys: [] });
  it('round-trips through parseUtm (property)', () => {
    fc.assert(
      fc.property(bases, fields, (base, given) => {
        const expected: UtmFields = { ...parseUtm(base) };
        for (const field of UTM_FIELDS) {
          const v = given[field];
          if (v === undefined) continue;
          if (v === '') delete expected[field];
          else expected[field] = v;
        }
        const url = buildUtmUrl(base, given);
        expect(parseUtm(url)).toEqual(expected);
        expect(url.endsWith(base.includes('#') ? base.slice(base.indexOf('#')) : '')).toBe(true);
      }),
    );
  });
});

describe('utmMatches', () => {
  it.each([
    [{ source: ' WeChat ' }, { source: 'wechat', medium: 'social' }, true],
    [{ source: 'wechat', medium: 'cpc' }, { source: 'wechat', medium: 'social' }, false],
    [{ source: 'wechat', medium: 'social' }, { source: 'wechat' }, false],
    [{ campaign: 'Spring' }, { source: 'a', campaign: 'spring' }, true],
    [{}, {}, true],
    [{ source: '  ' }, {}, true], // a blank field names nothing
  ])('%o against %o: %s', (target, fields, matches) => {
    expect(utmMatches(target, fields)).toBe(matches);
  });
});

describe('targetKey and parseTargetKey', () => {
  it.each([
    [{ kind: 'map' }, 'map'],
    [{ kind: 'stage', id: 'st_1' }, 'stage:st_1'],
    [{ kind: 'card', id: 'c:2' }, 'card:c:2'],
    [{ kind: 'channel', id: 'ch' }, 'channel:ch'],
    [{ kind: 'utm', source: 'wechat', campaign: 'spring' }, 'utm:wechat\u001f\u001fspring'],
    [{ kind: 'utm', medium: 'cpc' }, 'utm:\u001fcpc\u001f'],
  ] as [MetricTarget, string][])('%o is %s and back', (target, key) => {
    expect(targetKey(target)).toBe(key);
    expect(parseTargetKey(key)).toEqual(target);
  });

  it('is the same for the same target whatever the property order', () => {
    expect(targetKey({ kind: 'utm', campaign: 'c', source: 's' })).toBe(targetKey({ kind: 'utm', source: 's', campaign: 'c' }));
  });

  it.each(['', 'stage:', 'shape:1', 'utm:a', 'nothing'])('%s names no target', (key) => {
    expect(parseTargetKey(key)).toBeUndefined();
  });
});

describe('targetAppliesToCard', () => {
  const card = { id: 'card1', channelId: 'wechat', url: 'https://x.cn/?utm_source=WeChat&utm_medium=social&utm_campaign=spring' };
  it.each([
    [{ kind: 'card', id: 'card1' }, true],
    [{ kind: 'card', id: 'card2' }, false],
    [{ kind: 'channel', id: 'wechat' }, true],
    [{ kind: 'channel', id: 'douyin' }, false],
    [{ kind: 'utm', source: 'wechat' }, true],
    [{ kind: 'utm', source: 'wechat', medium: 'social', campaign: 'Spring' }, true],
    [{ kind: 'utm', source: 'wechat', medium: 'cpc' }, false],
    [{ kind: 'utm' }, false], // names no field
    [{ kind: 'stage', id: 'card1' }, false],
    [{ kind: 'map' }, false],
  ] as [MetricTarget, boolean][])('%o: %s', (target, applies) => {
    expect(targetAppliesToCard(target, card)).toBe(applies);
  });

  it('needs a channel or URL on the card', () => {
    expect(targetAppliesToCard({ kind: 'channel', id: 'wechat' }, { id: 'c' })).toBe(false);
    expect(targetAppliesToCard({ kind: 'utm', source: 'wechat' }, { id: 'c' })).toBe(false);
  });
});
