import type { TemplateSpec } from './templateSpec';

/**
 * B2B lead lifecycle: attract / engage / close over ten stages, from an
 * anonymous visitor to a customer, with loop-backs where leads fall back
 * (a sales-qualified lead returned to marketing, a stalled deal recycled).
 * MQL and SQL are separate stages named as CRMs and transition logs write
 * them, so an imported log matches them and stage velocity measures the
 * SQL → MQL loop. No stage shares its name with a phase (the Engagement
 * stage is 深度互动 in Chinese, not the Engage phase's 互动).
 */
export const b2bLeadTemplate: TemplateSpec = {
  phases: [
    { key: 'attract', name: ['Attract', '吸引'], color: '#4f7cff' },
    { key: 'engage', name: ['Engage', '互动'], color: '#13a8a8' },
    { key: 'close', name: ['Close', '成交'], color: '#52c41a' },
  ],
  stages: [
    { key: 'awareness', name: ['Awareness', '认知'], phase: 'attract' },
    { key: 'friend', name: ['Friend', '关注者'], phase: 'attract' },
    { key: 'name', name: ['Name', '留资'], phase: 'attract' },
    { key: 'engagement', name: ['Engagement', '深度互动'], phase: 'engage' },
    { key: 'targetAccount', name: ['Target account', '目标客户'], phase: 'engage' },
    { key: 'lead', name: ['Lead', '线索'], phase: 'engage' },
    { key: 'mqlStage', name: ['MQL', 'MQL'], phase: 'engage' },
    { key: 'sqlStage', name: ['SQL', 'SQL'], phase: 'close' },
    { key: 'opportunity', name: ['Opportunity', '商机'], phase: 'close' },
    { key: 'customer', name: ['Customer', '客户'], phase: 'close' },
  ],
  lanes: [
    { key: 'actions', type: 'actions', name: ['Buyer actions', '买方行为'] },
    { key: 'touchpoints', type: 'touchpoints' },
    { key: 'pains', type: 'painPoints' },
    { key: 'frontstage', type: 'frontstage', name: ['Marketing and sales', '市场与销售'] },
    { key: 'backstage', type: 'backstage', name: ['Lead operations', '线索运营'] },
  ],
  cards: [
    { key: 'a1', stage: 'awareness', lane: 'actions', title: ['Searches for a solution', '搜索解决方案'] },
    { key: 'a2', stage: 'friend', lane: 'actions', title: ['Follows the company page', '关注企业主页'] },
    { key: 'a3', stage: 'name', lane: 'actions', title: ['Downloads a white paper', '下载白皮书'] },
    { key: 'a4', stage: 'engagement', lane: 'actions', title: ['Joins a webinar', '参加线上研讨会'] },
    { key: 'a5', stage: 'targetAccount', lane: 'actions', title: ['Colleagues visit pricing', '同事查看价格页'] },
    { key: 'a6', stage: 'lead', lane: 'actions', title: ['Requests a demo', '申请产品演示'] },
    { key: 'a7m', stage: 'mqlStage', lane: 'actions', title: ['Reads case studies and pricing', '反复查看客户案例与价格'] },
    { key: 'a7', stage: 'sqlStage', lane: 'actions', title: ['Shares budget and timeline', '说明预算与时间表'] },
    { key: 'a8', stage: 'opportunity', lane: 'actions', title: ['Runs a pilot', '开展试点'] },
    { key: 'a9', stage: 'customer', lane: 'actions', title: ['Signs the contract', '签订合同'] },
    { stage: 'awareness', lane: 'touchpoints', title: ['Search ad', '搜索广告'], channel: 'search' },
    { stage: 'friend', lane: 'touchpoints', title: ['LinkedIn page', '领英主页'], channel: 'linkedin' },
    { stage: 'name', lane: 'touchpoints', title: ['Gated content form', '资料下载表单'], channel: 'website' },
    { stage: 'engagement', lane: 'touchpoints', title: ['Webinar', '线上研讨会'], channel: 'event' },
    { stage: 'engagement', lane: 'touchpoints', title: ['Nurture emails', '培育邮件'], channel: 'email' },
    { stage: 'lead', lane: 'touchpoints', title: ['Demo request form', '演示申请表'], channel: 'website' },
    { stage: 'mqlStage', lane: 'touchpoints', title: ['Case study emails', '客户案例邮件'], channel: 'email' },
    { stage: 'sqlStage', lane: 'touchpoints', title: ['Discovery call', '需求沟通电话'], channel: 'phone' },
    { stage: 'opportunity', lane: 'touchpoints', title: ['Trade show meeting', '展会洽谈'], channel: 'event' },
    { stage: 'targetAccount', lane: 'frontstage', title: ['Account-based ads', '目标客户定向广告'] },
    { key: 'mql', stage: 'mqlStage', lane: 'frontstage', title: ['Marketing qualifies (MQL)', '市场认定（MQL）'] },
    { key: 'sql', stage: 'sqlStage', lane: 'frontstage', title: ['Sales accepts (SQL)', '销售接受（SQL）'] },
    { key: 'proposal', stage: 'opportunity', lane: 'frontstage', title: ['Proposal and negotiation', '方案与谈判'] },
    { stage: 'name', lane: 'backstage', title: ['Contact enters the CRM', '联系人进入 CRM'] },
    { key: 'scoring', stage: 'lead', lane: 'backstage', title: ['Lead scoring', '线索评分'] },
    { stage: 'customer', lane: 'backstage', title: ['Handover to onboarding', '移交客户成功团队'] },
    { stage: 'lead', lane: 'pains', title: ['Slow first response', '首次响应慢'] },
    { stage: 'sqlStage', lane: 'pains', title: ['Asked the same questions twice', '同样的问题被问两遍'] },
  ],
  connections: [
    { from: 'a1', to: 'a2' },
    { from: 'a2', to: 'a3' },
    { from: 'a3', to: 'a4' },
    { from: 'a4', to: 'a5' },
    { from: 'a5', to: 'a6' },
    { from: 'a6', to: 'a7m' },
    { from: 'a7m', to: 'a7' },
    { from: 'a7', to: 'a8' },
    { from: 'a8', to: 'a9' },
    { from: 'scoring', to: 'mql', kind: 'handoff' },
    { from: 'mql', to: 'sql', kind: 'handoff', label: ['Passed to sales', '移交销售'] },
    { from: 'sql', to: 'mql', kind: 'loopBack', label: ['Not ready: back to nurture', '时机未到：退回培育'] },
    { from: 'proposal', to: 'a4', kind: 'loopBack', label: ['Deal stalls: recycled', '商机停滞：重新培育'] },
  ],
};
