import {
  AimOutlined,
  AppstoreOutlined,
  BilibiliOutlined,
  VideoCameraOutlined,
  ZhihuOutlined,
  BookOutlined,
  CalendarOutlined,
  CarOutlined,
  FacebookOutlined,
  GlobalOutlined,
  InstagramOutlined,
  LinkedinOutlined,
  LinkOutlined,
  MailOutlined,
  MessageOutlined,
  MobileOutlined,
  NotificationOutlined,
  PhoneOutlined,
  SearchOutlined,
  ShopOutlined,
  TagOutlined,
  TeamOutlined,
  TikTokOutlined,
  WechatOutlined,
  WeiboOutlined,
  XOutlined,
  YoutubeOutlined,
} from '@ant-design/icons';
import type { ComponentType, CSSProperties } from 'react';
import type { Language } from '../../../src/api/contract';
import type { Channel } from '../../../src/model/catalog';
import type { CHANNEL_ICONS } from '../../../src/schema/catalog';
import { builtinChannelName } from '../../../src/templates/builtinChannels';

export type ChannelIconKey = (typeof CHANNEL_ICONS)[number];

/** WeChat mini programs have no antd icon: their mark is two linked rings. */
function MiniProgramGlyph({ style }: { style?: CSSProperties }) {
  return (
    <span role="img" className="anticon" style={style}>
      <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" aria-hidden="true">
        <circle cx="12" cy="12" r="10" strokeWidth="1.6" />
        <path d="M7.5 14.5a2.5 2.5 0 1 0 5 0v-5a2.5 2.5 0 1 1 5 0" />
      </svg>
    </span>
  );
}

/** The glyph of each icon key; Douyin is TikTok's Chinese edition and shares its mark. */
export const CHANNEL_ICON_GLYPHS: Record<ChannelIconKey, ComponentType<{ style?: CSSProperties }>> = {
  direct: AimOutlined,
  search: SearchOutlined,
  wechat: WechatOutlined,
  weibo: WeiboOutlined,
  douyin: TikTokOutlined,
  xiaohongshu: BookOutlined,
  bilibili: BilibiliOutlined,
  kuaishou: VideoCameraOutlined,
  zhihu: ZhihuOutlined,
  facebook: FacebookOutlined,
  instagram: InstagramOutlined,
  linkedin: LinkedinOutlined,
  x: XOutlined,
  youtube: YoutubeOutlined,
  referral: LinkOutlined,
  appStore: AppstoreOutlined,
  email: MailOutlined,
  sms: MessageOutlined,
  phone: PhoneOutlined,
  website: GlobalOutlined,
  mobileApp: MobileOutlined,
  miniProgram: MiniProgramGlyph,
  store: ShopOutlined,
  dealer: CarOutlined,
  event: CalendarOutlined,
  partner: TeamOutlined,
  ad: NotificationOutlined,
  other: TagOutlined,
};

/** A channel's icon in its colour. */
export function ChannelIcon({ channel, size }: { channel: Pick<Channel, 'icon' | 'color'>; size?: number }) {
  const Glyph = CHANNEL_ICON_GLYPHS[channel.icon];
  return <Glyph style={{ color: channel.color, fontSize: size }} />;
}

/** What a channel is called in the UI: a built-in one keeps its translated name until the user renames it. */
export function channelDisplayName(channel: Pick<Channel, 'builtin' | 'name'>, language: Language): string {
  if (channel.name !== '' || !channel.builtin) return channel.name;
  return builtinChannelName(channel.builtin, language) ?? channel.builtin;
}
