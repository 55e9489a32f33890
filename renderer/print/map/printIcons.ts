import AimOutlined from '@ant-design/icons-svg/es/asn/AimOutlined';
import AppstoreOutlined from '@ant-design/icons-svg/es/asn/AppstoreOutlined';
import BilibiliOutlined from '@ant-design/icons-svg/es/asn/BilibiliOutlined';
import VideoCameraOutlined from '@ant-design/icons-svg/es/asn/VideoCameraOutlined';
import ZhihuOutlined from '@ant-design/icons-svg/es/asn/ZhihuOutlined';
import BookOutlined from '@ant-design/icons-svg/es/asn/BookOutlined';
import BulbOutlined from '@ant-design/icons-svg/es/asn/BulbOutlined';
import CalendarOutlined from '@ant-design/icons-svg/es/asn/CalendarOutlined';
import CarOutlined from '@ant-design/icons-svg/es/asn/CarOutlined';
import ClusterOutlined from '@ant-design/icons-svg/es/asn/ClusterOutlined';
import CheckCircleFilled from '@ant-design/icons-svg/es/asn/CheckCircleFilled';
import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import MinusCircleFilled from '@ant-design/icons-svg/es/asn/MinusCircleFilled';
import QuestionCircleOutlined from '@ant-design/icons-svg/es/asn/QuestionCircleOutlined';
import CommentOutlined from '@ant-design/icons-svg/es/asn/CommentOutlined';
import FacebookOutlined from '@ant-design/icons-svg/es/asn/FacebookOutlined';
import FileTextOutlined from '@ant-design/icons-svg/es/asn/FileTextOutlined';
import FireOutlined from '@ant-design/icons-svg/es/asn/FireOutlined';
import FundOutlined from '@ant-design/icons-svg/es/asn/FundOutlined';
import GlobalOutlined from '@ant-design/icons-svg/es/asn/GlobalOutlined';
import InstagramOutlined from '@ant-design/icons-svg/es/asn/InstagramOutlined';
import LinkedinOutlined from '@ant-design/icons-svg/es/asn/LinkedinOutlined';
import LinkOutlined from '@ant-design/icons-svg/es/asn/LinkOutlined';
import MailOutlined from '@ant-design/icons-svg/es/asn/MailOutlined';
import MessageOutlined from '@ant-design/icons-svg/es/asn/MessageOutlined';
import MobileOutlined from '@ant-design/icons-svg/es/asn/MobileOutlined';
import NotificationOutlined from '@ant-design/icons-svg/es/asn/NotificationOutlined';
import PhoneOutlined from '@ant-design/icons-svg/es/asn/PhoneOutlined';
import PictureOutlined from '@ant-design/icons-svg/es/asn/PictureOutlined';
import SearchOutlined from '@ant-design/icons-svg/es/asn/SearchOutlined';
import ShopOutlined from '@ant-design/icons-svg/es/asn/ShopOutlined';
import SmileOutlined from '@ant-design/icons-svg/es/asn/SmileOutlined';
import StarOutlined from '@ant-design/icons-svg/es/asn/StarOutlined';
import TagOutlined from '@ant-design/icons-svg/es/asn/TagOutlined';
import TeamOutlined from '@ant-design/icons-svg/es/asn/TeamOutlined';
import ThunderboltOutlined from '@ant-design/icons-svg/es/asn/ThunderboltOutlined';
import TikTokOutlined from '@ant-design/icons-svg/es/asn/TikTokOutlined';
import ToolOutlined from '@ant-design/icons-svg/es/asn/ToolOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import WarningFilled from '@ant-design/icons-svg/es/asn/WarningFilled';
import WarningOutlined from '@ant-design/icons-svg/es/asn/WarningOutlined';
import WechatOutlined from '@ant-design/icons-svg/es/asn/WechatOutlined';
import WeiboOutlined from '@ant-design/icons-svg/es/asn/WeiboOutlined';
import XOutlined from '@ant-design/icons-svg/es/asn/XOutlined';
import YoutubeOutlined from '@ant-design/icons-svg/es/asn/YoutubeOutlined';
import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import type { Moment } from '../../../src/model/annotations';
import type { ExpectationStatus } from '../../../src/model/gaps';
import type { LaneType } from '../../../src/model/journey';
import type { CHANNEL_ICONS } from '../../../src/schema/catalog';

/**
 * The canvas's antd icons as plain path data for print. antd's icon components
 * are drawn from these same @ant-design/icons-svg definitions, so the paper
 * shows the glyphs the screen shows, as vectors (no icon font, no foreignObject).
 */

export interface PrintIcon {
  viewBox: string;
  paths: string[];
  /** Drawn as strokes rather than fills (the mini-program mark, which antd lacks). */
  stroke?: boolean;
}

function pathsOf(node: AbstractNode): string[] {
  const own = node.tag === 'path' && node.attrs.d ? [node.attrs.d] : [];
  return [...own, ...(node.children ?? []).flatMap(pathsOf)];
}

const fromDefinition = (definition: IconDefinition): PrintIcon => {
  const node = typeof definition.icon === 'function' ? definition.icon('#000', '#000') : definition.icon;
  return { viewBox: node.attrs.viewBox ?? '0 0 1024 1024', paths: pathsOf(node) };
};

/** Lane type icons, as in renderer/canvas/laneTypeVisuals.tsx. */
export const LANE_TYPE_ICONS: Record<LaneType, PrintIcon> = {
  actions: fromDefinition(UserOutlined),
  touchpoints: fromDefinition(AimOutlined),
  channels: fromDefinition(MobileOutlined),
  thoughts: fromDefinition(CommentOutlined),
  emotions: fromDefinition(SmileOutlined),
  painPoints: fromDefinition(WarningOutlined),
  opportunities: fromDefinition(BulbOutlined),
  frontstage: fromDefinition(ShopOutlined),
  backstage: fromDefinition(ClusterOutlined),
  support: fromDefinition(ToolOutlined),
  metrics: fromDefinition(FundOutlined),
  notes: fromDefinition(FileTextOutlined),
  images: fromDefinition(PictureOutlined),
};

/** WeChat mini programs have no antd icon: two linked rings, as in ChannelIcon.tsx. */
const MINI_PROGRAM: PrintIcon = { viewBox: '0 0 24 24', paths: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M7.5 14.5a2.5 2.5 0 1 0 5 0v-5a2.5 2.5 0 1 1 5 0'], stroke: true };

/** Channel icons, as in renderer/panels/catalog/ChannelIcon.tsx. */
export const CHANNEL_PRINT_ICONS: Record<(typeof CHANNEL_ICONS)[number], PrintIcon> = {
  direct: fromDefinition(AimOutlined),
  search: fromDefinition(SearchOutlined),
  wechat: fromDefinition(WechatOutlined),
  weibo: fromDefinition(WeiboOutlined),
  douyin: fromDefinition(TikTokOutlined),
  xiaohongshu: fromDefinition(BookOutlined),
  bilibili: fromDefinition(BilibiliOutlined),
  kuaishou: fromDefinition(VideoCameraOutlined),
  zhihu: fromDefinition(ZhihuOutlined),
  facebook: fromDefinition(FacebookOutlined),
  instagram: fromDefinition(InstagramOutlined),
  linkedin: fromDefinition(LinkedinOutlined),
  x: fromDefinition(XOutlined),
  youtube: fromDefinition(YoutubeOutlined),
  referral: fromDefinition(LinkOutlined),
  appStore: fromDefinition(AppstoreOutlined),
  email: fromDefinition(MailOutlined),
  sms: fromDefinition(MessageOutlined),
  phone: fromDefinition(PhoneOutlined),
  website: fromDefinition(GlobalOutlined),
  mobileApp: fromDefinition(MobileOutlined),
  miniProgram: MINI_PROGRAM,
  store: fromDefinition(ShopOutlined),
  dealer: fromDefinition(CarOutlined),
  event: fromDefinition(CalendarOutlined),
  partner: fromDefinition(TeamOutlined),
  ad: fromDefinition(NotificationOutlined),
  other: fromDefinition(TagOutlined),
};

export const MOMENT_ICONS: Record<Moment, PrintIcon> = {
  truth: fromDefinition(StarOutlined),
  aha: fromDefinition(ThunderboltOutlined),
  wow: fromDefinition(FireOutlined),
};

/** Severity badges and gap counts. */
export const WARNING_FILLED = fromDefinition(WarningFilled);
/** Comment counts. */
export const COMMENT_ICON = fromDefinition(MessageOutlined);
/** An opportunity's links to the pain points it addresses. */
export const LINK_ICON = fromDefinition(LinkOutlined);

/** A customer expectation's mark, as renderer/canvas/nodes/card/ExpectationMarker.tsx. */
export const EXPECTATION_ICONS: Record<ExpectationStatus, PrintIcon> = {
  unknown: fromDefinition(QuestionCircleOutlined),
  met: fromDefinition(CheckCircleFilled),
  partlyMet: fromDefinition(MinusCircleFilled),
  notMet: fromDefinition(CloseCircleFilled),
};
