import type { Language } from '../api/contract';
import type { Id, JourneyMap, LaneType } from '../model/journey';

/**
 * The built-in starting map and the default names the editor gives new stages
 * and lanes. Names are document content (they are saved in the map), so they
 * live here rather than in the UI's i18n resources.
 */

const STARTER_STAGES: Record<Language, readonly string[]> = {
  en: ['Aware', 'Consider', 'Purchase', 'Onboard', 'Use', 'Advocate'],
  'zh-CN': ['认知', '考虑', '购买', '上手', '使用', '推荐'],
};

/** Rows of the starter map, top to bottom: what the customer does and feels, then what the business does. */
const STARTER_LANES: readonly LaneType[] = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'frontstage',
  'backstage',
  'support',
];

const LANE_NAMES: Record<Language, Record<LaneType, string>> = {
  en: {
    actions: 'Customer actions',
    touchpoints: 'Touchpoints',
    channels: 'Channels',
    thoughts: 'Thoughts',
    emotions: 'Emotions',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support processes',
    metrics: 'Metrics',
    notes: 'Notes',
    images: 'Images',
  },
  'zh-CN': {
    actions: '客户行为',
    touchpoints: '触点',
    channels: '渠道',
    thoughts: '想法',
    emotions: '情绪',
    painPoints: '痛点',
    opportunities: '机会点',
    frontstage: '前台',
    backstage: '后台',
    support: '支持流程',
    metrics: '指标',
    notes: '备注',
    images: '图片',
  },
};

/** The name a new lane of this type gets, in the user's language. */
export function defaultLaneName(type: LaneType, language: Language): string {
  return LANE_NAMES[language][type];
}

/** The name a new stage gets when it becomes the `index`-th (0-based) stage: "Stage 3" / "阶段 3". */
export function defaultStageName(index: number, language: Language): string {
  return language === 'zh-CN' ? `阶段 ${index + 1}` : `Stage ${index + 1}`;
}

/** A new map with the six classic journey stages and nine typed lanes, and no cards. */
export function starterMap(id: Id, name: string, language: Language, makeId: () => Id): JourneyMap {
  return {
    id,
    name,
    stages: STARTER_STAGES[language].map((stageName) => ({ id: makeId(), name: stageName })),
    lanes: STARTER_LANES.map((type) => ({ id: makeId(), name: defaultLaneName(type, language), type })),
    cards: {},
    connections: {},
  };
}
