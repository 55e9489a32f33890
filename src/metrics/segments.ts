import type { MetricLanguage } from './definitions';

/**
 * Built-in segments: labels the importer stores for columns such as 新访客数 /
 * 老访客交易数 / "Returning visitor orders", so a file in either language files
 * its values under the same segment. '' is all users. Other segments (device,
 * region, a project's micro-segments) are stored as the file writes them.
 */

/** New (first-visit) visitors. */
export const NEW_VISITOR_SEGMENT = 'new';
/** Returning visitors. */
export const RETURNING_VISITOR_SEGMENT = 'returning';

export const BUILTIN_SEGMENTS = [NEW_VISITOR_SEGMENT, RETURNING_VISITOR_SEGMENT] as const;
export type BuiltinSegment = (typeof BUILTIN_SEGMENTS)[number];

const LABELS: Record<BuiltinSegment, { en: string; zh: string }> = {
  new: { en: 'New visitors', zh: '新访客' },
  returning: { en: 'Returning visitors', zh: '老访客' },
};

/** Segment labels files use for new or returning visitors, as Chinese and English reports write them (normalised: lower case, no spaces). */
const SYNONYMS: readonly [RegExp, BuiltinSegment][] = [
  [/^(new|新|新客|新访客|新用户|首访|首次访问|firsttime|firstvisit|newvisitors?|newusers?|newcustomers?|firsttimevisitors?)$/, NEW_VISITOR_SEGMENT],
  [/^(returning|老|老客|老访客|老用户|回访|回头客|复访|returningvisitors?|returningusers?|returningcustomers?|repeat|repeatvisitors?)$/, RETURNING_VISITOR_SEGMENT],
];

const normalise = (label: string) => label.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');

/** The built-in segment a label means ("新客", "New users" → 'new'), or undefined for any other label. */
export function builtinSegmentOf(label: string): BuiltinSegment | undefined {
  const key = normalise(label);
  for (const [re, segment] of SYNONYMS) if (re.test(key)) return segment;
  return undefined;
}

/** How the UI names a segment: built-in ones in the UI language, '' as all users, others as stored. */
export function segmentLabel(segment: string, language: MetricLanguage): string {
  if (segment === '') return language === 'zh-CN' ? '全部用户' : 'All users';
  const builtin = (BUILTIN_SEGMENTS as readonly string[]).includes(segment) ? (segment as BuiltinSegment) : undefined;
  if (!builtin) return segment;
  return language === 'zh-CN' ? LABELS[builtin].zh : LABELS[builtin].en;
}
