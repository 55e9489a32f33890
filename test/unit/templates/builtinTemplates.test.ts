import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/api/contract';
import type { JourneyMap } from '../../../src/model/journey';
import { BUILTIN_TEMPLATE_KEYS, type BuiltinTemplateKey } from '../../../src/model/project';
import { JourneyMapSchema } from '../../../src/schema/journey';
import { findMapProblem } from '../../../src/schema/projectDocumentIntegrity';
import { BUILTIN_CHANNELS, buildTemplate, builtinCatalog, templateDescription, templateTitle } from '../../../src/templates';

const LANGUAGES: Language[] = ['en', 'zh-CN'];
const CJK = /[\u4e00-\u9fff]/;

/** Builds a template with counter ids; channels resolve to "channel-<key>", and an unknown key fails the test. */
function build(key: BuiltinTemplateKey, language: Language): JourneyMap {
  let next = 0;
  const known = new Set(BUILTIN_CHANNELS.map((channel) => channel.key));
  return buildTemplate(key, {
    id: 'map1',
    name: 'From template',
    language,
    makeId: () => `id${++next}`,
    channelIdFor: (builtinKey) => {
      if (!known.has(builtinKey as never)) throw new Error(`template uses unknown channel "${builtinKey}"`);
      return `channel-${builtinKey}`;
    },
  });
}

/** Everything but the words: the same in every language. */
function structure(map: JourneyMap) {
  return JSON.stringify(map, (key, value: unknown) => (key === 'name' || key === 'title' || key === 'label' || key === 'body' ? '' : value));
}

/** Every text of a map a person reads. */
function texts(map: JourneyMap): string[] {
  return [
    ...map.stages.map((s) => s.name),
    ...map.lanes.map((l) => l.name),
    ...(map.phases ?? []).map((p) => p.name),
    ...Object.values(map.cards).map((c) => c.title),
    ...Object.values(map.connections).flatMap((c) => (c.label ? [c.label] : [])),
    ...Object.values(map.emotions ?? {}).flatMap((p) => (p.label ? [p.label] : [])),
  ];
}

describe.each(BUILTIN_TEMPLATE_KEYS)('built-in template %s', (key) => {
  it.each(LANGUAGES)('builds a valid, consistent map in %s', (language) => {
    const map = build(key, language);
    expect(JourneyMapSchema.parse(map)).toEqual(map);
    expect(findMapProblem(map)).toBeUndefined();
    expect(map.id).toBe('map1');
    for (const card of Object.values(map.cards)) {
      const stageIndex = map.stages.findIndex((s) => s.id === card.stageId);
      expect(stageIndex + (card.span ?? 1), `span of "${card.title}"`).toBeLessThanOrEqual(map.stages.length);
    }
  });

  it('has the same structure in English and Chinese, with every text translated', () => {
    const en = build(key, 'en');
    const zh = build(key, 'zh-CN');
    expect(structure(zh)).toBe(structure(en));
    const untranslated = texts(zh).filter((text) => !CJK.test(text) && !/^(MQL$|SQL$|utm_|Facebook|Instagram|YouTube|CRM$)/.test(text));
    expect(untranslated).toEqual([]);
    expect(texts(en).filter((text) => CJK.test(text))).toEqual([]);
  });

  it.each(LANGUAGES)('names no two stages alike, and no stage like a phase, in %s', (language) => {
    const map = build(key, language);
    const stages = map.stages.map((s) => s.name);
    const phases = new Set((map.phases ?? []).map((p) => p.name));
    expect(stages.filter((name, i) => stages.indexOf(name) !== i || phases.has(name))).toEqual([]);
  });

  it('has a title and description in both languages', () => {
    expect(templateTitle(key, 'en')).not.toBe(templateTitle(key, 'zh-CN'));
    expect(templateDescription(key, 'zh-CN')).toMatch(CJK);
    expect(templateDescription(key, 'en')).not.toMatch(CJK);
  });
});

const stageNames = (key: BuiltinTemplateKey, language: Language = 'en') => build(key, language).stages.map((s) => s.name);

describe('template content as the issue describes it', () => {
  it('blank has nothing; starter is the six-stage starter map', () => {
    expect(build('blank', 'en')).toEqual({ id: 'map1', name: 'From template', stages: [], lanes: [], cards: {}, connections: {} });
    expect(stageNames('starter')).toEqual(['Aware', 'Consider', 'Purchase', 'Onboard', 'Use', 'Advocate']);
  });

  it('paid channel: six touchpoint stages and eight metric lanes; touchpoints name their channel', () => {
    expect(stageNames('paidChannel')).toEqual([
      'Off-site channel', 'Ad creative', 'Tracking URL (UTM)', 'Landing page', 'Supporting content and CTA', 'Product conversion flow',
    ]);
    const map = build('paidChannel', 'zh-CN');
    expect(map.lanes.filter((l) => l.type === 'metrics').map((l) => l.name)).toEqual([
      '曝光量', '点击率（CTR）', '访客数', '跳出率', '停留时长', '访问深度', '激活率', '转化率',
    ]);
    const touchpoints = map.lanes.find((l) => l.type === 'touchpoints');
    const channels = Object.values(map.cards).filter((c) => c.laneId === touchpoints?.id && c.channelId).map((c) => c.channelId);
    expect(channels).toEqual(expect.arrayContaining(['channel-search', 'channel-douyin', 'channel-wechat']));
  });

  it('consumer purchase: seven stages with an as-is and a to-be emotion curve', () => {
    expect(stageNames('consumerPurchase', 'zh-CN')).toEqual(['认知', '到达', '准备', '购买', '体验', '物流', '售后']);
    const points = Object.values(build('consumerPurchase', 'en').emotions ?? {});
    expect(points.filter((p) => p.variant === 'asIs')).toHaveLength(7);
    expect(points.filter((p) => p.variant === 'toBe')).toHaveLength(7);
  });

  it('B2B lead lifecycle: attract / engage / close over ten stages, MQL and SQL apart with the SQL → MQL loop-back', () => {
    const map = build('b2bLead', 'en');
    expect(map.phases?.map((p) => p.name)).toEqual(['Attract', 'Engage', 'Close']);
    expect(stageNames('b2bLead')).toEqual(['Awareness', 'Friend', 'Name', 'Engagement', 'Target account', 'Lead', 'MQL', 'SQL', 'Opportunity', 'Customer']);
    // named as CRMs and transition logs write them, in Chinese too, so a log's MQL and SQL rows match these stages
    expect(stageNames('b2bLead', 'zh-CN')).toEqual(['认知', '关注者', '留资', '深度互动', '目标客户', '线索', 'MQL', 'SQL', '商机', '客户']);
    expect(map.stages.map((s) => map.phases?.findIndex((p) => p.id === s.phaseId))).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    const stageOf = (title: string) => map.stages.find((s) => s.id === Object.values(map.cards).find((c) => c.title === title)?.stageId)?.name;
    expect(stageOf('Marketing qualifies (MQL)')).toBe('MQL');
    expect(stageOf('Sales accepts (SQL)')).toBe('SQL');
    const loop = Object.values(map.connections).find((c) => c.kind === 'loopBack' && map.cards[c.source]?.title === 'Sales accepts (SQL)');
    expect(map.cards[loop?.target ?? '']?.title).toBe('Marketing qualifies (MQL)');
    expect(Object.values(map.connections).filter((c) => c.kind === 'loopBack')).toHaveLength(2);
  });

  it('service blueprint: customer, frontstage, backstage and support lanes joined by supports links', () => {
    const map = build('serviceBlueprint', 'en');
    expect(map.lanes.map((l) => l.type)).toEqual(['touchpoints', 'actions', 'frontstage', 'backstage', 'support']);
    expect(Object.values(map.connections).filter((c) => c.kind === 'supports').length).toBeGreaterThanOrEqual(5);
  });

  it('car buyer: eight stages across app, online store and dealer', () => {
    expect(stageNames('carBuyer')).toEqual([
      'Research', 'VR viewing', 'Test-drive booking', 'Configuration', 'Purchase at the dealer', 'Delivery', 'Ownership', 'Referral',
    ]);
    const channels = new Set(Object.values(build('carBuyer', 'en').cards).map((c) => c.channelId));
    for (const key of ['mobileApp', 'website', 'dealer']) expect(channels).toContain(`channel-${key}`);
  });

  it('resolves channels through the project catalog and leaves out ones it cannot find', () => {
    const catalog = builtinCatalog(((n) => () => `ch${++n}`)(0));
    let next = 0;
    const map = buildTemplate('carBuyer', {
      id: 'm',
      name: 'M',
      language: 'en',
      makeId: () => `id${++next}`,
      channelIdFor: (key) => (key === 'dealer' ? undefined : catalog.channels.find((c) => c.builtin === key)?.id),
    });
    const used = Object.values(map.cards).flatMap((c) => (c.channelId ? [c.channelId] : []));
    expect(used.every((id) => catalog.channels.some((c) => c.id === id && c.builtin !== 'dealer'))).toBe(true);
    expect(used.length).toBeGreaterThan(5);
  });
});
