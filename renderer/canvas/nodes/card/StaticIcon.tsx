import ApartmentOutlined from '@ant-design/icons-svg/es/asn/ApartmentOutlined';
import AimOutlined from '@ant-design/icons-svg/es/asn/AimOutlined';
import BulbOutlined from '@ant-design/icons-svg/es/asn/BulbOutlined';
import CheckCircleFilled from '@ant-design/icons-svg/es/asn/CheckCircleFilled';
import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import ClusterOutlined from '@ant-design/icons-svg/es/asn/ClusterOutlined';
import CommentOutlined from '@ant-design/icons-svg/es/asn/CommentOutlined';
import FileTextOutlined from '@ant-design/icons-svg/es/asn/FileTextOutlined';
import FireOutlined from '@ant-design/icons-svg/es/asn/FireOutlined';
import FundOutlined from '@ant-design/icons-svg/es/asn/FundOutlined';
import LinkOutlined from '@ant-design/icons-svg/es/asn/LinkOutlined';
import MessageOutlined from '@ant-design/icons-svg/es/asn/MessageOutlined';
import MinusCircleFilled from '@ant-design/icons-svg/es/asn/MinusCircleFilled';
import MobileOutlined from '@ant-design/icons-svg/es/asn/MobileOutlined';
import PictureOutlined from '@ant-design/icons-svg/es/asn/PictureOutlined';
import QuestionCircleOutlined from '@ant-design/icons-svg/es/asn/QuestionCircleOutlined';
import RocketOutlined from '@ant-design/icons-svg/es/asn/RocketOutlined';
import ShopOutlined from '@ant-design/icons-svg/es/asn/ShopOutlined';
import SmileOutlined from '@ant-design/icons-svg/es/asn/SmileOutlined';
import StarOutlined from '@ant-design/icons-svg/es/asn/StarOutlined';
import StopOutlined from '@ant-design/icons-svg/es/asn/StopOutlined';
import SyncOutlined from '@ant-design/icons-svg/es/asn/SyncOutlined';
import ThunderboltOutlined from '@ant-design/icons-svg/es/asn/ThunderboltOutlined';
import ToolOutlined from '@ant-design/icons-svg/es/asn/ToolOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import WarningFilled from '@ant-design/icons-svg/es/asn/WarningFilled';
import WarningOutlined from '@ant-design/icons-svg/es/asn/WarningOutlined';
import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import type { CSSProperties } from 'react';
import type { Moment } from '../../../../src/model/annotations';
import type { ExpectationStatus } from '../../../../src/model/gaps';
import type { LaneType } from '../../../../src/model/journey';

/**
 * The glyphs cards draw, as plain SVG paths from the same @ant-design/icons-svg
 * definitions antd's icon components draw. A card is mounted by the thousand;
 * antd's icon component scans every <style> tag on each mount to insert its CSS,
 * these are a <svg> and its paths (card.css gives them antd's icon metrics).
 */

interface Glyph {
  viewBox: string;
  paths: readonly string[];
}

function pathsOf(node: AbstractNode): string[] {
  const own = node.tag === 'path' && node.attrs.d ? [node.attrs.d] : [];
  return [...own, ...(node.children ?? []).flatMap(pathsOf)];
}

const glyph = (definition: IconDefinition): Glyph => {
  const node = typeof definition.icon === 'function' ? definition.icon('currentColor', 'currentColor') : definition.icon;
  return { viewBox: node.attrs.viewBox ?? '0 0 1024 1024', paths: pathsOf(node) };
};

export const ICONS = {
  apartment: glyph(ApartmentOutlined),
  aim: glyph(AimOutlined),
  bulb: glyph(BulbOutlined),
  checkCircle: glyph(CheckCircleFilled),
  closeCircle: glyph(CloseCircleFilled),
  fire: glyph(FireOutlined),
  link: glyph(LinkOutlined),
  message: glyph(MessageOutlined),
  minusCircle: glyph(MinusCircleFilled),
  picture: glyph(PictureOutlined),
  questionCircle: glyph(QuestionCircleOutlined),
  rocket: glyph(RocketOutlined),
  star: glyph(StarOutlined),
  stop: glyph(StopOutlined),
  sync: glyph(SyncOutlined),
  thunderbolt: glyph(ThunderboltOutlined),
  warningFilled: glyph(WarningFilled),
} satisfies Record<string, Glyph>;

/** Lane type glyphs, as LANE_TYPE_VISUALS (renderer/canvas/laneTypeVisuals.tsx) draws them with antd's components. */
export const LANE_GLYPHS: Record<LaneType, Glyph> = {
  actions: glyph(UserOutlined),
  touchpoints: glyph(AimOutlined),
  channels: glyph(MobileOutlined),
  thoughts: glyph(CommentOutlined),
  emotions: glyph(SmileOutlined),
  painPoints: glyph(WarningOutlined),
  opportunities: glyph(BulbOutlined),
  frontstage: glyph(ShopOutlined),
  backstage: glyph(ClusterOutlined),
  support: glyph(ToolOutlined),
  metrics: glyph(FundOutlined),
  notes: glyph(FileTextOutlined),
  images: glyph(PictureOutlined),
};

/** Moment glyphs, as MOMENT_VISUALS (renderer/canvas/annotationVisuals.tsx). */
export const MOMENT_GLYPHS: Record<Moment, Glyph> = { truth: ICONS.star, aha: ICONS.thunderbolt, wow: ICONS.fire };

/** A customer expectation's mark per status. */
export const EXPECTATION_GLYPHS: Record<ExpectationStatus, Glyph> = {
  unknown: ICONS.questionCircle,
  met: ICONS.checkCircle,
  partlyMet: ICONS.minusCircle,
  notMet: ICONS.closeCircle,
};

/** One glyph, 1em square in the current text colour; decorative (the element around it carries the name). */
export function StaticIcon({ glyph: { viewBox, paths }, className, style }: { glyph: Glyph; className?: string; style?: CSSProperties }) {
  return (
    <svg className={className ? `jc-icon ${className}` : 'jc-icon'} style={style} viewBox={viewBox} width="1em" height="1em" fill="currentColor" focusable="false" aria-hidden="true">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
