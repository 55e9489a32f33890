import type { Language } from '../api/contract';
import type { Channel } from '../model/catalog';

/** A channel every new project starts with; `key` is also its icon and its `builtin` marker. */
export interface BuiltinChannel {
  key: Channel['icon'];
  color: string;
  mode: Channel['mode'];
  group: Channel['group'];
  name: Record<Language, string>;
}

const channel = (key: Channel['icon'], color: string, mode: Channel['mode'], group: Channel['group'], en: string, zh: string): BuiltinChannel => ({
  key,
  color,
  mode,
  group,
  name: { en, 'zh-CN': zh },
});

/** The built-in channels in catalog order: online ones by group, then the offline ones. Colours are the brands' own where they have one. */
export const BUILTIN_CHANNELS: readonly BuiltinChannel[] = [
  channel('direct', '#595959', 'online', 'owned', 'Direct', '直接访问'),
  channel('search', '#4285f4', 'online', 'paid', 'Search engine (SEO/SEM)', '搜索引擎（SEO/SEM）'),
  channel('wechat', '#07c160', 'online', 'owned', 'WeChat', '微信'),
  channel('weibo', '#e6162d', 'online', 'earned', 'Weibo', '微博'),
  channel('douyin', '#161823', 'online', 'paid', 'Douyin', '抖音'),
  channel('xiaohongshu', '#ff2442', 'online', 'earned', 'Xiaohongshu', '小红书'),
  channel('bilibili', '#00a1d6', 'online', 'earned', 'Bilibili', 'B站'),
  channel('facebook', '#1877f2', 'online', 'paid', 'Facebook', 'Facebook'),
  channel('instagram', '#e1306c', 'online', 'paid', 'Instagram', 'Instagram'),
  channel('linkedin', '#0a66c2', 'online', 'paid', 'LinkedIn', '领英'),
  channel('x', '#000000', 'online', 'earned', 'X (Twitter)', 'X（推特）'),
  channel('youtube', '#ff0000', 'online', 'paid', 'YouTube', 'YouTube'),
  channel('referral', '#13a8a8', 'online', 'earned', 'Referral link', '推荐链接'),
  channel('appStore', '#0d96f6', 'online', 'owned', 'App store', '应用商店'),
  channel('email', '#d4380d', 'online', 'owned', 'Email', '电子邮件'),
  channel('sms', '#389e0d', 'online', 'owned', 'SMS', '短信'),
  channel('phone', '#531dab', 'offline', 'owned', 'Phone / SDR call', '电话/销售外呼'),
  channel('website', '#1d39c4', 'online', 'owned', 'Website', '官网'),
  channel('mobileApp', '#2f54eb', 'online', 'owned', 'Mobile app', '移动应用'),
  channel('miniProgram', '#06ae56', 'online', 'owned', 'Mini program', '小程序'),
  channel('store', '#ad6800', 'offline', 'offline', 'Offline store', '线下门店'),
  channel('dealer', '#874d00', 'offline', 'offline', 'Dealer / 4S store', '经销商/4S店'),
  channel('event', '#c41d7f', 'offline', 'offline', 'Event / trade show', '活动/展会'),
  channel('partner', '#08979c', 'offline', 'earned', 'Partner', '合作伙伴'),
];

/** The translated name of a built-in channel, or undefined for a key this version does not know. */
export function builtinChannelName(key: string, language: Language): string | undefined {
  return BUILTIN_CHANNELS.find((builtin) => builtin.key === key)?.name[language];
}
