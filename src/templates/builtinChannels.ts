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
  channel('kuaishou', '#ff4906', 'online', 'paid', 'Kuaishou', '快手'),
  channel('zhihu', '#1772f6', 'online', 'earned', 'Zhihu', '知乎'),
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

/**
 * Names marketers and ad platforms write for each built-in channel, so a
 * report's channel column matches the catalog with no hand match. Where the
 * catalog has no channel of its own, a name goes to the closest one: Google
 * Ads to search (mostly search ads), 腾讯广告 / 广点通 to WeChat (its biggest
 * placement), 巨量引擎 / 今日头条 to Douyin (ByteDance's one ad platform serves
 * both), Meta to Facebook. A name matched by hand is remembered by the project.
 * Compared after NFKC, lower case, spaces removed.
 */
export const BUILTIN_CHANNEL_ALIASES: Readonly<Partial<Record<BuiltinChannel['key'], readonly string[]>>> = {
  direct: ['直接访问', '直接流量', '直接输入', '直达', 'Direct', '(direct)', 'Direct traffic'],
  search: [
    '百度', '百度搜索', '百度推广', '百度竞价', '百度SEM', '百度SEO', 'Baidu', 'Baidu Search',
    '搜狗', '搜狗搜索', '360搜索', '神马搜索', '必应', 'Bing', 'Bing Ads', 'Microsoft Ads',
    '谷歌', '谷歌广告', 'Google', 'Google Ads', 'Google Search', 'AdWords', 'Google AdWords',
    '搜索', '搜索引擎', '搜索广告', 'SEM', 'SEO', 'Search', 'Paid search', 'Organic search',
  ],
  wechat: ['微信', '微信朋友圈', '朋友圈', '朋友圈广告', '微信广告', '微信公众号', '公众号', '视频号', '微信视频号', '腾讯广告', '广点通', 'WeChat', 'WeChat Ads', 'Weixin', 'Tencent Ads'],
  weibo: ['微博', '新浪微博', '微博广告', '粉丝通', 'Weibo', 'Sina Weibo'],
  douyin: ['抖音', '抖音广告', 'DOU+', '巨量引擎', '巨量广告', '今日头条', '头条', 'Toutiao', 'Ocean Engine', 'Oceanengine', 'Douyin'],
  xiaohongshu: ['小红书', '小红书广告', '聚光', 'RED', 'XHS', 'Xiaohongshu', 'Little Red Book'],
  bilibili: ['B站', '哔哩哔哩', 'bilibili', 'bili'],
  kuaishou: ['快手', '快手广告', '磁力引擎', '磁力金牛', 'Kuaishou', 'Kwai'],
  zhihu: ['知乎', '知乎广告', '知乎知+', 'Zhihu'],
  facebook: ['Facebook', 'Facebook Ads', 'FB', 'Meta', 'Meta Ads', '脸书'],
  instagram: ['Instagram', 'Instagram Ads', 'IG', 'Ins'],
  linkedin: ['领英', 'LinkedIn', 'LinkedIn Ads'],
  x: ['X', 'Twitter', '推特', 'X Ads', 'Twitter Ads'],
  youtube: ['YouTube', '油管', 'YouTube Ads'],
  referral: ['推荐链接', '推荐', '外链', '引荐', 'Referral', 'Referrals'],
  appStore: ['应用商店', '应用市场', 'App Store', 'App Store (iOS)', 'Google Play', '华为应用市场', '应用宝', '小米应用商店', 'OPPO软件商店', 'vivo应用商店'],
  email: ['电子邮件', '邮件', '邮件营销', 'EDM', 'Email', 'E-mail'],
  sms: ['短信', '短信营销', 'SMS'],
  phone: ['电话', '外呼', '电销', '电话销售', 'Phone', 'Telesales', 'SDR'],
  website: ['官网', '网站', '品牌官网', 'Website', 'Web'],
  mobileApp: ['移动应用', 'APP', 'Mobile app'],
  miniProgram: ['小程序', '微信小程序', 'Mini program', 'Mini-program'],
  store: ['线下门店', '门店', 'Offline store', 'Store'],
  dealer: ['经销商', '4S店', 'Dealer'],
  event: ['活动/展会', '展会', '线下活动', 'Event', 'Trade show'],
  partner: ['合作伙伴', 'Partner', 'Partners'],
};

/** The translated name of a built-in channel, or undefined for a key this version does not know. */
export function builtinChannelName(key: string, language: Language): string | undefined {
  return BUILTIN_CHANNELS.find((builtin) => builtin.key === key)?.name[language];
}
