import type { Language } from '../api/contract';
import { emptyMap, type JourneyMap } from '../model/journey';
import type { BuiltinTemplateKey } from '../model/project';
import { b2bLeadTemplate } from './b2bLeadTemplate';
import { carBuyerTemplate } from './carBuyerTemplate';
import { consumerPurchaseTemplate } from './consumerPurchaseTemplate';
import { paidChannelTemplate } from './paidChannelTemplate';
import { serviceBlueprintTemplate } from './serviceBlueprintTemplate';
import { starterMap } from './starterMap';
import { buildFromSpec, type TemplateOptions, type TemplateSpec, type Text } from './templateSpec';

export type { TemplateOptions } from './templateSpec';

const SPECS: Record<Exclude<BuiltinTemplateKey, 'blank' | 'starter'>, TemplateSpec> = {
  paidChannel: paidChannelTemplate,
  consumerPurchase: consumerPurchaseTemplate,
  b2bLead: b2bLeadTemplate,
  serviceBlueprint: serviceBlueprintTemplate,
  carBuyer: carBuyerTemplate,
};

/** A new map from a built-in template, written in `options.language`; cards point at the project's channels. */
export function buildTemplate(key: BuiltinTemplateKey, options: TemplateOptions): JourneyMap {
  if (key === 'blank') return emptyMap(options.id, options.name);
  if (key === 'starter') return starterMap(options.id, options.name, options.language, options.makeId);
  return buildFromSpec(SPECS[key], options);
}

const TITLES: Record<BuiltinTemplateKey, Text> = {
  blank: ['Blank map', '空白地图'],
  starter: ['Starter journey', '入门旅程'],
  paidChannel: ['Paid-channel user journey', '付费渠道用户旅程'],
  consumerPurchase: ['Consumer purchase journey', '消费者购买旅程'],
  b2bLead: ['B2B lead lifecycle', 'B2B 线索生命周期'],
  serviceBlueprint: ['Service blueprint', '服务蓝图'],
  carBuyer: ['Car buyer journey', '购车用户旅程'],
};

const DESCRIPTIONS: Record<BuiltinTemplateKey, Text> = {
  blank: ['No stages or lanes: build your own from scratch.', '没有阶段和泳道，从零开始搭建。'],
  starter: [
    'Six classic stages and typical lanes (actions, touchpoints, emotions, pain points…) ready to fill in.',
    '六个经典阶段和常用泳道（行为、触点、情绪、痛点……），直接填写即可。',
  ],
  paidChannel: [
    'Six core touchpoints of a paid campaign, from off-site channel to product conversion, with metric lanes from impressions to conversion rate.',
    '付费投放的六个核心触点，从站外渠道到产品转化，并配有从曝光量到转化率的指标泳道。',
  ],
  consumerPurchase: [
    'Seven stages from awareness to after-sales, with typical cards and an emotion curve.',
    '从认知到售后的七个阶段，附常见卡片和情绪曲线。',
  ],
  b2bLead: [
    'Attract, engage and close over nine stages from awareness to customer, with loop-backs such as SQL back to MQL.',
    '吸引、互动、成交三个阶段组，覆盖从认知到客户的九个阶段，并包含 SQL 退回 MQL 等回流连线。',
  ],
  serviceBlueprint: [
    'Customer actions, frontstage, backstage and support processes, separated by the lines of interaction and visibility.',
    '客户行为、前台、后台与支持流程，以互动线和可视线分隔。',
  ],
  carBuyer: [
    'From research and VR viewing to delivery and referral, across the brand app, online store and dealer.',
    '从了解车型、VR 看车到交付与推荐，贯穿品牌 App、线上商城和经销商。',
  ],
};

/** The gallery title of a built-in template. */
export function templateTitle(key: BuiltinTemplateKey, language: Language): string {
  return TITLES[key][language === 'zh-CN' ? 1 : 0];
}

/** The one-sentence gallery description of a built-in template. */
export function templateDescription(key: BuiltinTemplateKey, language: Language): string {
  return DESCRIPTIONS[key][language === 'zh-CN' ? 1 : 0];
}
