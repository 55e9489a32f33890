import { builtinSegmentOf } from '../metrics/segments';

/**
 * Suggests what a spreadsheet column holds from its header, in Chinese and
 * English, as ad platforms, web analytics and CRMs name them. The wizard
 * proposes these; the user confirms or changes them.
 */

/** Columns that say what a row is about, when, and for whom. */
export const DIMENSION_ROLES = ['channel', 'utmSource', 'utmMedium', 'utmCampaign', 'stage', 'period', 'segment', 'metricName', 'value'] as const;
export type DimensionRole = (typeof DIMENSION_ROLES)[number];

/** Built-in metrics a column can be recognised as. */
export const KNOWN_METRICS = [
  'impressions',
  'clicks',
  'ctr',
  'visits',
  'visitors',
  'newVisitors',
  'bounceRate',
  'dwellTime',
  'pagesPerVisit',
  'activations',
  'signUps',
  'leads',
  'conversions',
  'conversionRate',
  'transactions',
  'payingUsers',
  'revenue',
  'cost',
  'stageVelocity',
] as const;
export type KnownMetric = (typeof KNOWN_METRICS)[number];

/**
 * A metric column may carry a segment its header names ("新访客交易数" is
 * transactions of new visitors): the built-in 'new' / 'returning' or a device.
 */
export type ColumnSuggestion = { kind: 'dimension'; role: DimensionRole } | { kind: 'metric'; metric: KnownMetric; segment?: string };

/**
 * Header words per role, most specific first; matched against the whole
 * normalised header (lower case, no spaces, units in brackets removed).
 */
const RULES: readonly [RegExp, ColumnSuggestion][] = [
  [/^(utm_?source|来源|流量来源|source)$/, { kind: 'dimension', role: 'utmSource' }],
  [/^(utm_?medium|媒介|medium)$/, { kind: 'dimension', role: 'utmMedium' }],
  [/^(utm_?campaign|活动|广告活动|推广计划|计划|campaign)$/, { kind: 'dimension', role: 'utmCampaign' }],
  [/^(渠道|渠道名称|投放渠道|媒体|平台|channel|channelname|platform)$/, { kind: 'dimension', role: 'channel' }],
  [/^(阶段|环节|步骤|漏斗阶段|stage|step|funnelstage)$/, { kind: 'dimension', role: 'stage' }],
  [/^(日期|时间|月份|周|周次|季度|统计日期|date|day|week|month|quarter|period)$/, { kind: 'dimension', role: 'period' }],
  [/^(分群|人群|用户分群|细分|segment|audience|cohort)$/, { kind: 'dimension', role: 'segment' }],
  [/^(指标|指标名称|metric|metricname|kpi)$/, { kind: 'dimension', role: 'metricName' }],
  [/^(数值|值|value|amount)$/, { kind: 'dimension', role: 'value' }],
  [/^(展示量|展现量|曝光量|曝光|展示|impressions|impr\.?|views)$/, { kind: 'metric', metric: 'impressions' }],
  [/^(点击率|ctr|clickthroughrate)$/, { kind: 'metric', metric: 'ctr' }],
  [/^(点击量|点击数|点击|clicks)$/, { kind: 'metric', metric: 'clicks' }],
  // Page views (pv, 浏览量, 浏览次数) are not visits: one visit views several pages (pages per visit = page views / visits),
  // so taking them as visits would inflate every index weighted by visits. No built-in metric holds them: no proposal.
  [/^(访问次数|访问数|访问量|会话数|会话次数|会话|visits|sessions|totalvisits)$/, { kind: 'metric', metric: 'visits' }],
  [/^(访客数|访客|访客量|独立访客|独立访客数|用户数|访问人数|uv|visitors|users|uniquevisitors|totalusers|activeusers)$/, { kind: 'metric', metric: 'visitors' }],
  [/^(跳出率|bouncerate|bounce)$/, { kind: 'metric', metric: 'bounceRate' }],
  [/^(停留时长|平均停留时间|平均停留时长|平均访问时长|访问时长|dwelltime|avgsessionduration|timeonsite|avgtimeonpage)$/, { kind: 'metric', metric: 'dwellTime' }],
  [/^(访问深度|平均访问深度|人均浏览页数|pagespervisit|pages\/session|pagespersession)$/, { kind: 'metric', metric: 'pagesPerVisit' }],
  [/^(激活|激活数|激活量|activation|activations|activatedusers)$/, { kind: 'metric', metric: 'activations' }],
  [/^(注册|注册数|注册量|注册用户|signups?|registrations)$/, { kind: 'metric', metric: 'signUps' }],
  [/^(线索|线索数|留资|leads?)$/, { kind: 'metric', metric: 'leads' }],
  [/^(转化率|conversionrate|cvr)$/, { kind: 'metric', metric: 'conversionRate' }],
  [/^(转化|转化数|转化量|conversions?)$/, { kind: 'metric', metric: 'conversions' }],
  [/^(订单|订单数|订单量|交易|交易数|交易量|交易笔数|成交|成交数|成交量|成交笔数|transactions|orders|purchases)$/, { kind: 'metric', metric: 'transactions' }],
  [/^(付费|付费用户|付费用户数|付费人数|付费客户数|购买人数|成交人数|payingusers|payingcustomers|payers|buyers|purchasers|customers)$/, { kind: 'metric', metric: 'payingUsers' }],
  [/^(金额|销售额|收入|营收|成交金额|交易额|gmv|revenue|sales)$/, { kind: 'metric', metric: 'revenue' }],
  [/^(花费|消耗|成本|费用|cost|spend)$/, { kind: 'metric', metric: 'cost' }],
  [/^(阶段停留天数|停留天数|阶段周期|stagevelocity|daysinstage)$/, { kind: 'metric', metric: 'stageVelocity' }],
];

/** Lower case, full-width folded, dots, spaces and trailing units in brackets ("点击率(%)", "Revenue (¥)") removed. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]\s*$/, '')
    // "Avg. session duration": abbreviation dots say nothing.
    .replace(/\./g, '')
    .replace(/[\s_-]+/g, (match) => (match.includes('_') ? '_' : ''))
    .replace(/_+$/, '')
    .trim();
}

/**
 * Segment words a header can start with besides the built-in new / returning
 * visitors (builtinSegmentOf): devices, each under one label whatever the
 * file's language, so "移动端访客数" and "Mobile visitors" meet; regions, under
 * the name reports use for them ("华东访客数", "APAC orders").
 */
const REGIONS_ZH = ['华东', '华北', '华南', '华中', '西南', '西北', '东北', '港澳台'];
const REGIONS_EN: readonly [string, string][] = [
  ['apac', 'APAC'],
  ['emea', 'EMEA'],
  ['latam', 'LATAM'],
  ['northamerica', 'North America'],
  ['europe', 'Europe'],
];
const SEGMENT_WORDS: readonly [RegExp, string][] = [
  [/^(移动端|手机端|移动|无线端|mobile|mobiledevices?)$/, 'mobile'],
  [/^(pc端|pc|电脑端|桌面端|desktop|computer)$/, 'desktop'],
  ...REGIONS_ZH.map((region): [RegExp, string] => [new RegExp(`^${region}(地区|区域|大区)?$`), region]),
  ...REGIONS_EN.map(([word, label]): [RegExp, string] => [new RegExp(`^${word}$`), label]),
];

const segmentWord = (prefix: string): string | undefined => builtinSegmentOf(prefix) ?? SEGMENT_WORDS.find(([re]) => re.test(prefix))?.[1];

function metricRule(key: string): (ColumnSuggestion & { kind: 'metric' }) | undefined {
  for (const [re, suggestion] of RULES) if (re.test(key)) return suggestion.kind === 'metric' ? suggestion : undefined;
  return undefined;
}

/**
 * A header that is a segment word followed by a metric ("新访客交易数",
 * "Returning visitor orders", "新用户"): the metric under that segment. The
 * shortest segment word that leaves a whole metric wins; a bare "用户" after
 * one counts as "用户数" (新用户 = new users), since alone it names no count.
 */
function segmentedMetric(plain: string): ColumnSuggestion | undefined {
  for (let cut = 1; cut < plain.length; cut++) {
    const segment = segmentWord(plain.slice(0, cut));
    if (segment === undefined) continue;
    const rest = plain.slice(cut);
    const metric = metricRule(rest) ?? (rest === '用户' ? metricRule('用户数') : undefined);
    if (metric) return { kind: 'metric', metric: metric.metric, segment };
  }
  return undefined;
}

/** What the column with this header probably holds, or undefined when nothing fits. */
export function suggestColumn(header: string): ColumnSuggestion | undefined {
  const key = normaliseHeader(header);
  const plain = key.replace(/_/g, '');
  for (const [re, suggestion] of RULES) if (re.test(key) || re.test(plain)) return suggestion;
  return segmentedMetric(plain);
}
