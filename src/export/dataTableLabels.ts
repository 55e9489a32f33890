import type { EvidenceLevel, Frequency, PainStatus } from '../model/annotations';
import type { GapColumn } from '../gaps/gapWords';
import type { MetricStatus, MetricTarget } from '../model/metrics';
import type { PainExportColumn } from '../painPoints/exportTable';

/**
 * The words of the data tables main writes (export.table, the command line),
 * in English and Chinese. Main cannot use the renderer's i18n resources, so
 * the few words a table needs live here; they repeat the renderer's
 * (renderer/i18n/locales/{en,zh-CN}/pain.json, metrics.json). The gaps
 * table's words are the gaps' own (src/gaps/gapWords.ts).
 */

export type TableLanguage = 'en' | 'zh-CN';

/** Columns of the metrics table: one row per value shown at the chosen grain. */
export const METRIC_TABLE_COLUMNS = ['targetKind', 'target', 'metric', 'period', 'segment', 'value', 'unit', 'targetValue', 'status', 'sourceFile', 'sheet', 'rows'] as const;
export type MetricTableColumn = (typeof METRIC_TABLE_COLUMNS)[number];

/** Columns of the gaps table: the open gaps, most severe first. */
export const GAP_TABLE_COLUMNS = ['severity', 'rule', 'stage', 'explanation', 'cards'] as const satisfies readonly GapColumn[];
export type GapTableColumn = (typeof GAP_TABLE_COLUMNS)[number];

export interface DataTableWords {
  sheet: { painPoints: string; metrics: string };
  pain: Record<PainExportColumn, string>;
  frequency: Record<Frequency, string>;
  painStatus: Record<PainStatus, string>;
  evidence: Record<EvidenceLevel, string>;
  metric: Record<MetricTableColumn, string>;
  targetKind: Record<MetricTarget['kind'], string>;
  metricStatus: Record<MetricStatus, string>;
  allUsers: string;
  noPeriod: string;
}

const EN: DataTableWords = {
  sheet: { painPoints: 'Pain points', metrics: 'Metrics' },
  pain: {
    title: 'Title',
    map: 'Map',
    stages: 'Stage(s)',
    severity: 'Severity',
    frequency: 'Frequency',
    reach: 'Reach %',
    effort: 'Effort',
    priority: 'Priority',
    status: 'Status',
    owner: 'Owner',
    evidence: 'Evidence',
    personas: 'Personas',
    segments: 'Segments',
    tags: 'Tags',
    opportunities: 'Opportunities',
    updated: 'Updated',
    description: 'Description',
    about: 'About',
    impact: 'Business impact',
    impactMetric: 'Linked metric',
    evidenceSource: 'Evidence source',
    created: 'Created',
  },
  frequency: { rare: 'Rare', sometimes: 'Sometimes', often: 'Often', always: 'Always' },
  painStatus: { open: 'Open', inProgress: 'In progress', solved: 'Solved', wontFix: "Won't fix" },
  evidence: { observed: 'Observed', assumed: 'Assumed', proposed: 'Proposed' },
  metric: {
    targetKind: 'Applies to',
    target: 'Name',
    metric: 'Metric',
    period: 'Period',
    segment: 'Segment',
    value: 'Value',
    unit: 'Unit',
    targetValue: 'Target',
    status: 'Status',
    sourceFile: 'Source file',
    sheet: 'Sheet',
    rows: 'Rows',
  },
  targetKind: { map: 'Map', stage: 'Stage', card: 'Card', channel: 'Channel', utm: 'UTM' },
  metricStatus: { green: 'On target', amber: 'Watch', red: 'Off target', none: 'No target' },
  allUsers: 'All users',
  noPeriod: 'No period',
};

const ZH: DataTableWords = {
  sheet: { painPoints: '痛点', metrics: '指标' },
  pain: {
    title: '标题',
    map: '旅程图',
    stages: '阶段',
    severity: '严重程度',
    frequency: '频率',
    reach: '影响范围 %',
    effort: '工作量',
    priority: '优先级',
    status: '状态',
    owner: '负责人',
    evidence: '证据',
    personas: '用户画像',
    segments: '细分人群',
    tags: '标签',
    opportunities: '机会点',
    updated: '更新时间',
    description: '描述',
    about: '相关卡片',
    impact: '业务影响',
    impactMetric: '关联指标',
    evidenceSource: '证据来源',
    created: '创建时间',
  },
  frequency: { rare: '很少', sometimes: '有时', often: '经常', always: '总是' },
  painStatus: { open: '待处理', inProgress: '处理中', solved: '已解决', wontFix: '不予处理' },
  evidence: { observed: '已观察到', assumed: '推测', proposed: '假设待验证' },
  metric: {
    targetKind: '对象类型',
    target: '名称',
    metric: '指标',
    period: '周期',
    segment: '分群',
    value: '数值',
    unit: '单位',
    targetValue: '目标',
    status: '状态',
    sourceFile: '来源文件',
    sheet: '工作表',
    rows: '行',
  },
  targetKind: { map: '整张地图', stage: '阶段', card: '卡片', channel: '渠道', utm: 'UTM' },
  metricStatus: { green: '达标', amber: '需关注', red: '未达标', none: '无目标' },
  allUsers: '全部用户',
  noPeriod: '无周期',
};

/** The table words of a language. */
export const dataTableWords = (language: TableLanguage): DataTableWords => (language === 'zh-CN' ? ZH : EN);
