import {
  AimOutlined,
  BulbOutlined,
  ClusterOutlined,
  FundOutlined,
  CommentOutlined,
  FileTextOutlined,
  MobileOutlined,
  PictureOutlined,
  ShopOutlined,
  SmileOutlined,
  ToolOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { LaneType } from '../../src/model/journey';

/** Icon and accent colour of each lane type; a card without its own colour wears its lane's accent. */
export const LANE_TYPE_VISUALS: Record<LaneType, { Icon: ComponentType; color: string }> = {
  actions: { Icon: UserOutlined, color: '#1677ff' },
  touchpoints: { Icon: AimOutlined, color: '#13a8a8' },
  channels: { Icon: MobileOutlined, color: '#2f54eb' },
  thoughts: { Icon: CommentOutlined, color: '#722ed1' },
  emotions: { Icon: SmileOutlined, color: '#eb2f96' },
  painPoints: { Icon: WarningOutlined, color: '#f5222d' },
  opportunities: { Icon: BulbOutlined, color: '#52c41a' },
  frontstage: { Icon: ShopOutlined, color: '#fa8c16' },
  backstage: { Icon: ClusterOutlined, color: '#8c8c8c' },
  support: { Icon: ToolOutlined, color: '#7cb305' },
  metrics: { Icon: FundOutlined, color: '#096dd9' },
  notes: { Icon: FileTextOutlined, color: '#d4b106' },
  images: { Icon: PictureOutlined, color: '#597ef7' },
};

/**
 * How cards of each lane type are drawn: plain cards (with a glyph for actions),
 * speech bubbles for thoughts, tinted cards for pain points and opportunities,
 * metric tiles, yellow stickies for notes, pictures with a caption, and the
 * squared grey-blue look of the internal view.
 */
export type CardLook = 'plain' | 'bubble' | 'pain' | 'opportunity' | 'metric' | 'sticky' | 'image' | 'internal';

export const CARD_LOOKS: Record<LaneType, CardLook> = {
  actions: 'plain',
  touchpoints: 'plain',
  channels: 'plain',
  thoughts: 'bubble',
  emotions: 'plain',
  painPoints: 'pain',
  opportunities: 'opportunity',
  metrics: 'metric',
  notes: 'sticky',
  images: 'image',
  frontstage: 'internal',
  backstage: 'internal',
  support: 'internal',
};

/** Colours offered for stages and cards (the first one of a stage menu is "no colour"). */
export const PALETTE = ['#1677ff', '#13a8a8', '#52c41a', '#fadb14', '#fa8c16', '#f5222d', '#eb2f96', '#722ed1', '#8c8c8c'] as const;
