import { describe, expect, it } from 'vitest';
import { ProjectCatalogSchema } from '../../../src/schema/catalog';
import { BUILTIN_CHANNELS, builtinCatalog, builtinChannelName } from '../../../src/templates';

describe('built-in channels', () => {
  it('cover the channels of the issue with unique keys, translated names and a valid catalog', () => {
    const keys = BUILTIN_CHANNELS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['direct', 'search', 'wechat', 'weibo', 'douyin', 'xiaohongshu', 'bilibili', 'referral', 'appStore', 'email', 'sms', 'phone', 'website', 'mobileApp', 'miniProgram', 'store', 'dealer', 'event', 'partner']));
    let n = 0;
    const catalog = builtinCatalog(() => `c${++n}`);
    expect(ProjectCatalogSchema.parse(catalog)).toEqual(catalog);
    expect(catalog.channels).toHaveLength(BUILTIN_CHANNELS.length);
    expect(catalog.channels[1]).toEqual({ id: 'c2', builtin: 'search', name: '', icon: 'search', color: '#4285f4', mode: 'online', group: 'paid' });
    expect(catalog.personas).toEqual([]);
    expect(catalog.segments).toEqual([]);
  });

  it('names built-in channels in English and Chinese', () => {
    expect(builtinChannelName('search', 'zh-CN')).toBe('搜索引擎（SEO/SEM）');
    expect(builtinChannelName('dealer', 'zh-CN')).toBe('经销商/4S店');
    expect(builtinChannelName('bilibili', 'zh-CN')).toBe('B站');
    expect(builtinChannelName('event', 'en')).toBe('Event / trade show');
    expect(builtinChannelName('carrier-pigeon', 'en')).toBeUndefined();
    for (const channel of BUILTIN_CHANNELS) expect(builtinChannelName(channel.key, 'en')).not.toBe('');
  });
});
