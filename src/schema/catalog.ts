import { z } from 'zod';
import { ColorSchema, IdSchema, NameSchema } from './journey';

/**
 * Project-wide catalogs shared by every map of a project: channels, personas
 * and segments. Loose objects, like the map entities, so newer fields survive.
 */

export const CHANNEL_GROUPS = ['paid', 'owned', 'earned', 'offline'] as const;
export const ChannelGroupSchema = z.enum(CHANNEL_GROUPS);
export const CHANNEL_MODES = ['online', 'offline'] as const;

/**
 * Icons a channel can show (the renderer maps each key to a glyph). Built-in
 * channels use the key of the same name.
 */
export const CHANNEL_ICONS = [
  'direct', 'search', 'wechat', 'weibo', 'douyin', 'xiaohongshu', 'bilibili', 'kuaishou', 'zhihu', 'facebook', 'instagram', 'linkedin', 'x', 'youtube',
  'referral', 'appStore', 'email', 'sms', 'phone', 'website', 'mobileApp', 'miniProgram', 'store', 'dealer', 'event', 'partner', 'ad', 'other',
] as const;
export const ChannelIconSchema = z.enum(CHANNEL_ICONS);

export const ChannelSchema = z.looseObject({
  id: IdSchema,
  /** Set on built-in channels: the UI shows its translated name until the user renames it. */
  builtin: z.string().max(64).optional(),
  name: z.string().trim().max(200),
  icon: ChannelIconSchema,
  color: ColorSchema,
  mode: z.enum(CHANNEL_MODES),
  group: ChannelGroupSchema,
});

export const GENDERS = ['female', 'male', 'diverse', 'unspecified'] as const;
export const AGE_BANDS = ['under18', '18-24', '25-34', '35-44', '45-54', '55-64', '65plus'] as const;

export const PersonaSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  avatarImageId: IdSchema.optional(),
  role: z.string().max(200).optional(),
  gender: z.enum(GENDERS).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  occupation: z.string().max(200).optional(),
  city: z.string().max(200).optional(),
  goals: z.string().max(5000).optional(),
  needs: z.string().max(5000).optional(),
  frustrations: z.string().max(5000).optional(),
  quote: z.string().max(1000).optional(),
});

/** What a segment rule can look at (micro-segmentation fields). */
export const SEGMENT_FIELDS = [
  'tenure', 'siteBehaviour', 'appBehaviour', 'spendAmount', 'spendFrequency', 'productPreference', 'campaignResponse', 'predictedLtv', 'churnRisk',
] as const;
export const SEGMENT_OPERATORS = ['is', 'isNot', 'contains', 'greaterThan', 'lessThan', 'between'] as const;

export const SegmentCriterionSchema = z.object({
  field: z.enum(SEGMENT_FIELDS),
  operator: z.enum(SEGMENT_OPERATORS),
  /** As the user wrote it, e.g. "> 12 months", "high", "1000-5000". */
  value: z.string().max(500),
});

export const SegmentSchema = z.looseObject({
  id: IdSchema,
  name: NameSchema,
  description: z.string().max(5000).optional(),
  /** All criteria must hold (AND). */
  criteria: z.array(SegmentCriterionSchema).max(50),
});

export const ProjectCatalogSchema = z.looseObject({
  /** Ordered as the user arranged them. */
  channels: z.array(ChannelSchema),
  personas: z.array(PersonaSchema),
  segments: z.array(SegmentSchema),
});
